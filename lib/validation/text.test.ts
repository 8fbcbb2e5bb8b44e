import fc from "fast-check";
import { describe, expect, it } from "vitest";
import enModeration from "../../messages/en/moderation.json";
import enReportForm from "../../messages/en/reportForm.json";
import { DisplayNameInputSchema, SignInInputSchema } from "./account";
import { FlagInputSchema } from "./flag";
import { GuideVersionQuerySchema } from "./guide";
import { ModerationDecisionSchema } from "./moderation";
import { toFieldErrorKeys } from "./field-errors";
import { ReportInputSchema, type ReportInputDraft } from "./report";
import { errorKey } from "./report-vocabulary";
import { ReportUpdateInputSchema } from "./report-update";
import { hasControlCharacters, isExchangeSlug, isRecordId } from "./text";
import { VoteInputSchema } from "./vote";

// Every text field and id refuses what PostgreSQL cannot store or no person types, with a field
// error; and no schema throws, whatever arrives.

const CONTROL = fc.constantFrom("\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u001b", "\u007f", "\u0085", "\u009f", "\ud800", "\udfff");

describe("hasControlCharacters", () => {
  it("finds a control character anywhere in any text", () => {
    fc.assert(
      fc.property(fc.string(), CONTROL, fc.string(), (before, control, after) => {
        expect(hasControlCharacters(`${before}${control}${after}`)).toBe(true);
      }),
    );
  });

  it("accepts text people write: any script, emoji, line breaks and tabs", () => {
    const printable = fc.string({ unit: "grapheme" }).filter((text) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(text));
    fc.assert(
      fc.property(printable, (text) => {
        expect(hasControlCharacters(text)).toBe(false);
      }),
    );
    expect(hasControlCharacters("旅人\r\n\t😀 Ｋｒａｋｅｎ")).toBe(false);
    expect(hasControlCharacters("one\nline", { multiline: false })).toBe(true);
  });
});

describe("ids and slugs", () => {
  it.each(["seed-report-kraken", "clxyz0123456789abcdefghij", "A_b-9"])("%s is a record id", (id) => expect(isRecordId(id)).toBe(true));
  it.each(["", "a\u0000b", "%00", "../x", "a b", "x".repeat(65), "旅人", null, 1])("%j is not", (id) => expect(isRecordId(id)).toBe(false));
  it("slugs follow the catalogue's form", () => {
    expect(isExchangeSlug("kraken")).toBe(true);
    for (const slug of ["", "\u0000", "Kraken", "-x", "a".repeat(65), "a/b"]) expect(isExchangeSlug(slug)).toBe(false);
  });
});

function validReport(): ReportInputDraft {
  return {
    exchangeSlug: "zaif",
    incidentMonth: "2025-01",
    lockoutCause: "DEVICE_RESET",
    lockoutDetail: "",
    hadBackupCodes: "no",
    verificationLevel: "",
    contactChannel: "WEB_FORM",
    contactPath: "Header → Contact → web form",
    inquiryLanguage: "ja",
    replyLanguages: ["ja"],
    textLanguage: "en",
    outcome: "RESOLVED",
    summary: "",
    tips: "",
    events: [
      { kind: "CONTACTED", day: "2025-01-05", time: "", note: "" },
      { kind: "RESOLVED", day: "2025-01-08", time: "09:30", note: "Done" },
    ],
    requiredItems: [{ code: "FULL_NAME", note: "" }],
    idempotencyKey: "2f1c0a8e-5b7d-4c3e-9f6a-1d2e3f4a5b6c",
  };
}

function catalogueHas(catalogue: unknown, key: string): boolean {
  let node: unknown = catalogue;
  for (const part of key.split(".")) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string";
}

describe("text fields refuse control characters with a field error", () => {
  const textFields: [string, (report: ReportInputDraft, text: string) => unknown][] = [
    ["contactPath", (report, text) => ({ ...report, contactPath: text })],
    ["lockoutDetail", (report, text) => ({ ...report, lockoutDetail: text })],
    ["verificationLevel", (report, text) => ({ ...report, verificationLevel: text })],
    ["summary", (report, text) => ({ ...report, summary: text })],
    ["tips", (report, text) => ({ ...report, tips: text })],
    ["events.1.note", (report, text) => ({ ...report, events: [report.events[0], { ...report.events[1], note: text }] })],
    ["requiredItems.0.note", (report, text) => ({ ...report, requiredItems: [{ code: "FULL_NAME", note: text }] })],
  ];

  it.each(textFields)("%s", (field, change) => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), CONTROL, fc.string({ maxLength: 20 }), (before, control, after) => {
        const result = ReportInputSchema.safeParse(change(validReport(), `x${before}${control}${after}y`));
        expect(result.success).toBe(false);
        if (!result.success) expect(toFieldErrorKeys(result.error.issues)[field]?.key).toBe(errorKey.invalidCharacters);
      }),
      { numRuns: 30 },
    );
  });

  it("the flag's details and the moderator's reason", () => {
    const flag = FlagInputSchema.safeParse({ reason: "OTHER", details: "spam\u0000" });
    expect(flag.success ? null : flag.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["details", "detailsInvalidCharacters"]]);
    expect(ModerationDecisionSchema.safeParse({ intent: "hide", reportId: "x", reason: "a\u0000" }).success).toBe(false);
    expect(ModerationDecisionSchema.safeParse({ intent: "hide", reportId: "x\u0000", reason: "" }).success).toBe(false);
    expect(VoteInputSchema.safeParse({ reportId: "x\u0000", value: "HELPFUL" }).success).toBe(false);
  });
});

describe("no schema throws, and every report error is a catalogue key", () => {
  const anyInput = fc.oneof(fc.anything(), fc.jsonValue(), fc.dictionary(fc.constantFrom(...Object.keys(validReport())), fc.oneof(fc.string(), fc.jsonValue())));
  const schemas = { ReportInputSchema, ReportUpdateInputSchema, FlagInputSchema, ModerationDecisionSchema, VoteInputSchema, GuideVersionQuerySchema, DisplayNameInputSchema, SignInInputSchema };

  it.each(Object.entries(schemas))("%s.safeParse", (_name, schema) => {
    fc.assert(
      fc.property(anyInput, (input) => {
        schema.safeParse(input);
      }),
      { numRuns: 300 },
    );
  });

  it("report errors", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = ReportInputSchema.safeParse(input);
        if (result.success) return;
        for (const error of Object.values(toFieldErrorKeys(result.error.issues))) expect(catalogueHas(enReportForm, error.key), error.key).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("flag errors", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = FlagInputSchema.safeParse(input);
        if (result.success) return;
        for (const issue of result.error.issues) {
          if (issue.path.length > 0) expect(catalogueHas(enModeration, `moderation.flag.errors.${issue.message}`), issue.message).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
