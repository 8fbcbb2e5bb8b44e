import { describe, expect, it } from "vitest";
import { createPseudonym, PSEUDONYM_DIGITS_MAX, PSEUDONYM_DIGITS_MIN } from "../domain/pseudonym";
import { DISPLAY_NAME_ERRORS, DisplayNameInputSchema, EMAIL_ERRORS, fieldErrorsOf, SignInInputSchema } from "./account";

function displayNameResult(displayName: unknown) {
  const result = DisplayNameInputSchema.safeParse({ displayName });
  return result.success ? { ok: result.data.displayName } : { error: fieldErrorsOf(result.error, DISPLAY_NAME_ERRORS).displayName };
}

describe("DisplayNameInputSchema", () => {
  it.each([
    ["ab", { ok: "ab" }],
    ["  Kiyoshi   the  patient ", { ok: "Kiyoshi the patient" }],
    ["旅人", { ok: "旅人" }],
    ["Ｋｉｙｏｓｈｉ", { ok: "Kiyoshi" }],
    ["x".repeat(40), { ok: "x".repeat(40) }],
    ["😀".repeat(40), { ok: "😀".repeat(40) }],
    ["", { error: "required" }],
    ["   ", { error: "required" }],
    [null, { error: "required" }],
    [42, { error: "required" }],
    ["a", { error: "tooShort" }],
    [" a ", { error: "tooShort" }],
    ["x".repeat(41), { error: "tooLong" }],
    ["me@example.com", { error: "containsEmail" }],
    ["Write to me: me@example.com", { error: "containsEmail" }],
    ["me＠example．com", { error: "containsEmail" }],
    ["Kiyo\u200bshi", { error: "invalidCharacters" }],
    ["Kiyo\u0007shi", { error: "invalidCharacters" }],
  ])("%j -> %j", (input, expected) => {
    expect(displayNameResult(input)).toEqual(expected);
  });

  it("accepts every pseudonym a new account gets", () => {
    for (const prefix of ["Traveller", "旅人"]) {
      for (const digits of [PSEUDONYM_DIGITS_MIN, PSEUDONYM_DIGITS_MAX]) {
        expect(displayNameResult(createPseudonym(prefix, () => digits))).toHaveProperty("ok");
      }
    }
  });
});

describe("SignInInputSchema", () => {
  it.each([
    [" Someone@Example.COM ", { ok: "someone@example.com" }],
    ["", { error: "required" }],
    [undefined, { error: "required" }],
    ["someone", { error: "invalid" }],
    ["someone@", { error: "invalid" }],
    [`${"a".repeat(250)}@x.jp`, { error: "tooLong" }],
  ])("%j -> %j", (email, expected) => {
    const result = SignInInputSchema.safeParse({ email });
    expect(result.success ? { ok: result.data.email } : { error: fieldErrorsOf(result.error, EMAIL_ERRORS).email }).toEqual(expected);
  });
});
