// Normalisation shared by the personal-data and scam-contact detectors. People who want a
// number or an address to slip past a filter write it in full-width digits, with emoji, dots or
// katakana marks between the digits, or spelled with kanji; the detectors scan one canonical
// form instead of trying every disguise. Every character of the canonical form remembers where
// it came from, so a match can be highlighted or redacted in the text the author wrote.

export type TextSpan = { start: number; end: number };

export type NormalizedText = {
  /** The text as the author wrote it. */
  readonly original: string;
  /** The canonical form the detectors scan. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, the offset in `original` where its source begins. */
  readonly originalStarts: Int32Array;
  /** For each UTF-16 unit of `text`, the offset in `original` where its source ends. */
  readonly originalEnds: Int32Array;
};

/** Maps a span of the canonical text back to the span of the original it came from. */
export function toOriginalSpan(normalized: NormalizedText, span: TextSpan): TextSpan {
  if (span.end <= span.start) {
    const at = normalized.originalStarts[span.start] ?? normalized.original.length;
    return { start: at, end: at };
  }
  const start = normalized.originalStarts[span.start];
  const end = normalized.originalEnds[span.end - 1];
  if (start === undefined || end === undefined) {
    throw new RangeError(`Span ${span.start}-${span.end} lies outside the normalised text`);
  }
  return { start, end };
}

// Offsets live in typed arrays so that rewrites copy unchanged stretches in bulk.
class MappedTextBuilder {
  private readonly chunks: string[] = [];
  private readonly starts: Int32Array[] = [];
  private readonly ends: Int32Array[] = [];

  append(chunk: string, originalStart: number, originalEnd: number): void {
    this.chunks.push(chunk);
    this.starts.push(new Int32Array(chunk.length).fill(originalStart));
    this.ends.push(new Int32Array(chunk.length).fill(originalEnd));
  }

  copy(source: NormalizedText, from: number, to: number): void {
    if (to <= from) return;
    this.chunks.push(source.text.slice(from, to));
    this.starts.push(source.originalStarts.subarray(from, to));
    this.ends.push(source.originalEnds.subarray(from, to));
  }

  build(original: string): NormalizedText {
    const text = this.chunks.join("");
    return { original, text, originalStarts: concatenate(this.starts, text.length), originalEnds: concatenate(this.ends, text.length) };
  }
}

