// Finds personal data in the free text of a report (contact path, tips, notes) before it is
// published, so the author can be warned and the text redacted. Detection runs on the canonical
// form from ./normalize; every match is reported in offsets of the text the author wrote.

import { isCommonTopLevelDomain, prepareForDetection, toLatinSkeleton, toOriginalSpan, type TextSpan } from "./normalize";

export type PersonalDataKind =
  | "email"
  | "phone"
  | "postcode"
  | "postal-address"
  | "id-number"
  | "crypto-address"
  | "transaction-hash"
  | "exact-balance";

export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = [
  "email",
  "phone",
  "postcode",
  "postal-address",
  "id-number",
  "crypto-address",
  "transaction-hash",
  "exact-balance",
];

export type PersonalDataMatch = {
  kind: PersonalDataKind;
  /** Offset in the original text, UTF-16 units. */
  start: number;
  end: number;
  /** The original text of the match. */
  text: string;
};

export type RedactionLabels = Readonly<Record<PersonalDataKind, string>>;

/** English fallback; the UI passes labels from its message catalogue. */
export const DEFAULT_REDACTION_LABELS: RedactionLabels = {
  email: "[email removed]",
  phone: "[phone number removed]",
  postcode: "[postcode removed]",
  "postal-address": "[address removed]",
  "id-number": "[ID number removed]",
  "crypto-address": "[crypto address removed]",
  "transaction-hash": "[transaction hash removed]",
  "exact-balance": "[exact amount removed]",
};

export type KindSpan<K extends string> = TextSpan & { kind: K };

// Letters of domain labels: Latin plus the Cyrillic and Greek letters used in homoglyph domains.
// CJK is left out so a domain stops where Japanese prose resumes ("kraken.comから").
const DOMAIN_LETTER = String.raw`\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}0-9`;
const URL_PATH_CHAR = String.raw`A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%`;
const HOST = String.raw`[${DOMAIN_LETTER}\-]{1,63}(?:\.[${DOMAIN_LETTER}\-]{1,63}){1,10}`;
const URL_WITH_SCHEME = new RegExp(
  String.raw`\b(?:https?|ftp):\/\/(?:[^\s\/@]{1,64}@)?(${HOST})(?::\d{1,5})?(?:[\/?#][${URL_PATH_CHAR}]{0,2048})?`,
  "giu",
);
const BARE_DOMAIN = new RegExp(
  String.raw`(?<![${DOMAIN_LETTER}\-.@\/])((?:[${DOMAIN_LETTER}](?:[${DOMAIN_LETTER}\-]{0,62})\.){1,10}([${DOMAIN_LETTER}\-]{2,24}))(?![${DOMAIN_LETTER}\-])(?:[\/?#][${URL_PATH_CHAR}]{0,2048})?`,
  "gu",
);
export type WebAddress = TextSpan & { host: string };

const TRAILING_PUNCTUATION = new Set([".", ",", ";", ":", "!", "?", "'", '"', "]"]);

// Trailing punctuation belongs to the sentence ("see kraken.com."), and so does a closing
// parenthesis unless the path opened one ("(see https://...)"). A loop rather than a regex
// anchored at the end, which would retry from every position of a long run of dots.
function trimUrlEnd(matchText: string): string {
  const pathOpensParenthesis = matchText.includes("(");
  let end = matchText.length;
  while (end > 0) {
    const last = matchText[end - 1] ?? "";
    if (!TRAILING_PUNCTUATION.has(last) && !(last === ")" && !pathOpensParenthesis)) break;
    end -= 1;
  }
  return matchText.slice(0, end);
}

// Short English words that are also ccTLDs: "waited.It took ages" is a missing space after a
// full stop, not a link to waited.it.
const CAPITALIZED_WORD_AFTER_FULL_STOP = /^[A-Z][a-z]+$/;

