import { describe, expect, it } from "vitest";
import { summarizeOfficialEdit } from "./official-fact-history";

const fact = { id: "f1", kind: "PROCESSING_TIME", position: 0, textEn: "48-72 hours", textJa: "48〜72時間", sourceUrl: "https://example.com/a", checkedOn: "2026-11-01", minHours: 48, maxHours: 72 };

describe("summarizeOfficialEdit", () => {
  it("names the fields an update changed, not the ones it kept", () => {
    const summary = summarizeOfficialEdit({ kind: "UPDATED", before: fact, after: { ...fact, maxHours: 96, textEn: "48-96 hours" } });
    expect(summary).toEqual({ subject: "PROCESSING_TIME", changedFields: ["textEn", "maxHours"], text: { en: "48-96 hours", ja: "48〜72時間" } });
  });

  it("shows a deleted fact's text from before the deletion", () => {
    expect(summarizeOfficialEdit({ kind: "DELETED", before: fact, after: null })).toEqual({ subject: "PROCESSING_TIME", changedFields: [], text: { en: "48-72 hours", ja: "48〜72時間" } });
  });

  it("reads a creation as a list of no changed fields", () => {
    expect(summarizeOfficialEdit({ kind: "CREATED", before: null, after: fact }).changedFields).toEqual([]);
  });

  it("reads the procedure record, which has no fact kind, as the procedure", () => {
    const summary = summarizeOfficialEdit({ kind: "UPDATED", before: { recoveryPageFound: false, checkedOn: "2026-01-01" }, after: { recoveryPageFound: true, checkedOn: "2026-11-01" } });
    expect(summary).toEqual({ subject: "PROCEDURE", changedFields: ["recoveryPageFound", "checkedOn"], text: null });
  });
});