function concatenate(parts: readonly Int32Array[], length: number): Int32Array {
  const joined = new Int32Array(length);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

// Characters that render as nothing (or as a modifier of the previous character) and are used to
// split a number or a word so that a plain pattern no longer matches it.
const INVISIBLE =
  /^[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u20E3\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]$/u;
// NFKC keeps these dashes apart from "-"; none of them is a range mark (〜 and ～ stay).
const DASH_LOOKALIKE = /^[\u2010-\u2015\u2043\u2212\u2E3A\u2E3B\uFE58\uFE63\u2500\u2501\u2796]$/u;
// Dots and long-vowel marks that stand for "." or "-" only between ASCII letters or digits:
// elsewhere they are ordinary Japanese punctuation (サポート, 。) and must stay.
const DOT_BETWEEN_ASCII = new Set(["・", "。", "·", "•", "∙", "⋅", "‧", "⸱"]);
const LONG_VOWEL_MARK = "ー";
const COMBINING = /^[\p{M}\uFF9E\uFF9F]$/u;
const SYMBOL_OR_EMOJI = /^[\p{Extended_Pictographic}\p{So}\p{Sk}]$/u;
const KANJI_DIGITS: Readonly<Record<string, string>> = {
  "〇": "0",
  零: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};
// Dingbat circled digits have no NFKC decomposition (unlike ① or ⓪), so they are mapped here.
const DINGBAT_DIGIT_RANGES: ReadonlyArray<readonly [first: number, last: number]> = [
  [0x2776, 0x277f],
  [0x2780, 0x2789],
  [0x278a, 0x2793],
];
const NEGATIVE_CIRCLED_ZERO = 0x24ff;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const MAX_DIGIT_BLOCK_WALK = 60;

// NFKC leaves most scripts' digits alone (Arabic-Indic ٠١٢, Devanagari ०१२, …). Unicode encodes
// every set of decimal digits as consecutive code points from zero, so a digit's value is how
// many digits precede it in its block, modulo ten (some blocks hold several sets back to back).
function decimalDigitValue(code: number): string {
  let preceding = 0;
  while (preceding < MAX_DIGIT_BLOCK_WALK && DECIMAL_DIGIT.test(String.fromCodePoint(code - preceding - 1))) preceding += 1;
  return String(preceding % 10);
}

function mapCodePoint(char: string): string {
  if (INVISIBLE.test(char)) return "";
  if (DASH_LOOKALIKE.test(char)) return "-";
  if (char === "\u2028" || char === "\u2029") return "\n";
  if (char !== "\n" && char !== "\r" && /^\s$/u.test(char)) return " ";
  const code = char.codePointAt(0) ?? 0;
  if (code === NEGATIVE_CIRCLED_ZERO) return "0";
  for (const [first, last] of DINGBAT_DIGIT_RANGES) {
    if (code >= first && code <= last) return String(code - first + 1);
  }
  if (code >= 0x80 && DECIMAL_DIGIT.test(char)) return decimalDigitValue(code);
  return char;
}

const isAsciiDigit = (char: string | undefined): boolean => char !== undefined && char >= "0" && char <= "9";
const isAsciiAlphanumeric = (char: string | undefined): boolean =>
  char !== undefined && /^[A-Za-z0-9]$/.test(char);

/**
 * The canonical text while it is being built: one entry per code point, with the original span
 * it came from. An empty string marks a code point that was dropped.
 */
type Pieces = { chars: string[]; starts: number[]; ends: number[] };

// Japanese text repeats a few thousand distinct characters, so each one is normalised once.
const mappedClusterCache = new Map<string, string>();
const MAX_CACHED_CLUSTERS = 20_000;

function mapCluster(cluster: string): string {
  const cached = mappedClusterCache.get(cluster);
  if (cached !== undefined) return cached;
  // NFKC per cluster (base + combining marks) so each output keeps a precise origin; it folds
  // full-width forms, ① to 1, ＠ to @ and half-width katakana with its sound marks.
  let mapped = "";
  for (const char of cluster.normalize("NFKC")) mapped += mapCodePoint(char);
  if (mappedClusterCache.size < MAX_CACHED_CLUSTERS) mappedClusterCache.set(cluster, mapped);
  return mapped;
}

function splitIntoPieces(original: string): Pieces {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  while (index < original.length) {
    const start = index;
    const first = original.codePointAt(index) ?? 0;
    index += first > 0xffff ? 2 : 1;
    const nextUnit = original.charCodeAt(index);
    const nextMayCombine = nextUnit >= 0x300 && COMBINING.test(String.fromCodePoint(original.codePointAt(index) ?? 0));
    if (first < 0x80 && !nextMayCombine) {
      chars.push(first === 0x09 ? " " : String.fromCharCode(first));
      starts.push(start);
      ends.push(index);
      continue;
    }
    if (nextMayCombine) {
      while (index < original.length) {
        const following = String.fromCodePoint(original.codePointAt(index) ?? 0);
        if (!COMBINING.test(following)) break;
        index += following.length;
      }
    }
    for (const char of mapCluster(original.slice(start, index))) {
      chars.push(char);
      starts.push(start);
      ends.push(index);
    }
  }
  return { chars, starts, ends };
}

const KANJI_RUN_SEPARATORS = new Set([" ", "-", ".", "・", "ー"]);
const MAX_SEPARATORS_IN_DIGIT_RUN = 2;

// Kanji digits are ordinary words in prose (一度, 二段階認証), so only runs that contain at least
// three digits in total become ASCII digits: 〇九〇, 090-一二三四-5678, 二〇一七.
function mapKanjiDigitRuns({ chars }: Pieces): void {
  let index = 0;
  while (index < chars.length) {
    const char = chars[index] ?? "";
    if (KANJI_DIGITS[char] === undefined && !isAsciiDigit(char)) {
      index += 1;
      continue;
    }
    let end = index;
    let lastDigit = index;
    let digits = 0;
    let kanji = 0;
    let separators = 0;
    while (end < chars.length) {
      const current = chars[end] ?? "";
      if (KANJI_DIGITS[current] !== undefined || isAsciiDigit(current)) {
        digits += 1;
        if (KANJI_DIGITS[current] !== undefined) kanji += 1;
        separators = 0;
        lastDigit = end;
      } else if (KANJI_RUN_SEPARATORS.has(current) && separators < MAX_SEPARATORS_IN_DIGIT_RUN) {
        separators += 1;
      } else {
        break;
      }
      end += 1;
    }
    if (kanji > 0 && digits >= 3) {
      for (let position = index; position <= lastDigit; position += 1) {
        const digit = KANJI_DIGITS[chars[position] ?? ""];
        if (digit !== undefined) chars[position] = digit;
      }
    }
    index = lastDigit + 1;
  }
}

const MAX_SPACES_AROUND_LOOKALIKE = 2;

function neighbourSkippingSpaces(chars: readonly string[], from: number, step: 1 | -1): string | undefined {
  let position = from + step;
  for (let skipped = 0; skipped <= MAX_SPACES_AROUND_LOOKALIKE; skipped += 1) {
    const char = chars[position];
    if (char !== " " && char !== "") return char;
    position += step;
  }
  return undefined;
}

function mapLookalikeSeparators({ chars }: Pieces): void {
  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index] ?? "";
    const isDot = DOT_BETWEEN_ASCII.has(char);
    if (!isDot && char !== LONG_VOWEL_MARK) continue;
    const before = neighbourSkippingSpaces(chars, index, -1);
    const after = neighbourSkippingSpaces(chars, index, 1);
    if (!isAsciiAlphanumeric(before) || !isAsciiAlphanumeric(after)) continue;
    chars[index] = isDot ? "." : "-";
  }
}

