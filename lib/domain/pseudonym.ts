// New accounts get a public name that says nothing about the person: a word in the language they
// signed up in and four random digits ("Traveller-4821", "旅人-4821"). It is stored once, never
// derived from the e-mail address, and the owner can change it on the account page.

export const PSEUDONYM_DIGITS_MIN = 1000;
export const PSEUDONYM_DIGITS_MAX = 9999;

/** `randomInt(min, max)` returns an integer in [min, max]; tests pass a fixed one. */
export function createPseudonym(prefix: string, randomInt: (min: number, max: number) => number): string {
  const digits = randomInt(PSEUDONYM_DIGITS_MIN, PSEUDONYM_DIGITS_MAX);
  if (!Number.isInteger(digits) || digits < PSEUDONYM_DIGITS_MIN || digits > PSEUDONYM_DIGITS_MAX) {
    throw new RangeError(`Pseudonym digits out of range: ${digits}`);
  }
  return `${prefix.trim()}-${digits}`;
}
