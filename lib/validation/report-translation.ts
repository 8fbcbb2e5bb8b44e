import { asArray, asRecord } from "./loose-input";
import { OptionalLanguageSchema, OptionalText } from "./report-fields";
import { errorKey, LIMITS } from "./report-vocabulary";
import type { ConsistencyIssue } from "./report-consistency";

// --- The author's own translation ---

/**
 * The author may add their own translation of the free text into one other language: each
 * *Translation field (and noteTranslation of events and required items) is the text of the field
 * it names, in translationLanguage. All optional; lib/data stores no translation language when no
 * text was translated.
 */
export const TranslationFields = {
  translationLanguage: OptionalLanguageSchema,
  lockoutDetailTranslation: OptionalText(LIMITS.lockoutDetail),
  verificationLevelTranslation: OptionalText(LIMITS.verificationLevel),
  contactPathTranslation: OptionalText(LIMITS.contactPath),
  summaryTranslation: OptionalText(LIMITS.summary),
  tipsTranslation: OptionalText(LIMITS.tips),
};

export const TRANSLATED_TEXT_FIELDS = ["lockoutDetailTranslation", "verificationLevelTranslation", "contactPathTranslation", "summaryTranslation", "tipsTranslation"] as const;

/** True when any text of the report has a translation. */
export function hasTranslatedText(report: {
  [field in (typeof TRANSLATED_TEXT_FIELDS)[number]]?: unknown;
} & { events?: unknown; requiredItems?: unknown }): boolean {
  const given = (value: unknown) => typeof value === "string" && value.trim() !== "";
  return (
    TRANSLATED_TEXT_FIELDS.some((field) => given(report[field])) ||
    [...asArray(report.events), ...asArray(report.requiredItems)].some((row) => given(asRecord(row).noteTranslation))
  );
}

/** A translation needs its language, and that language differs from the original's. */
export function findTranslationIssues(report: { textLanguage?: unknown; translationLanguage?: unknown } & Parameters<typeof hasTranslatedText>[0]): ConsistencyIssue[] {
  const language = typeof report.translationLanguage === "string" && report.translationLanguage !== "" ? report.translationLanguage : undefined;
  if (language !== undefined && language === report.textLanguage) return [{ path: ["translationLanguage"], message: errorKey.translationSameLanguage }];
  if (language === undefined && hasTranslatedText(report)) return [{ path: ["translationLanguage"], message: errorKey.translationLanguageRequired }];
  return [];
}