const DIGIT_FILLER_SEPARATORS = new Set([" ", "-", ".", "(", ")", ""]);
const MAX_FILLER_BETWEEN_DIGITS = 8;

// "0🔥9🔥0" or "090☎1234": emoji and symbols between digits are decoration meant to break a
// number pattern, so they are dropped when they sit in a short run between two digits.
function dropSymbolsBetweenDigits({ chars }: Pieces): void {
  let index = 0;
  while (index < chars.length) {
    if (!isAsciiDigit(chars[index])) {
      index += 1;
      continue;
    }
    let end = index + 1;
    let symbols = 0;
    let visible = 0;
    while (end < chars.length && visible <= MAX_FILLER_BETWEEN_DIGITS) {
      const char = chars[end] ?? "";
      if (char.length > 0 && char.charCodeAt(0) >= 0x80 && SYMBOL_OR_EMOJI.test(char)) {
        symbols += 1;
      } else if (!DIGIT_FILLER_SEPARATORS.has(char)) {
        break;
      }
      if (char !== "") visible += 1;
      end += 1;
    }
    if (symbols > 0 && visible <= MAX_FILLER_BETWEEN_DIGITS && isAsciiDigit(chars[end])) {
      for (let position = index + 1; position < end; position += 1) {
        if (!DIGIT_FILLER_SEPARATORS.has(chars[position] ?? "")) chars[position] = "";
      }
    }
    index = end > index + 1 && isAsciiDigit(chars[end]) ? end : index + 1;
  }
}

