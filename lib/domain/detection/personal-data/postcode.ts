// Postcodes: Japanese 〒 codes, and bare ones or US ZIP+4 codes when the words around say so.

import type { TextSpan } from "../text/offset-text";
import { textBefore } from "./context";
import { PREFECTURE } from "./postal-address";

const MARKED_JAPANESE_POSTCODE = /〒[ ]{0,2}\d{3}-?\d{4}(?!\d)/g;
const JAPANESE_POSTCODE = /(?<![\d-])\d{3}-\d{4}(?![\d-])/g;
const JAPANESE_POSTCODE_CONTEXT_BEFORE = /(?:郵便番号|〒|住所|postal|post[ ]?code|zip|address)/i;
const PREFECTURE_AFTER = new RegExp(String.raw`^[ ]{0,2}${PREFECTURE}`);
const US_ZIP_PLUS_FOUR = /(?<![\d-])\d{5}-\d{4}(?![\d-])/g;
const US_ZIP_CONTEXT_BEFORE = /(?:zip|postal|post[ ]?code)/i;
const US_STATE_BEFORE = /\b[A-Z]{2}[ ]{1,2}$/;
const POSTCODE_CONTEXT_WINDOW = 16;

export function findPostcodes(masked: string): TextSpan[] {
  const found: TextSpan[] = [];
  for (const match of masked.matchAll(MARKED_JAPANESE_POSTCODE)) found.push({ start: match.index, end: match.index + match[0].length });
  for (const match of masked.matchAll(JAPANESE_POSTCODE)) {
    const end = match.index + match[0].length;
    const before = textBefore(masked, match.index, POSTCODE_CONTEXT_WINDOW);
    if (JAPANESE_POSTCODE_CONTEXT_BEFORE.test(before) || PREFECTURE_AFTER.test(masked.slice(end, end + 8))) {
      found.push({ start: match.index, end });
    }
  }
  for (const match of masked.matchAll(US_ZIP_PLUS_FOUR)) {
    const before = textBefore(masked, match.index, POSTCODE_CONTEXT_WINDOW);
    if (US_ZIP_CONTEXT_BEFORE.test(before) || US_STATE_BEFORE.test(before)) {
      found.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}
