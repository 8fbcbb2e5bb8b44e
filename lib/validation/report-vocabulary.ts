// The report form's fixed vocabulary and limits, shared by its schema, the form and lib/data.
// Messages are catalogue keys ("reportForm.errors.*"), translated where they are shown, so a field
// error reads in the user's language wherever the check ran. Keep the enums in step with
// prisma/schema.prisma.

export const LOCKOUT_CAUSES = ["DEVICE_RESET", "LOST_OR_BROKEN_PHONE", "APP_DELETED", "SIM_CHANGE", "OTHER"] as const;
export const BACKUP_CODE_ANSWERS = ["yes", "no", "unknown"] as const;
/** The languages the form offers; the schema accepts any primary language subtag. */
export const COMMON_LANGUAGES = ["ja", "en", "zh", "ko", "es", "fr", "de", "pt", "it", "ru", "vi", "th", "id", "tr", "ar", "hi"] as const;
export const OTHER_ITEM_CODE = "OTHER";

export type LockoutCause = (typeof LOCKOUT_CAUSES)[number];
export type BackupCodesAnswer = (typeof BACKUP_CODE_ANSWERS)[number];

export const LIMITS = {
  contactPath: 1000,
  lockoutDetail: 2000,
  verificationLevel: 100,
  summary: 4000,
  tips: 4000,
  eventNote: 1000,
  itemNote: 500,
  events: 40,
  requiredItems: 40,
  replyLanguages: 10,
} as const;

export const errorKey = {
  required: "reportForm.errors.required",
  tooLong: "reportForm.errors.tooLong",
  invalidCharacters: "reportForm.errors.invalidCharacters",
  invalidChoice: "reportForm.errors.invalidChoice",
  invalidExchange: "reportForm.errors.invalidExchange",
  invalidMonth: "reportForm.errors.invalidMonth",
  futureMonth: "reportForm.errors.futureMonth",
  invalidDay: "reportForm.errors.invalidDay",
  futureDay: "reportForm.errors.futureDay",
  invalidTime: "reportForm.errors.invalidTime",
  invalidLanguage: "reportForm.errors.invalidLanguage",
  duplicateLanguage: "reportForm.errors.duplicateLanguage",
  tooManyLanguages: "reportForm.errors.tooManyLanguages",
  noEvents: "reportForm.errors.noEvents",
  tooManyEvents: "reportForm.errors.tooManyEvents",
  needsContact: "reportForm.errors.needsContact",
  eventBeforeIncident: "reportForm.errors.eventBeforeIncident",
  eventBeforeContact: "reportForm.errors.eventBeforeContact",
  eventBeforeContactTime: "reportForm.errors.eventBeforeContactTime",
  resolvedNeedsEvent: "reportForm.errors.resolvedNeedsEvent",
  rejectedNeedsEvent: "reportForm.errors.rejectedNeedsEvent",
  waitingHasEnding: "reportForm.errors.waitingHasEnding",
  gaveUpResolved: "reportForm.errors.gaveUpResolved",
  replyLanguagesRequired: "reportForm.errors.replyLanguagesRequired",
  invalidItem: "reportForm.errors.invalidItem",
  duplicateItem: "reportForm.errors.duplicateItem",
  tooManyItems: "reportForm.errors.tooManyItems",
  otherItemNeedsNote: "reportForm.errors.otherItemNeedsNote",
  invalidKey: "reportForm.errors.invalidKey",
  nothingToAdd: "reportForm.errors.nothingToAdd",
  translationSameLanguage: "reportForm.errors.translationSameLanguage",
  translationLanguageRequired: "reportForm.errors.translationLanguageRequired",
} as const;