// Pure ASCII needs none of the passes above: only tabs change, and offsets stay one to one.
function normalizeAscii(original: string): NormalizedText {
  const originalStarts = new Int32Array(original.length);
  const originalEnds = new Int32Array(original.length);
  for (let index = 0; index < original.length; index += 1) {
    originalStarts[index] = index;
    originalEnds[index] = index + 1;
  }
  return { original, text: original.replace(/\t/g, " "), originalStarts, originalEnds };
}

/**
 * Canonical form for detection: NFKC (full-width to ASCII), invisible characters removed,
 * lookalike dashes and dots mapped to ASCII, kanji and emoji digits to ASCII digits, and
 * emoji or symbols between digits removed. Letter case is kept; detectors match case-insensitively
 * where case carries no meaning.
 */
export function normalizeForDetection(original: string): NormalizedText {
  if (/^[\x00-\x7F]*$/.test(original)) return normalizeAscii(original);
  const pieces = splitIntoPieces(original);
  mapKanjiDigitRuns(pieces);
  mapLookalikeSeparators(pieces);
  dropSymbolsBetweenDigits(pieces);
  const text = pieces.chars.join("");
  const originalStarts = new Int32Array(text.length);
  const originalEnds = new Int32Array(text.length);
  let unit = 0;
  for (let index = 0; index < pieces.chars.length; index += 1) {
    const length = pieces.chars[index]?.length ?? 0;
    for (let end = unit + length; unit < end; unit += 1) {
      originalStarts[unit] = pieces.starts[index] ?? 0;
      originalEnds[unit] = pieces.ends[index] ?? 0;
    }
  }
  return { original, text, originalStarts, originalEnds };
}

/**
 * Rewrites every match of `pattern` with what `replace` returns (`undefined` keeps the match).
 * Each character of a replacement maps to the whole original span of the text it replaced, so
 * rewrites compose: the result still maps to the author's original text.
 */
export function rewriteNormalized(
  source: NormalizedText,
  pattern: RegExp,
  replace: (match: RegExpExecArray, text: string) => string | undefined,
): NormalizedText {
  const regex = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  const builder = new MappedTextBuilder();
  let copiedUpTo = 0;
  let changed = false;
  for (let match = regex.exec(source.text); match !== null; match = regex.exec(source.text)) {
    if (match[0].length === 0) {
      regex.lastIndex += 1;
      continue;
    }
    const replacement = replace(match, source.text);
    if (replacement === undefined || replacement === match[0]) continue;
    const matchEnd = match.index + match[0].length;
    builder.copy(source, copiedUpTo, match.index);
    const span = toOriginalSpan(source, { start: match.index, end: matchEnd });
    builder.append(replacement, span.start, span.end);
    copiedUpTo = matchEnd;
    changed = true;
  }
  if (!changed) return source;
  builder.copy(source, copiedUpTo, source.text.length);
  return builder.build(source.original);
}

// Top-level domains accepted for a domain written without a scheme ("kraken-support.com").
// A closed list keeps file names (report.pdf), abbreviations (e.g., Node.js) and sentences
// typed without a space after the full stop from reading as links. File-like TLDs such as .zip
// and .mov are left out on purpose.
const COMMON_TOP_LEVEL_DOMAINS = new Set(
  (
    "com net org info biz io co me cc tv ai app dev xyz top site online shop store live pro club vip " +
    "link click help support services finance financial exchange money cash network world today tech " +
    "cloud ws su ru cn jp uk us de fr nl ch ca au in kr hk sg tw vn ph th id my br mx es it pl tr ua " +
    "kz eu asia mobi name tk ml ga cf gq ly to gg sh im la ink fun icu buzz cyou rest bar monster sbs " +
    "cfd lol work website space host email mail chat bot wallet bio page digital agency solutions " +
    "global group team guru expert center company ltd inc one art best life news blog social capital " +
    "fund investments trade dog trading market markets security secure systems tokyo cx nu ac be se no fi " +
    "dk at cz hu ro gr pt ie nz za ng ke gh eg sa ae ir pk bd lk np kh mm mn uz az ge am by md ee lv lt"
  ).split(" "),
);

