import { describe, expect, it } from "vitest";
import { createPseudonym, PSEUDONYM_DIGITS_MAX, PSEUDONYM_DIGITS_MIN } from "./pseudonym";

describe("createPseudonym", () => {
  it.each([
    ["Traveller", PSEUDONYM_DIGITS_MIN, "Traveller-1000"],
    ["旅人", 4821, "旅人-4821"],
    [" Traveller ", PSEUDONYM_DIGITS_MAX, "Traveller-9999"],
  ])("%s with %i gives %s", (prefix, digits, expected) => {
    expect(createPseudonym(prefix, () => digits)).toBe(expected);
  });

  it("asks for four digits", () => {
    const calls: [number, number][] = [];
    createPseudonym("Traveller", (min, max) => {
      calls.push([min, max]);
      return min;
    });
    expect(calls).toEqual([[1000, 9999]]);
  });

  it("refuses a random source that breaks the range", () => {
    expect(() => createPseudonym("Traveller", () => 10_000)).toThrow(RangeError);
    expect(() => createPseudonym("Traveller", () => 12.5)).toThrow(RangeError);
  });

});
