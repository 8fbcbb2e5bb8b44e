import "server-only";
import { createScreen } from "../reports/screen-text";
import { representativeErrorKey } from "../../validation/representatives";
import { InvalidInputError } from "../errors";

/**
 * A representative's texts through the reports' screen: personal data is replaced by
 * placeholders, and a scam contact (or a link off the exchange's official domains) is refused
 * outright rather than held, since what a representative posts is published at once.
 */
export function screenRepresentativeTexts<Field extends string>(
  officialDomains: readonly string[],
  texts: { field: Field; text: string | null; language: string }[],
): Record<Field, string | null> {
  const screened = {} as Record<Field, string | null>;
  const errors: Record<string, { key: string }> = {};
  for (const { field, text, language } of texts) {
    const screen = createScreen(officialDomains, language);
    screened[field] = text === null ? null : screen.screen(text);
    if (screen.reasons.size > 0) errors[field] = { key: representativeErrorKey.contact };
  }
  if (Object.keys(errors).length > 0) throw new InvalidInputError(errors);
  return screened;
}