export function isCommonTopLevelDomain(label: string): boolean {
  const lower = label.toLowerCase();
  return COMMON_TOP_LEVEL_DOMAINS.has(lower) || lower.startsWith("xn--");
}

// Cyrillic and Greek letters that render like Latin ones, for reading a spoofed TLD (.cοm).
const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  а: "a", в: "b", с: "c", ԁ: "d", е: "e", һ: "h", і: "i", ј: "j", к: "k", м: "m", н: "h", о: "o",
  р: "p", ԛ: "q", ѕ: "s", т: "t", у: "y", ԝ: "w", х: "x", ү: "y", α: "a", ε: "e", ι: "i", κ: "k",
  ν: "v", ο: "o", ρ: "p", τ: "t", υ: "u", χ: "x", ω: "w",
};

/** Lower-cases and replaces Cyrillic and Greek lookalikes with the Latin letters they imitate. */
export function toLatinSkeleton(text: string): string {
  let skeleton = "";
  for (const char of text.toLowerCase()) skeleton += LATIN_LOOKALIKES[char] ?? char;
  return skeleton;
}

const ASCII_LABEL_AFTER = /^[ ]{0,3}([A-Za-z0-9-]{1,63})/;
const MAILBOX_CHAR = /^[A-Za-z0-9._%+-]$/;
const MAX_MAILBOX_LENGTH = 64;

function labelAfter(text: string, index: number): string | undefined {
  return ASCII_LABEL_AFTER.exec(text.slice(index, index + MAX_MAILBOX_LENGTH))?.[1];
}

// Scans backwards by hand: an end-anchored regex would retry from every start position.
function tokenBefore(text: string, index: number): string | undefined {
  let end = index;
  while (end > 0 && text[end - 1] === " ") end -= 1;
  let start = end;
  while (start > 0 && end - start < MAX_MAILBOX_LENGTH && MAILBOX_CHAR.test(text[start - 1] ?? "")) start -= 1;
  return start < end ? text.slice(start, end) : undefined;
}

// "kraken dot com", "mail dot kraken dot com": the last spelled-out label must be a TLD.
const SPELLED_DOT = String.raw`(?:[ ]{1,3}(?:dot|DOT|Dot)[ ]{1,3}|[ ]{0,3}ドット[ ]{0,3})`;
const SPELLED_DOMAIN_REST = new RegExp(String.raw`^[ ]{0,3}[A-Za-z0-9-]{1,63}(?:${SPELLED_DOT}[A-Za-z0-9-]{1,63}){0,4}`);
const SPELLED_DOT_SEPARATOR = new RegExp(SPELLED_DOT);

function endsInTopLevelDomain(rest: string): boolean {
  const spelled = SPELLED_DOMAIN_REST.exec(rest)?.[0];
  if (spelled === undefined) return false;
  const labels = spelled.split(SPELLED_DOT_SEPARATOR);
  return isCommonTopLevelDomain((labels[labels.length - 1] ?? "").trim());
}

const FREE_MAIL_PROVIDERS =
  /^(?:gmail|googlemail|yahoo|ymail|outlook|hotmail|live|msn|icloud|me|aol|proton|protonmail|pm|tutanota|tuta|gmx|mail|yandex|zoho|qq|163|126|docomo|ezweb|softbank|i\.softbank)\b/i;
const DOMAIN_AFTER = /^[ ]{0,3}([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6})(?![A-Za-z0-9-])/;

function domainAfter(text: string, index: number): string | undefined {
  return DOMAIN_AFTER.exec(text.slice(index, index + 200))?.[1];
}

function isDomainWithCommonTld(domain: string): boolean {
  return isCommonTopLevelDomain(domain.slice(domain.lastIndexOf(".") + 1));
}

