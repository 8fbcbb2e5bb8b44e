import { describe, expect, it } from "vitest";
import { ReminderUnsubscribeSchema } from "./reminder-unsubscribe";

describe("ReminderUnsubscribeSchema", () => {
  it("accepts a cuid token, trimmed", () => {
    expect(ReminderUnsubscribeSchema.parse({ token: " cmiq3x1y20000abcd1234efgh " })).toEqual({ token: "cmiq3x1y20000abcd1234efgh" });
  });
  it.each([[""], ["short"], ["has spaces inside the token"], ["UPPERCASEUPPERCASEUPPERCASE"], ["x".repeat(41)], [undefined], [42]])("refuses %s", (token) => {
    expect(ReminderUnsubscribeSchema.safeParse({ token }).success).toBe(false);
  });
});