/**
 * The host of a bare domain match, cut after its last label that is a known TLD
 * ("kraken-support.com.Then" reads as kraken-support.com), or undefined if there is none.
 */
function readBareHost(candidate: string): string | undefined {
  const labels = candidate.split(".");
  for (let last = labels.length - 1; last >= 1; last -= 1) {
    const label = labels[last] ?? "";
    if (!isCommonTopLevelDomain(toLatinSkeleton(label))) continue;
    const previous = labels[last - 1] ?? "";
    if (CAPITALIZED_WORD_AFTER_FULL_STOP.test(label) && /^[a-z]+$/.test(previous)) return undefined;
    return labels.slice(0, last + 1).join(".");
  }
  return undefined;
}

/** Links with a scheme, and bare domains ending in a common TLD, in prepared text (see prepareForDetection). */
export function findWebAddresses(scan: string): WebAddress[] {
  const found: WebAddress[] = [];
  for (const match of scan.matchAll(URL_WITH_SCHEME)) {
    const text = trimUrlEnd(match[0]);
    found.push({ start: match.index, end: match.index + text.length, host: (match[1] ?? "").toLowerCase() });
  }
  for (const match of scan.matchAll(BARE_DOMAIN)) {
    // A domain in the query of another link (?q=evil.example) is kept: an official site's
    // redirect can lead anywhere.
    const start = match.index;
    const host = readBareHost(match[1] ?? "");
    if (host === undefined) continue;
    const text = host === match[1] ? trimUrlEnd(match[0]) : host;
    found.push({ start, end: start + text.length, host: host.toLowerCase() });
  }
  return found.sort((a, b) => a.start - b.start);
}

