import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import { otherLanguage } from "../../domain/representatives";
import { toFieldErrorKeys } from "../../validation/field-errors";
import { ExchangeResponseInputSchema } from "../../validation/representatives";
import { InvalidInputError, NotFoundError } from "../errors";
import { bumpGuideVersion } from "../guides/guide-counters";
import { consumeRateLimit } from "../rate-limit";
import { logRepresentativeAction, requireExchange } from "./representative-steps";
import { requireRepresentative } from "./require-representative";
import { screenRepresentativeTexts } from "./screen-representative-text";

/**
 * An approved representative posts the exchange's official response on its guide, or edits one
 * of the exchange's responses (responseId). Screened like a report; the guide shows it dated, with
 * the responder's role and its last edit. It is never a report, so no statistic reads it; the
 * guide's version moves so cached pages show it at once. Logged with the text before and after.
 * Counted against "representative.write" in the same transaction.
 */
export async function saveExchangeResponse({ actor, slug, input }: { actor: Actor | null; slug: string; input: unknown }): Promise<{ responseId: string; created: boolean }> {
  const exchange = await requireExchange(slug);
  const representative = await requireRepresentative({ actor, exchange, action: "exchangeResponse.save" });
  const parsed = ExchangeResponseInputSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(toFieldErrorKeys(parsed.error.issues));
  const { responseId, textLanguage } = parsed.data;
  const translationLanguage = parsed.data.textTranslation ? otherLanguage(textLanguage) : null;
  const screened = screenRepresentativeTexts(exchange.officialDomains, [
    { field: "text", text: parsed.data.text, language: textLanguage },
    { field: "textTranslation", text: parsed.data.textTranslation, language: translationLanguage ?? textLanguage },
  ]);
  const data = { text: screened.text ?? "", textLanguage, translationLanguage, textTranslation: screened.textTranslation, representativeId: representative.id };

  return db().$transaction(async (tx) => {
    await consumeRateLimit({ actor: representative.actor, action: "representative.write" }, tx);
    const before = responseId ? await tx.exchangeResponse.findFirst({ where: { id: responseId, exchangeId: exchange.id }, select: { id: true, text: true, textTranslation: true } }) : null;
    if (responseId && !before) throw new NotFoundError(`exchange response ${responseId}`);
    const saved = before
      ? await tx.exchangeResponse.update({ where: { id: before.id }, data, select: { id: true } })
      : await tx.exchangeResponse.create({ data: { ...data, exchangeId: exchange.id }, select: { id: true } });
    await logRepresentativeAction(tx, {
      actorId: representative.userId,
      kind: before ? "RESPONSE_EDITED" : "RESPONSE_POSTED",
      exchangeId: exchange.id,
      representativeId: representative.id,
      subjectId: saved.id,
      details: { before: before ? { text: before.text, textTranslation: before.textTranslation } : null, after: { text: data.text, textTranslation: data.textTranslation } },
    });
    await bumpGuideVersion(tx, exchange.id);
    return { responseId: saved.id, created: !before };
  });
}