/**
 * Undoes the usual ways of hiding a link or an e-mail address from filters: hxxps://, [.] and
 * (dot), "t . me / name", "name (at) example dot com", ＠ and アットマーク. Applied after
 * {@link normalizeForDetection}; the result still maps to the original text.
 */
export function revealObfuscatedContacts(source: NormalizedText): NormalizedText {
  let revealed = rewriteNormalized(
    source,
    /\bh(?:xx|XX|\*\*|\[tt\]|tt)p(s?)[ ]?(?:\[:\]|\(:\)|:)[ ]?\/[ ]?\//gi,
    (match) => `http${match[1] ?? ""}://`,
  );
  revealed = rewriteNormalized(revealed, /[ ]?(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|<dot>)[ ]?/gi, () => ".");
  revealed = rewriteNormalized(revealed, new RegExp(SPELLED_DOT, "g"), (match, text) => {
    const end = match.index + match[0].length;
    const before = text[match.index - 1];
    return isAsciiAlphanumeric(before) && endsInTopLevelDomain(text.slice(end, end + 300)) ? "." : undefined;
  });
  // "t . me / name" and "t. me/name": a spaced full stop is a domain dot only when a TLD follows
  // and the writer spaced both sides or a path follows; "at home. Me too" stays prose.
  revealed = rewriteNormalized(revealed, /[ ]{1,3}\.[ ]{0,3}|\.[ ]{1,3}/g, (match, text) => {
    const end = match.index + match[0].length;
    if (!isAsciiAlphanumeric(text[match.index - 1])) return undefined;
    const label = labelAfter(text, end);
    if (label === undefined || !isCommonTopLevelDomain(label)) return undefined;
    const spacedBothSides = match[0].startsWith(" ") && match[0].endsWith(" ");
    const pathFollows = /^[ ]{0,3}\//.test(text.slice(end + label.length, end + label.length + 4));
    return spacedBothSides || pathFollows ? "." : undefined;
  });
  revealed = rewriteNormalized(
    revealed,
    /[ ]?(?:\(at\)|\[at\]|\{at\}|<at>|\(@\)|\[@\]|\{@\})[ ]?|[ ]{0,3}(?:アットマーク|アット|あっとまーく|あっと|@マーク)[ ]{0,3}/gi,
    (match, text) => {
      const end = match.index + match[0].length;
      return isAsciiAlphanumeric(text[match.index - 1]) && isAsciiAlphanumeric(text[end]) ? "@" : undefined;
    },
  );
  // " at " is everyday English ("logged in at kraken.com"), so it becomes "@" only when the
  // writer shouted it (AT), the local part looks like a mailbox, or a free-mail provider follows.
  revealed = rewriteNormalized(revealed, /[ ]{1,3}(?:at|AT|At)[ ]{1,3}|[ ]{1,3}@[ ]{0,3}|@[ ]{1,3}/g, (match, text) => {
    const end = match.index + match[0].length;
    const local = tokenBefore(text, match.index);
    const domain = domainAfter(text, end);
    if (local === undefined || domain === undefined || !isDomainWithCommonTld(domain)) return undefined;
    if (!/^[ ]{1,3}(?:at|AT|At)[ ]{1,3}$/.test(match[0])) return "@";
    const shouted = match[0].includes("AT");
    const mailboxLike = /[0-9._+-]/.test(local);
    return shouted || mailboxLike || FREE_MAIL_PROVIDERS.test(domain) ? "@" : undefined;
  });
  return revealed;
}

const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
};
const DIGIT_WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine)";
// Seven or more digit words in a row ("zero nine zero one two ...") only ever spell a number.
const SPELLED_NUMBER = new RegExp(String.raw`\b${DIGIT_WORD}(?:[ ,-]{1,3}${DIGIT_WORD}){6,20}\b`, "gi");