function normalizeDomain(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, "")
    .replace(/[/?#].*$/, "")
    .replace(/^\*?\./, "")
    .replace(/\.$/, "");
}

/**
 * True when `host` is one of `officialDomains` or a subdomain of one. Official domains are plain
 * ASCII, so a host with any other letter (krаken.com with a Cyrillic а) is a homoglyph and never
 * official, whatever it looks like.
 */
export function isOfficialHost(host: string, officialDomains: readonly string[]): boolean {
  const normalizedHost = host.toLowerCase().replace(/\.$/, "");
  if (!/^[a-z0-9.-]+$/.test(normalizedHost)) return false;
  return officialDomains.some((domain) => {
    const official = normalizeDomain(domain);
    return official !== "" && (normalizedHost === official || normalizedHost.endsWith(`.${official}`));
  });
}

const EMAIL = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@((?:[${DOMAIN_LETTER}](?:[${DOMAIN_LETTER}\-]{0,62})\.){1,8}[${DOMAIN_LETTER}]{2,24})(?![${DOMAIN_LETTER}\-])`,
  "gu",
);

export type EmailAddress = TextSpan & { domain: string };

/** E-mail addresses in prepared text (see prepareForDetection), with their lower-cased domain. */
export function findEmailAddresses(scan: string): EmailAddress[] {
  return [...scan.matchAll(EMAIL)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    domain: (match[1] ?? "").toLowerCase(),
  }));
}

// Dates are the main source of digit runs that look like phone or ID numbers; their digits are
// masked (same length, so offsets hold) before any number pattern runs.
const DATE_PATTERNS: readonly RegExp[] = [
  /(?<![\d.])(?:19|20)\d{2}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?!\d)/g,
  /(?<![\d.])(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|[12]\d|3[01])\1(?:19|20)\d{2}(?!\d)/g,
];

function maskDates(scan: string): string {
  let masked = scan;
  for (const pattern of DATE_PATTERNS) masked = masked.replace(pattern, (date) => date.replace(/\d/g, "x"));
  return masked;
}

const TICKET_CONTEXT =
  /(?:ticket|case|request|inquiry|enquiry|reference|\bref\.?|order|article|transaction|問い合わせ|受付|チケット|注文|取引|ケース|リクエスト|管理|整理|記事|[#＃])[ ]*(?:id|number|no\.?|番号|#)?[ ]*[:=#]?[ ]*(?:[A-Z]{1,4}-?)?$/i;
const CONTEXT_WINDOW = 28;

function textBefore(scan: string, index: number, length = CONTEXT_WINDOW): string {
  return scan.slice(Math.max(0, index - length), index);
}

const isTicketNumber = (scan: string, start: number): boolean => TICKET_CONTEXT.test(textBefore(scan, start));

const PHONE_CANDIDATE = /(?<![A-Za-z0-9_+])(?:\+[ ]{0,2})?\(?\d(?:[ \-.()]{0,4}\d)*/g;
const PHONE_CONTEXT =
  /(?:\btel\b|phone|\bcall\b|\btext\b|\bsms\b|whats[ ]?app|signal|viber|telegram|\bline\b|電話|携帯|℡|ワッツアップ|連絡先|コール)/i;
const PHONE_CONTEXT_WINDOW = 32;
const MAX_PHONE_DIGITS = 17;

type DigitGroup = { digits: string; start: number; end: number };

function isJapaneseNumber(digits: string): boolean {
  if (!/^0[1-9]/.test(digits)) return false;
  // Mobile (070/080/090), IP phone (050) and 0800 free dial have 11 digits; landlines, 0120 and
  // 0570 have 10 (MIC numbering plan).
  return /^0[5789]0/.test(digits) ? digits.length === 11 : digits.length === 10;
}

function hasJapaneseLayout(lengths: readonly number[]): boolean {
  const [first = 0, second = 0, third = 0] = lengths;
  if (lengths.length === 1) return true;
  if (lengths.length === 2) return first >= 2 && first <= 5 && second >= 4;
  if (lengths.length === 3) return first >= 2 && first <= 5 && second >= 1 && second <= 4 && third >= 3 && third <= 4;
  // Digits spaced out one by one or in small clusters to dodge filters.
  return lengths.every((length) => length <= 4);
}

function hasNorthAmericanLayout(digits: string, lengths: readonly number[]): boolean {
  const layout = lengths.join(",");
  if (layout === "3,3,4") return /^[2-9]/.test(digits);
  if (layout === "1,3,3,4") return /^1[2-9]/.test(digits);
  return false;
}

// E.164 allows at most 15 digits after the country code's "+" (ITU-T E.164 section 6).
function isInternationalNumber(digits: string): boolean {
  if (digits.startsWith("81")) {
    const national = digits.slice(2).replace(/^0/, "");
    return national.length >= 9 && national.length <= 10 && !national.startsWith("0");
  }
  if (digits.startsWith("1")) return digits.length === 11;
  return /^[1-9]/.test(digits) && digits.length >= 8 && digits.length <= 15;
}

const MIN_PHONE_DIGITS = 8;

/** Consecutive digit groups `first..last` of a candidate, and their digits joined. */
type DigitRun = { groups: readonly DigitGroup[]; first: number; last: number; digits: string };

const groupLengthsOf = ({ groups, first, last }: DigitRun): number[] =>
  groups.slice(first, last + 1).map((group) => group.digits.length);

function isPhoneNumber(run: DigitRun, hasPlus: boolean, hasContext: boolean): boolean {
  const { digits } = run;
  const groupCount = run.last - run.first + 1;
  if (hasPlus) return isInternationalNumber(digits);
  if (digits.startsWith("00")) return (groupCount > 1 || digits.length >= 11) && isInternationalNumber(digits.slice(2));
  if (digits.length === 10 || digits.length === 11) {
    // Layouts are checked last: most runs are rejected on their digits alone.
    if (isJapaneseNumber(digits) && hasJapaneseLayout(groupLengthsOf(run))) return true;
    if ((groupCount === 3 || groupCount === 4) && hasNorthAmericanLayout(digits, groupLengthsOf(run))) return true;
  }
  return hasContext && digits.length >= 9 && digits.length <= 15 && (groupCount > 1 || digits.length >= 10);
}

// Without a "+" or a phone word nearby, a number starts with the 0 of a Japanese trunk prefix
// or international call prefix, a North American area code, or the 1 before one.
function canStartPhoneNumber(firstGroup: string, hasPlus: boolean, hasContext: boolean): boolean {
  if (hasPlus || hasContext) return true;
  return firstGroup.startsWith("0") || firstGroup === "1" || (firstGroup.length === 3 && /^[2-9]/.test(firstGroup));
}

function splitDigitGroups(candidate: string, offset: number): DigitGroup[] {
  return [...candidate.matchAll(/\d+/g)].map((match) => ({
    digits: match[0],
    start: offset + match.index,
    end: offset + match.index + match[0].length,
  }));
}

/** Phone numbers in prepared text (see prepareForDetection): Japanese, North American, and any "+" international number. */
export function findPhoneNumbers(scan: string): TextSpan[] {
  const masked = maskDates(scan);
  const found: TextSpan[] = [];
  for (const match of masked.matchAll(PHONE_CANDIDATE)) {
    const groups = splitDigitGroups(match[0], match.index);
    const hasPlus = match[0].startsWith("+");
    const hasContext = PHONE_CONTEXT.test(masked.slice(Math.max(0, match.index - PHONE_CONTEXT_WINDOW), match.index));
    const allDigits = groups.map((group) => group.digits).join("");
    const digitOffsets = [0];
    for (const group of groups) digitOffsets.push((digitOffsets[digitOffsets.length - 1] ?? 0) + group.digits.length);
    // Every run of consecutive groups that could hold a phone number is tried, longest kept, so
    // "(1) 090-1234-5678" still yields the number. Runs are capped at MAX_PHONE_DIGITS digits.
    let first = 0;
    while (first < groups.length) {
      if (!canStartPhoneNumber(groups[first]?.digits ?? "", hasPlus && first === 0, hasContext)) {
        first += 1;
        continue;
      }
      let bestLast = -1;
      const runStart = digitOffsets[first] ?? 0;
      for (let last = first; last < groups.length; last += 1) {
        const runEnd = digitOffsets[last + 1] ?? runStart;
        if (runEnd - runStart > MAX_PHONE_DIGITS) break;
        if (runEnd - runStart < MIN_PHONE_DIGITS) continue;
        const run: DigitRun = { groups, first, last, digits: allDigits.slice(runStart, runEnd) };
        if (isPhoneNumber(run, hasPlus && first === 0, hasContext)) bestLast = last;
      }
      const firstGroup = groups[first];
      const lastGroup = groups[bestLast];
      if (firstGroup === undefined || lastGroup === undefined || /^[A-Za-z_]/.test(masked.slice(lastGroup.end, lastGroup.end + 1))) {
        first += 1;
        continue;
      }
      const start = first === 0 ? match.index : firstGroup.start;
      if (!(hasPlus && first === 0) && isTicketNumber(masked, start)) {
        first = bestLast + 1;
        continue;
      }
      found.push({ start, end: lastGroup.end });
      first = bestLast + 1;
    }
  }
  return found;
}

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

function findIdNumbers(masked: string): TextSpan[] {
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

const PREFECTURE =
  "(?:北海道|東京都|京都府|大阪府|(?:青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟|富山|石川|福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄)県)";
const PLACE_CHAR = String.raw`\p{Script=Han}\p{Script=Katakana}ヶケヵノ々ー`;
const BLOCK_NUMBER = String.raw`(?:(?:\d{1,4}|[一二三四五六七八九十]{1,3})丁目(?:[ ]?\d{1,4}(?:番地?|-)(?:[ ]?\d{1,4}号?)?)?|\d{1,4}番地?(?:[ ]?の?\d{1,4}号?)?|\d{1,4}-\d{1,4}(?:-\d{1,4})?)`;
// A number followed by one of these counts days, people or yen, not a street block.
const NOT_A_COUNT = String.raw`(?![\d日時分秒月年回件週割倍人円個%通枚台歳ヶか])`;
// Town names may contain の (丸の内) and, in Hokkaido, numbered districts (北1条西).
const TOWN = String.raw`(?:[${PLACE_CHAR}の]|\d{1,3}条){0,16}?`;
const JAPANESE_ADDRESS_WITH_PREFECTURE = new RegExp(
  String.raw`${PREFECTURE}[${PLACE_CHAR}\p{Script=Hiragana}]{1,10}?[市区町村郡]${TOWN}[ ]?${BLOCK_NUMBER}${NOT_A_COUNT}`,
  "gu",
);
// Without a prefecture the municipality must still be there; 市場, 区別, 町内 and the like are words.
const JAPANESE_ADDRESS = new RegExp(
  String.raw`(?<![${PLACE_CHAR}])[${PLACE_CHAR}]{1,8}[市区町村郡](?![場民長役販況別間分切域画内外])${TOWN}[ ]?${BLOCK_NUMBER}${NOT_A_COUNT}`,
  "gu",
);
const STREET_TYPE =
  "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Square|Sq|Circle|Cir)";
const STREET_ADDRESS = new RegExp(
  String.raw`(?<![\w.,])\d{1,5}[A-Za-z]?[ ](?:[NSEW]\.?[ ])?(?:[A-Z][a-z]+[ ]){1,3}${STREET_TYPE}\b\.?(?:,?[ ](?:Apt|Apartment|Suite|Ste|Unit|#)\.?[ ]?[A-Za-z0-9-]{1,6})?(?:,[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})?(?:,?[ ][A-Z]{2}(?:[ ]\d{5}(?:-\d{4})?)?\b)?`,
  "gu",
);
const ROMANIZED_JAPANESE_ADDRESS =
  /(?<![\w.,-])\d{1,4}-\d{1,4}(?:-\d{1,4})?[ ][A-Z][a-z]+(?:-[a-z]+)?,[ ]?[A-Z][a-z]+-(?:ku|shi|cho|machi|gun|mura)\b(?:,[ ]?[A-Z][a-z]+)?/g;

function findPostalAddresses(masked: string): TextSpan[] {
  const patterns = [JAPANESE_ADDRESS_WITH_PREFECTURE, JAPANESE_ADDRESS, STREET_ADDRESS, ROMANIZED_JAPANESE_ADDRESS];
  return patterns.flatMap((pattern) =>
    [...masked.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length })),
  );
}

