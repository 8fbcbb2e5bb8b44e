// ID numbers: Japanese passports, 12-digit My Number and licence numbers, payment cards that pass
// the Luhn check, and any number after an ID label (会員番号, account number, …).

import type { TextSpan } from "../text/offset-text";
import { isTicketNumber } from "./context";

const CURRENCY_AFTER = /^[ ]?(?:円|yen|JPY|USD|BTC|ETH|ドル)/;

// Japanese passports: two letters and seven digits (MOFA). Case matters: "ab1234567" is a word.
const PASSPORT = /(?<![A-Za-z0-9])[A-Z]{2}\d{7}(?![A-Za-z0-9])/g;
// My Number (個人番号) and driving licence numbers are both 12 digits, often written 4-4-4.
const TWELVE_DIGITS = /(?<![\d.,])(?<!\d[ -])\d{4}[ -]?\d{4}[ -]?\d{4}(?!\d|[ -]\d|[.,]\d)/g;
const PAYMENT_CARD = /(?<![\d.,])(?<!\d[ -])\d{4}(?:[ -]?\d{4}){3}(?:\d{3})?(?!\d|[ -]\d)/g;
const ID_LABEL = String.raw`(?:\b(?:user[ ]?id|uid|customer[ ]?(?:id|number|no\.?)|account[ ]?(?:id|number|no\.?|#)|member(?:ship)?[ ]?(?:id|number|no\.?)|id[ ]?(?:number|no\.?)|passport(?:[ ]?(?:number|no\.?))?|(?:driver'?s[ ]?)?licen[cs]e[ ]?(?:number|no\.?)|national[ ]?id(?:[ ]?number)?|ssn|social[ ]security[ ]?(?:number|no\.?)|tax[ ]?id|id)\b|ユーザーID|会員ID|会員番号|顧客ID|顧客番号|口座番号|アカウントID|アカウント番号|マイナンバー|個人番号|免許証番号|運転免許証?の?番号|旅券番号|パスポート番号|パスポート|身分証(?:明書)?の?番号|保険証番号|基礎年金番号|住民票コード)`;
const LABELLED_ID = new RegExp(
  String.raw`${ID_LABEL}[ ]{0,3}(?:[:=#]|is|was|は)?[ ]{0,3}((?:[A-Z]{1,3}[ -]?)?\d(?:[ -]?\d){5,19})(?!\d)`,
  "gid",
);

// ISO/IEC 7812 check digit.
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let value = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return sum % 10 === 0;
}

export function findIdNumbers(masked: string): TextSpan[] {
  const found: TextSpan[] = [];
  const keep = (start: number, end: number) => {
    if (!isTicketNumber(masked, start) && !CURRENCY_AFTER.test(masked.slice(end, end + 5))) found.push({ start, end });
  };
  for (const match of masked.matchAll(PASSPORT)) keep(match.index, match.index + match[0].length);
  for (const match of masked.matchAll(TWELVE_DIGITS)) keep(match.index, match.index + match[0].length);
  for (const match of masked.matchAll(PAYMENT_CARD)) {
    if (passesLuhn(match[0].replace(/\D/g, ""))) keep(match.index, match.index + match[0].length);
  }
  for (const match of masked.matchAll(LABELLED_ID)) {
    const number = match.indices?.[1];
    if (number !== undefined && !isTicketNumber(masked, match.index)) found.push({ start: number[0], end: number[1] });
  }
  return found;
}
