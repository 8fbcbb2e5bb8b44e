// Character tables for normalisation: which characters are invisible, which stand for a dash, a
// dot or a digit, and which Cyrillic and Greek letters imitate Latin ones.

// Characters that render as nothing (or as a modifier of the previous character) and are used to
// split a number or a word so that a plain pattern no longer matches it.
export const INVISIBLE =
  /^[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u20E3\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]$/u;
// NFKC keeps these dashes apart from "-"; none of them is a range mark (〜 and ～ stay).
export const DASH_LOOKALIKE = /^[\u2010-\u2015\u2043\u2212\u2E3A\u2E3B\uFE58\uFE63\u2500\u2501\u2796]$/u;
// Dots and long-vowel marks that stand for "." or "-" only between ASCII letters or digits:
// elsewhere they are ordinary Japanese punctuation (サポート, 。) and must stay.
export const DOT_BETWEEN_ASCII = new Set(["・", "。", "·", "•", "∙", "⋅", "‧", "⸱"]);
export const LONG_VOWEL_MARK = "ー";
export const COMBINING = /^[\p{M}\uFF9E\uFF9F]$/u;
export const SYMBOL_OR_EMOJI = /^[\p{Extended_Pictographic}\p{So}\p{Sk}]$/u;
export const KANJI_DIGITS: Readonly<Record<string, string>> = {
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
export const DINGBAT_DIGIT_RANGES: ReadonlyArray<readonly [first: number, last: number]> = [
  [0x2776, 0x277f],
  [0x2780, 0x2789],
  [0x278a, 0x2793],
];
export const NEGATIVE_CIRCLED_ZERO = 0x24ff;

export const isAsciiDigit = (char: string | undefined): boolean => char !== undefined && char >= "0" && char <= "9";
export const isAsciiAlphanumeric = (char: string | undefined): boolean =>
  char !== undefined && /^[A-Za-z0-9]$/.test(char);

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

// Letters that people type for digits to slip a number past a filter: O9O-l234-S678,
// (2l2) 5S5-O1B9. Cyrillic and Greek lookalikes come from the same keyboard tricks.
export const LETTERS_FOR_DIGITS: Readonly<Record<string, string>> = {
  O: "0", o: "0", "\u041E": "0", "\u043E": "0", "\u039F": "0", "\u03BF": "0",
  l: "1", I: "1", "|": "1", "\u0406": "1", "\u0456": "1", "\u0131": "1", "\u0399": "1", "\u04CF": "1",
  Z: "2", z: "2",
  "\u0417": "3", "\u0437": "3", "\u01B7": "3",
  S: "5", s: "5", "\u0405": "5", "\u0455": "5",
  b: "6", "\u0431": "6",
  B: "8", "\u0412": "8",
};

/** Spelled-out digits ("zero nine zero ...") and their values. */
export const DIGIT_WORDS: Readonly<Record<string, string>> = {
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

// Cyrillic and Greek capitals that look Latin, and the Turkish dotless i, on top of LATIN_LOOKALIKES.
const CASED_LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", Х: "X", У: "Y", Ѕ: "S", І: "I", Ј: "J",
  Α: "A", Β: "B", Ε: "E", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Χ: "X", Υ: "Y", Ζ: "Z", ı: "i",
};
export const toLatinLetter = (char: string): string => CASED_LATIN_LOOKALIKES[char] ?? LATIN_LOOKALIKES[char] ?? char;