const MARKED_JAPANESE_POSTCODE = /〒[ ]{0,2}\d{3}-?\d{4}(?!\d)/g;
const JAPANESE_POSTCODE = /(?<![\d-])\d{3}-\d{4}(?![\d-])/g;
const JAPANESE_POSTCODE_CONTEXT_BEFORE = /(?:郵便番号|〒|住所|postal|post[ ]?code|zip|address)/i;
const PREFECTURE_AFTER = new RegExp(String.raw`^[ ]{0,2}${PREFECTURE}`);
const US_ZIP_PLUS_FOUR = /(?<![\d-])\d{5}-\d{4}(?![\d-])/g;
const US_ZIP_CONTEXT_BEFORE = /(?:zip|postal|post[ ]?code)/i;
const US_STATE_BEFORE = /\b[A-Z]{2}[ ]{1,2}$/;
const POSTCODE_CONTEXT_WINDOW = 16;

function findPostcodes(masked: string): TextSpan[] {
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

const BASE58 = "1-9A-HJ-NP-Za-km-z";
const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const CRYPTO_ADDRESS_PATTERNS: readonly RegExp[] = [
  // Base58Check: BTC P2PKH (1) and P2SH (3), LTC (L, M), DOGE (D), TRON (T), XRP (r).
  new RegExp(String.raw`(?<![A-Za-z0-9])[13LMDTr][${BASE58}]{24,34}(?![A-Za-z0-9])`, "g"),
  // Bech32 / Bech32m segwit addresses (BIP 173, BIP 350), lower or upper case.
  new RegExp(String.raw`(?<![A-Za-z0-9])(?:bc|tb|ltc)1[${BECH32}]{25,87}(?![A-Za-z0-9])`, "g"),
  new RegExp(String.raw`(?<![A-Za-z0-9])(?:BC|TB|LTC)1[${BECH32.toUpperCase()}]{25,87}(?![A-Za-z0-9])`, "g"),
  // Ethereum and EVM chains: 20 bytes in hex.
  /(?<![A-Za-z0-9])0x[0-9a-fA-F]{40}(?![A-Za-z0-9])/g,
];

// A real Base58 address mixes digits, upper and lower case; a long English word or an
// identifier in camelCase rarely has all three.
function looksRandom(candidate: string): boolean {
  const body = candidate.slice(1);
  return /\d/.test(body) && /[A-Z]/.test(body) && /[a-z]/.test(body);
}

function findCryptoAddresses(scan: string): TextSpan[] {
  const found: TextSpan[] = [];
  CRYPTO_ADDRESS_PATTERNS.forEach((pattern, index) => {
    for (const match of scan.matchAll(pattern)) {
      if (index === 0 && !looksRandom(match[0])) continue;
      found.push({ start: match.index, end: match.index + match[0].length });
    }
  });
  return found;
}

// 32-byte hashes: Ethereum transactions (0x-prefixed) and Bitcoin txids.
const TRANSACTION_HASH = /(?<![A-Za-z0-9])(?:0x)?[0-9a-fA-F]{64}(?![A-Za-z0-9])/g;

function findTransactionHashes(scan: string): TextSpan[] {
  return [...scan.matchAll(TRANSACTION_HASH)]
    .filter((match) => /[a-fA-F]/.test(match[0].replace(/^0x/, "")) && /\d/.test(match[0]))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

const AMOUNT = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const FIAT_SUFFIXES = ["円", "万円", "億円", "yen", "Yen", "JPY", "USD", "EUR", "GBP", "ドル", "ユーロ", "ポンド"];
const FIAT_PREFIXES = ["US$", "$", "¥", "€", "£", "USD", "JPY", "EUR", "GBP"];
// Case-sensitive on purpose: "etc", "dot" and "link" are English words.
const COIN_UNITS = [
  ...["BTC", "ETH", "XRP", "LTC", "BCH", "SOL", "ADA", "DOGE", "TRX", "XLM", "DOT", "BNB", "MATIC", "POL", "MONA"],
  ...["XEM", "ETC", "LSK", "SHIB", "USDT", "USDC", "DAI", "AVAX", "ATOM", "XTZ", "QTUM", "IOST", "SAND", "APE"],
  ...["btc", "eth", "xrp", "ltc", "usdt", "usdc", "sats", "sat", "satoshi", "satoshis", "Satoshi"],
  ...["ビットコイン", "イーサリアム", "イーサ", "リップル", "ライトコイン", "ドージコイン", "モナコイン"],
];
const COIN_PREFIXES = ["BTC", "ETH", "XRP", "USDT", "USDC"];
const escapeForRegex = (text: string) => text.replace(/[$.*+?()[\]{}|^\\]/g, "\\$&");
const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map(escapeForRegex).join("|");
const AMOUNT_WITH_SUFFIX = new RegExp(
  String.raw`(?<![\d.,A-Za-z])(${AMOUNT})[ ]?(${alternation([...FIAT_SUFFIXES, ...COIN_UNITS])})(?![A-Za-z])`,
  "g",
);
const AMOUNT_WITH_PREFIX = new RegExp(
  String.raw`(?<![A-Za-z0-9$])(${alternation([...FIAT_PREFIXES, ...COIN_PREFIXES])})[ ]?(${AMOUNT})(?![\d.,]\d|[A-Za-z])`,
  "g",
);
const APPROXIMATION_BEFORE =
  /(?:about|around|approx\.?|approximately|roughly|nearly|almost|over|under|more than|less than|at least|up to|~|〜|～|約|およそ|大体|だいたい|ほぼ|概ね|おおよそ|ざっと)[ ]*$/i;
const APPROXIMATION_AFTER = /^[ ]*(?:程度|くらい|ぐらい|位|ほど|前後|強|弱|近く|以上|以下|未満|ちょっと|ish\b)/;
// Figures a wallet shows to the last digit identify a person on-chain and at the exchange;
// a rounded figure does not. Coins count from 4 significant digits, fiat from 5 (¥12,345).
const MIN_SIGNIFICANT_DIGITS_COIN = 4;
const MIN_SIGNIFICANT_DIGITS_FIAT = 5;
const MIN_SIGNIFICANT_DIGITS_IF_APPROXIMATE = 6;

function countSignificantDigits(amount: string): number {
  return amount.replace(/[^\d]/g, "").replace(/^0+/, "").replace(/0+$/, "").length;
}

function isExactAmount(masked: string, start: number, end: number, amount: string, unit: string): boolean {
  const isCoin = COIN_UNITS.includes(unit) || COIN_PREFIXES.includes(unit);
  const significant = countSignificantDigits(amount);
  const approximate =
    APPROXIMATION_BEFORE.test(textBefore(masked, start, 16)) || APPROXIMATION_AFTER.test(masked.slice(end, end + 8));
  if (approximate) return significant >= MIN_SIGNIFICANT_DIGITS_IF_APPROXIMATE;
  return significant >= (isCoin ? MIN_SIGNIFICANT_DIGITS_COIN : MIN_SIGNIFICANT_DIGITS_FIAT);
}

function findExactBalances(masked: string): TextSpan[] {
  const found: TextSpan[] = [];
  for (const match of masked.matchAll(AMOUNT_WITH_SUFFIX)) {
    const end = match.index + match[0].length;
    if (isExactAmount(masked, match.index, end, match[1] ?? "", match[2] ?? "")) found.push({ start: match.index, end });
  }
  for (const match of masked.matchAll(AMOUNT_WITH_PREFIX)) {
    const end = match.index + match[0].length;
    if (isExactAmount(masked, match.index, end, match[2] ?? "", match[1] ?? "")) found.push({ start: match.index, end });
  }
  return found;
}

// When two findings overlap, the longer wins; on a tie, the earlier kind in this list.
const KIND_PRIORITY: readonly PersonalDataKind[] = [
  "crypto-address",
  "transaction-hash",
  "email",
  "postal-address",
  "phone",
  "id-number",
  "postcode",
  "exact-balance",
];

/** Keeps a non-overlapping subset, preferring longer spans, then `priority` order. */
export function pickNonOverlapping<K extends string>(spans: readonly KindSpan<K>[], priority: readonly K[]): KindSpan<K>[] {
  const ranked = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || priority.indexOf(a.kind) - priority.indexOf(b.kind) || a.start - b.start,
  );
  // Each pattern's matches do not overlap one another, so marking covered offsets costs about the
  // text length per pattern, where comparing every pair would be quadratic in the findings.
  const covered = new Uint8Array(ranked.reduce((end, span) => Math.max(end, span.end), 0));
  const chosen: KindSpan<K>[] = [];
  for (const span of ranked) {
    if (covered.subarray(span.start, span.end).includes(1)) continue;
    covered.fill(1, span.start, span.end);
    chosen.push(span);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * A test for "does this span overlap any of `spans`", answered in constant time from a prefix
 * count of covered offsets, so filtering many findings against many links stays linear.
 */
export function overlapsAnyOf(spans: readonly TextSpan[], textLength: number): (span: TextSpan) => boolean {
  const coveredBefore = new Int32Array(textLength + 1);
  const marks = new Int32Array(textLength + 1);
  for (const span of spans) {
    const start = Math.min(span.start, textLength);
    const end = Math.min(span.end, textLength);
    marks[start] = (marks[start] ?? 0) + 1;
    marks[end] = (marks[end] ?? 0) - 1;
  }
  let depth = 0;
  for (let index = 0; index < textLength; index += 1) {
    depth += marks[index] ?? 0;
    coveredBefore[index + 1] = (coveredBefore[index] ?? 0) + (depth > 0 ? 1 : 0);
  }
  return (span) => (coveredBefore[span.end] ?? 0) - (coveredBefore[span.start] ?? 0) > 0;
}

export type PersonalDataOptions = {
  /**
   * Domains of exchanges and services: an address there (support@kraken.com) belongs to the
   * service, not to the author, and is worth keeping in a report's contact path.
   */
  officialDomains?: readonly string[];
};

export function findPersonalData(text: string, options: PersonalDataOptions = {}): PersonalDataMatch[] {
  const officialDomains = options.officialDomains ?? [];
  const prepared = prepareForDetection(text);
  const scan = prepared.text;
  const masked = maskDates(scan);
  const webAddresses = findWebAddresses(scan);
  const withKind =
    (kind: PersonalDataKind) =>
    (span: TextSpan): KindSpan<PersonalDataKind> => ({ ...span, kind });
  // Digits in a link (article numbers, query strings) are not about the author; addresses and
  // hashes in a link (a block-explorer URL) are.
  const overlapsLink = overlapsAnyOf(webAddresses, scan.length);
  const outsideLinks = (span: TextSpan) => !overlapsLink(span);
  const candidates: KindSpan<PersonalDataKind>[] = [
    ...findEmailAddresses(scan)
      .filter((email) => !isOfficialHost(email.domain, officialDomains))
      .map(withKind("email")),
    ...findCryptoAddresses(scan).map(withKind("crypto-address")),
    ...findTransactionHashes(scan).map(withKind("transaction-hash")),
    ...findPhoneNumbers(scan).filter(outsideLinks).map(withKind("phone")),
    ...findIdNumbers(masked).filter(outsideLinks).map(withKind("id-number")),
    ...findPostcodes(masked).filter(outsideLinks).map(withKind("postcode")),
    ...findPostalAddresses(masked).filter(outsideLinks).map(withKind("postal-address")),
    ...findExactBalances(masked).filter(outsideLinks).map(withKind("exact-balance")),
  ];
  return pickNonOverlapping(candidates, KIND_PRIORITY).map((span) => {
    const original = toOriginalSpan(prepared, span);
    return { kind: span.kind, start: original.start, end: original.end, text: text.slice(original.start, original.end) };
  });
}

export type RedactionOptions = { labels?: Partial<RedactionLabels> };

/**
 * Replaces each match with the placeholder for its kind. Overlapping matches (possible when the
 * caller merges findings from several sources) are merged and take the label of the first.
 */
export function redactPersonalData(
  text: string,
  matches: readonly PersonalDataMatch[] = findPersonalData(text),
  options: RedactionOptions = {},
): string {
  const labels: RedactionLabels = { ...DEFAULT_REDACTION_LABELS, ...options.labels };
  const ordered = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  let redacted = "";
  let copiedUpTo = 0;
  for (const match of ordered) {
    if (match.end <= copiedUpTo) continue;
    if (match.start < copiedUpTo) {
      copiedUpTo = match.end;
      continue;
    }
    redacted += text.slice(copiedUpTo, match.start) + labels[match.kind];
    copiedUpTo = match.end;
  }
  return redacted + text.slice(copiedUpTo);
}
