import { describe, expect, it } from "vitest";
import { EMPTY_ANSWERS } from "../domain/prep-kit/draft-message";
import { StoredPrepKitSchema } from "./prep-kit";

describe("StoredPrepKitSchema", () => {
  it("reads back what the kit stored", () => {
    const stored = { answers: { ...EMPTY_ANSWERS, email: "taro@example.com", lockoutCause: "DEVICE_RESET", ready: ["PHONE"], questions: { "zaif-phone": "090" } }, language: "ja" };
    expect(StoredPrepKitSchema.parse(stored)).toEqual(stored);
  });

  it("replaces what does not fit instead of failing", () => {
    const parsed = StoredPrepKitSchema.parse({ answers: { ...EMPTY_ANSWERS, email: 42, lockoutCause: "EXPLODED", ready: "x" }, language: "fr" });
    expect(parsed).toEqual({ answers: EMPTY_ANSWERS, language: null });
  });
});
