import { describe, expect, it } from "vitest";
import { CaseEventInputSchema, CaseOpenSchema, CaseRemindersSchema, CaseStatusSchema } from "./case";

describe("case schemas", () => {
  it("opens a case with an optional ticket reference and notes, trimmed", () => {
    const parsed = CaseOpenSchema.parse({ exchangeSlug: "zaif", lockoutCause: "DEVICE_RESET", contactChannel: "EMAIL", inquiryLanguage: "ja", ticketReference: " ZF-1 ", notes: "" });
    expect(parsed).toEqual({ exchangeSlug: "zaif", lockoutCause: "DEVICE_RESET", contactChannel: "EMAIL", inquiryLanguage: "ja", ticketReference: "ZF-1", notes: undefined });
  });

  it("names each missing or wrong field with the report form's keys", () => {
    const result = CaseOpenSchema.safeParse({ exchangeSlug: "", lockoutCause: "NOPE", inquiryLanguage: "Japanese", ticketReference: "x".repeat(101) });
    expect(result.success).toBe(false);
    const keys = Object.fromEntries((result.error?.issues ?? []).toReversed().map((issue) => [issue.path.join("."), issue.message]));
    expect(keys).toMatchObject({
      exchangeSlug: "reportForm.errors.required",
      lockoutCause: "reportForm.errors.invalidChoice",
      contactChannel: "reportForm.errors.required",
      inquiryLanguage: "reportForm.errors.invalidLanguage",
      ticketReference: "reportForm.errors.tooLong",
    });
  });

  it("reads an event as a report's timeline does, without a translation", () => {
    expect(CaseEventInputSchema.parse({ kind: "CONTACTED", day: "2026-03-01", time: "", note: " hi ", noteTranslation: "x" })).toEqual({ kind: "CONTACTED", day: "2026-03-01", note: "hi" });
    expect(CaseEventInputSchema.safeParse({ kind: "CONTACTED", day: "2999-01-01" }).error?.issues[0]?.message).toBe("reportForm.errors.futureDay");
  });

  it("takes the statuses and a reminder checkbox", () => {
    expect(CaseStatusSchema.parse({ status: "GAVE_UP" })).toEqual({ status: "GAVE_UP" });
    expect(CaseStatusSchema.safeParse({ status: "PUBLISHED" }).success).toBe(false);
    expect(CaseRemindersSchema.parse({ remindersEnabled: "on" })).toEqual({ remindersEnabled: true });
    expect(CaseRemindersSchema.parse({})).toEqual({ remindersEnabled: false });
  });
});
