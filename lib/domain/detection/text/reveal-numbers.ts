// Reads numbers written to slip past a filter: spelled out in English words, or typed with
// lookalike letters and unusual separators. Passes of ./normalize's prepareForDetection.

import { DIGIT_WORDS, LETTERS_FOR_DIGITS } from "./character-tables";
import { rewriteNormalized, type NormalizedText } from "./offset-text";

const DIGIT_WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine)";
// Seven or more digit words in a row ("zero nine zero one two ...") only ever spell a number.
const SPELLED_NUMBER = new RegExp(String.raw`\b${DIGIT_WORD}(?:[ ,-]{1,3}${DIGIT_WORD}){6,20}\b`, "gi");

export function revealSpelledNumbers(source: NormalizedText): NormalizedText {
  return rewriteNormalized(source, SPELLED_NUMBER, (match) =>
    match[0]
      .toLowerCase()
      .split(/[ ,-]+/)
      .map((word) => DIGIT_WORDS[word] ?? "")
      .join(""),
  );
}

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
