// Normalisation shared by the personal-data and scam-contact detectors. People who want a
// number or an address to slip past a filter write it in full-width digits, with emoji, dots or
// katakana marks between the digits, or spelled with kanji; the detectors scan one canonical
// form instead of trying every disguise. Every character of the canonical form remembers where
// it came from, so a match can be highlighted or redacted in the text the author wrote.

import {
  COMBINING,
  DASH_LOOKALIKE,
  DINGBAT_DIGIT_RANGES,
  DOT_BETWEEN_ASCII,
  INVISIBLE,
  KANJI_DIGITS,
  LONG_VOWEL_MARK,
  NEGATIVE_CIRCLED_ZERO,
  SYMBOL_OR_EMOJI,
  isAsciiAlphanumeric,
  isAsciiDigit,
} from "./text/character-tables";
import type { NormalizedText } from "./text/offset-text";
import { revealObfuscatedContacts } from "./text/reveal-contacts";
import { revealDisguisedMessengerNames } from "./text/reveal-messenger-names";
import { revealDisguisedNumbers, revealSpelledNumbers } from "./text/reveal-numbers";

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

/** {@link normalizeForDetection} followed by the reveal passes for disguised numbers, names and contacts. */
export function prepareForDetection(original: string): NormalizedText {
  const normalized = revealDisguisedMessengerNames(revealDisguisedNumbers(normalizeForDetection(original)));
  return revealSpelledNumbers(revealObfuscatedContacts(normalized));
}
