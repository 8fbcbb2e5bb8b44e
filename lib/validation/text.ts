import { z } from "zod";

// Checks every text field and id shares. PostgreSQL refuses a NUL byte in text outright (the
// write would fail with a server error), and other control characters are never typed by a
// person: they come from pasted binary or a forged request. Line breaks and tabs are text.

// C0 and C1 controls except tab, line feed and carriage return; lone surrogates cannot be
// stored as UTF-8 either, so they count as control characters here.
// Without the u flag, so that a lone surrogate is seen as the code unit it is.
const CONTROL_IN_MULTILINE_PATTERN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK_OR_TAB_PATTERN = /[\t\n\r]/;

/** True when the text holds a character no person types: NUL and other controls, or a lone surrogate. */
export function hasControlCharacters(value: string, { multiline = true }: { multiline?: boolean } = {}): boolean {
  return CONTROL_IN_MULTILINE_PATTERN.test(value) || (!multiline && LINE_BREAK_OR_TAB_PATTERN.test(value));
}

/**
 * A record's id as this app makes them: cuids, and the seed's readable ids ("seed-report-kraken").
 * Anything else cannot name a record, so it is "not found" before any query runs.
 */
export const RecordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export function isRecordId(value: unknown): value is string {
  return RecordIdSchema.safeParse(value).success;
}

/** An exchange's slug as the catalogue writes them; anything else names no exchange. */
export function isExchangeSlug(value: unknown): value is string {
  return typeof value === "string" && /^[a-z0-9][a-z0-9-]{0,63}$/.test(value);
}
