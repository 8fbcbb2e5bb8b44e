import { describe, expect, it } from "vitest";
import { firstValue } from "./search-params";

describe("firstValue", () => {
  it("reads a single value, the first of a repeated one, and nothing as undefined", () => {
    expect(firstValue("2")).toBe("2");
    expect(firstValue(["2", "3"])).toBe("2");
    expect(firstValue([])).toBeUndefined();
    expect(firstValue(undefined)).toBeUndefined();
  });
});
