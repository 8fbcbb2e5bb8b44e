// Phone numbers: Japanese, North American, and any "+" international number.

import type { TextSpan } from "../text/offset-text";
import { isTicketNumber, maskDates } from "./context";

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