function revealSpelledNumbers(source: NormalizedText): NormalizedText {
  return rewriteNormalized(source, SPELLED_NUMBER, (match) =>
    match[0]
      .toLowerCase()
      .split(/[ ,-]+/)
      .map((word) => DIGIT_WORDS[word] ?? "")
      .join(""),
  );
}

// Letters that people type for digits to slip a number past a filter: O9O-l234-S678,
// (2l2) 5S5-O1B9. Cyrillic and Greek lookalikes come from the same keyboard tricks.
const LETTERS_FOR_DIGITS: Readonly<Record<string, string>> = {
  O: "0", o: "0", "\u041E": "0", "\u043E": "0", "\u039F": "0", "\u03BF": "0",
  l: "1", I: "1", "|": "1", "\u0406": "1", "\u0456": "1", "\u0131": "1", "\u0399": "1", "\u04CF": "1",
  Z: "2", z: "2",
  "\u0417": "3", "\u0437": "3", "\u01B7": "3",
  S: "5", s: "5", "\u0405": "5", "\u0455": "5",
  b: "6", "\u0431": "6",
  B: "8", "\u0412": "8",
};
const DIGIT_LIKE = `[0-9${Object.keys(LETTERS_FOR_DIGITS).join("")}]`;
// Separators people put inside a number. "/", "_", "~" and "の" ("090の1234の5678", read aloud)
// become "-" when the run is long enough to be a number, so the phone patterns need only one set.
const NUMBER_SEPARATOR = "[ \\-.()/_~の]";
const UNUSUAL_NUMBER_SEPARATOR = /[/_~の]/g;
// Japanese text runs straight into a number ("番号は090…です"), so only letters of the scripts the
// lookalikes come from count as a word the number would be part of.
const WORD_LETTER = String.raw`A-Za-z\p{Script=Cyrillic}\p{Script=Greek}`;
const DISGUISED_NUMBER_RUN = new RegExp(
  String.raw`(?<![${WORD_LETTER}0-9_@#])${DIGIT_LIKE}+(?:${NUMBER_SEPARATOR}{1,3}${DIGIT_LIKE}+)*`,
  "gu",
);
// A run glued to a word or a mailbox ("5Oct", "O9O1234@gmail.com") is not a number on its own.
const GLUED_AFTER = new RegExp(String.raw`^[${WORD_LETTER}@]`, "u");
const RUN_PART = new RegExp(`(${DIGIT_LIKE}+)|(${NUMBER_SEPARATOR}+)`, "gu");
// A group of tokens is read as a number only when real digits dominate and there are enough of
// them for a phone number: "S23", "30s", "SOS" and "iOS 17" stay as written.
const MIN_REAL_DIGITS = 4;
const MIN_NUMBER_LENGTH = 7;

type RunPart = { text: string; numeric: boolean; separator: boolean };

function rewriteNumberGroup(parts: RunPart[], from: number, to: number): void {
  let real = 0;
  let letters = 0;
  for (let index = from; index < to; index += 1) {
    const part = parts[index];
    if (part === undefined || part.separator) continue;
    for (const char of part.text) {
      if (char >= "0" && char <= "9") real += 1;
      else letters += 1;
    }
  }
  if (real < MIN_REAL_DIGITS || letters > real || real + letters < MIN_NUMBER_LENGTH) return;
  for (let index = from; index < to; index += 1) {
    const part = parts[index];
    if (part === undefined) continue;
    part.text = part.separator
      ? part.text.replace(UNUSUAL_NUMBER_SEPARATOR, "-")
      : part.text.replace(/./gu, (char) => LETTERS_FOR_DIGITS[char] ?? char);
  }
}

