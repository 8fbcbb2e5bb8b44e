import { describe, expect, it } from "vitest";
import { DeleteAccountInputSchema } from "./account-data";
import { parseForm } from "./parse-form";

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
}

describe("DeleteAccountInputSchema, as the form posts it", () => {
  it("accepts a choice with the box ticked", () => {
    const submission = parseForm(form({ reports: "keep", confirmed: "on" }), DeleteAccountInputSchema);
    expect(submission.status).toBe("success");
    expect(submission.status === "success" ? submission.value : null).toEqual({ reports: "keep", confirmed: true });
  });

  it.each([
    [{ confirmed: "on" }, { reports: { key: "chooseReports" } }],
    [{ reports: "delete" }, { confirmed: { key: "confirmRequired" } }],
    [{ reports: "everything", confirmed: "on" }, { reports: { key: "chooseReports" } }],
    [{}, { reports: { key: "chooseReports" }, confirmed: { key: "confirmRequired" } }],
  ])("refuses %j with field errors", (entries, errors) => {
    const submission = parseForm(form(entries), DeleteAccountInputSchema);
    expect(submission.status === "error" ? submission.error : null).toEqual(errors);
  });
});
