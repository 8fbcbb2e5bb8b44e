import { orderHoldReasons } from "../../domain/detection/hold";
import type { Prisma } from "../../generated/prisma/client";
import type { FieldError } from "../../validation/field-errors";
import type { ReportInput } from "../../validation/report";
import type { RequiredItemInput } from "../../validation/report-fields";
import { hasTranslatedText } from "../../validation/report-translation";
import { errorKey, type BackupCodesAnswer } from "../../validation/report-vocabulary";
import { toEventRows } from "./event-rows";
import { ReportInputError } from "./report-input-error";
import { createScreen, type Screens } from "./screen-text";

// A parsed report turned into the rows a create or a full edit writes: the exchange and items
// resolved against the database, every free text screened (screen-text.ts).

type Tx = Prisma.TransactionClient;

type ItemRow = { itemId: string; code: string; note: string | null; noteTranslation: string | null };

async function resolveItems(tx: Tx, items: readonly RequiredItemInput[], { screen, screenTranslation }: Screens): Promise<ItemRow[]> {
  if (items.length === 0) return [];
  const known = await tx.requiredItem.findMany({ where: { code: { in: items.map((item) => item.code) } }, select: { id: true, code: true } });
  const idByCode = new Map(known.map((item) => [item.code, item.id]));
  const errors: Record<string, FieldError> = {};
  const rows = items.flatMap((item, index) => {
    const itemId = idByCode.get(item.code);
    if (itemId === undefined) {
      errors[`requiredItems.${index}.code`] = { key: errorKey.invalidItem };
      return [];
    }
    return [{ itemId, code: item.code, note: screen(item.note), noteTranslation: screenTranslation(item.noteTranslation) }];
  });
  if (Object.keys(errors).length > 0) throw new ReportInputError(errors);
  return rows;
}

async function findExchangeForReport(tx: Tx, slug: string) {
  const exchange = await tx.exchange.findUnique({ where: { slug }, select: { id: true, slug: true, officialDomains: true } });
  if (!exchange) throw new ReportInputError({ exchangeSlug: { key: errorKey.invalidExchange } });
  return exchange;
}

function backupCodesValue(answer: BackupCodesAnswer): boolean | null {
  return answer === "unknown" ? null : answer === "yes";
}

/** A report ready to write: its exchange, its own columns (every free text screened), its rows and why it is held. */
export type PreparedReport = Awaited<ReturnType<typeof prepareReport>>;

export async function prepareReport(tx: Tx, input: ReportInput) {
  const exchange = await findExchangeForReport(tx, input.exchangeSlug);
  // A language with nothing translated is no translation.
  const translationLanguage = hasTranslatedText(input) ? (input.translationLanguage ?? null) : null;
  const { screen, screenTranslation, screens, reasons } = createScreen(exchange.officialDomains, input.textLanguage, translationLanguage);
  const scalars = {
    incidentMonth: new Date(`${input.incidentMonth}-01T00:00:00.000Z`),
    lockoutCause: input.lockoutCause,
    lockoutDetail: screen(input.lockoutDetail),
    hadBackupCodes: backupCodesValue(input.hadBackupCodes),
    verificationLevel: screen(input.verificationLevel),
    contactChannel: input.contactChannel,
    contactPath: screen(input.contactPath) ?? "",
    inquiryLanguage: input.inquiryLanguage,
    replyLanguages: input.replyLanguages,
    textLanguage: input.textLanguage,
    outcome: input.outcome,
    summary: screen(input.summary),
    tips: screen(input.tips),
    translationLanguage,
    lockoutDetailTranslation: screenTranslation(input.lockoutDetailTranslation),
    verificationLevelTranslation: screenTranslation(input.verificationLevelTranslation),
    contactPathTranslation: screenTranslation(input.contactPathTranslation),
    summaryTranslation: screenTranslation(input.summaryTranslation),
    tipsTranslation: screenTranslation(input.tipsTranslation),
  };
  const events = toEventRows(input.events, screens);
  const items = await resolveItems(tx, input.requiredItems, screens);
  return { exchange, scalars, events, items, reasons: orderHoldReasons(reasons) };
}

/** The rows of a report's required items, as a nested create writes them. */
export function requiredItemRows(items: readonly ItemRow[]): { itemId: string; note: string | null; noteTranslation: string | null }[] {
  return items.map(({ itemId, note, noteTranslation }) => ({ itemId, note, noteTranslation }));
}