function rewriteDisguisedRun(run: string, gluedToWord: boolean): string {
  const parts: RunPart[] = [];
  for (const match of run.matchAll(RUN_PART)) {
    const token = match[1];
    parts.push(token === undefined ? { text: match[0], numeric: false, separator: true } : { text: token, numeric: /[0-9]/.test(token), separator: false });
  }
  const last = parts[parts.length - 1];
  if (gluedToWord && last !== undefined) last.numeric = false;
  let groupStart = -1;
  for (let index = 0; index <= parts.length; index += 1) {
    const part = parts[index];
    if (part !== undefined && (part.numeric || (part.separator && groupStart !== -1))) {
      if (groupStart === -1) groupStart = index;
      continue;
    }
    if (groupStart !== -1) {
      let groupEnd = index;
      while (groupEnd > groupStart && parts[groupEnd - 1]?.separator) groupEnd -= 1;
      rewriteNumberGroup(parts, groupStart, groupEnd);
      groupStart = -1;
    }
  }
  return parts.map((part) => part.text).join("");
}

/**
 * Reads numbers written with lookalike letters (O for 0, l or I for 1, S for 5, Cyrillic З for
 * 3…) and unusual separators as plain digits and dashes. Every replacement has the length of what
 * it replaces, so offsets into the original stay exact.
 */
export function revealDisguisedNumbers(source: NormalizedText): NormalizedText {
  const text = source.text.replace(DISGUISED_NUMBER_RUN, (run: string, offset: number, whole: string) =>
    rewriteDisguisedRun(run, GLUED_AFTER.test(whole.slice(offset + run.length, offset + run.length + 2))),
  );
  return text === source.text ? source : { ...source, text };
}

const MESSENGER_WORDS = new Set([
  "telegram", "whatsapp", "signal", "line", "discord", "wechat", "skype", "kakao", "kakaotalk", "viber", "threema", "instagram",
]);
// Cyrillic and Greek capitals that look Latin, and the Turkish dotless i, on top of LATIN_LOOKALIKES.
const CASED_LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", Х: "X", У: "Y", Ѕ: "S", І: "I", Ј: "J",
  Α: "A", Β: "B", Ε: "E", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Χ: "X", Υ: "Y", Ζ: "Z", ı: "i",
};
const toLatinLetter = (char: string): string => CASED_LATIN_LOOKALIKES[char] ?? LATIN_LOOKALIKES[char] ?? char;
const MIXED_SCRIPT_WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]{4,12}/gu;
const SPELLED_OUT_WORD = /(?<![\p{L}\p{N}])\p{L}([ .\-_*・])\p{L}(?:\1\p{L}){2,10}(?![\p{L}\p{N}])/gu;

/**
 * Reads a messenger's name written to dodge a filter: with Cyrillic or Greek letters mixed in
 * (Теlеgrаm) or spelled out letter by letter (T.e.l.e.g.r.a.m, W h a t s A p p). Other words are
 * left alone: a lookalike in a domain name is evidence of a spoofed link and must stay visible.
 */
export function revealDisguisedMessengerNames(source: NormalizedText): NormalizedText {
  const mixed = source.text.replace(MIXED_SCRIPT_WORD, (word: string) => {
    if (/^[A-Za-z]*$/.test(word)) return word;
    const latin = [...word].map(toLatinLetter).join("");
    return latin.length === word.length && MESSENGER_WORDS.has(latin.toLowerCase()) ? latin : word;
  });
  const unmixed: NormalizedText = mixed === source.text ? source : { ...source, text: mixed };
  return rewriteNormalized(unmixed, SPELLED_OUT_WORD, (match) => {
    const word = [...match[0].split(match[1] ?? " ").join("")].map(toLatinLetter).join("");
    return MESSENGER_WORDS.has(word.toLowerCase()) ? word : undefined;
  });
}

/** {@link normalizeForDetection} followed by the reveal passes for disguised numbers, names and contacts. */
export function prepareForDetection(original: string): NormalizedText {
  const normalized = revealDisguisedMessengerNames(revealDisguisedNumbers(normalizeForDetection(original)));
  return revealSpelledNumbers(revealObfuscatedContacts(normalized));
}
