import { describe, expect, it } from "vitest";
import { parseForm } from "./parse-form";
import { keepTickedItems, ReportFormSchema } from "./report-form";

describe("keepTickedItems", () => {
  it("keeps the rows whose checkbox was ticked, in the order posted", () => {
    const posted = { summary: "x", requiredItems: [{ note: "" }, { code: "PASSPORT", note: "front" }, undefined, { code: "", note: "" }, { code: "OTHER", note: "bank letter" }] };
    expect(keepTickedItems(posted)).toEqual({ summary: "x", requiredItems: [{ code: "PASSPORT", note: "front" }, { code: "OTHER", note: "bank letter" }] });
  });

  it("leaves a payload without rows as it is", () => {
    expect(keepTickedItems({ summary: "x" })).toEqual({ summary: "x" });
    expect(keepTickedItems(null)).toBeNull();
    expect(keepTickedItems({ requiredItems: "PASSPORT" })).toEqual({ requiredItems: "PASSPORT" });
  });
});

describe("ReportFormSchema as parsed from a posted form", () => {
  it("puts a ticked item's error at its place among the ticked items", () => {
    const form = new FormData();
    form.append("requiredItems[0].note", "");
    form.append("requiredItems[4].code", "OTHER");
    form.append("requiredItems[4].note", "");
    const submission = parseForm(form, ReportFormSchema);
    expect(submission.status).toBe("error");
    const errors = submission.status === "error" ? (submission.error ?? {}) : {};
    expect(errors["requiredItems[0].note"]).toEqual({ key: "reportForm.errors.otherItemNeedsNote" });
    expect(errors["requiredItems[4].note"]).toBeUndefined();
    // Unticked languages post nothing: an empty list, not a missing field.
    expect(errors.replyLanguages).toBeUndefined();
    expect(errors.contactPath).toEqual({ key: "reportForm.errors.required" });
  });
});
