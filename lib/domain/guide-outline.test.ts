import { describe, expect, it } from "vitest";
import { outlineGuide, splitTips, type OutlineReport } from "./guide-outline";

const now = new Date("2026-01-01T00:00:00Z");

function report(id: string, fields: Partial<OutlineReport> = {}): OutlineReport {
  return {
    id,
    createdAt: new Date("2025-06-01T00:00:00Z"),
    incidentMonth: new Date("2025-05-01T00:00:00Z"),
    requiredItems: [],
    textLanguage: "en",
    votes: { helpful: 0, notHelpful: 0 },
    contactChannel: "WEB_FORM",
    contactPath: "Help → Contact",
    tips: null,
    ...fields,
  };
}

describe("outlineGuide", () => {
  it("says nothing without reports", () => {
    expect(outlineGuide([], { now })).toEqual({ n: 0, requiredItems: [], channels: [], paths: [], tips: [] });
  });

  it("turns one report into a checklist, a contact path and tips", () => {
    const outline = outlineGuide(
      [report("a", { requiredItems: [{ code: "FULL_NAME" }, { code: "USER_ID", note: "Asked later" }], contactChannel: "EMAIL", tips: "First tip\n\n Second tip " })],
      { now },
    );
    expect(outline.n).toBe(1);
    expect(outline.requiredItems.map((item) => [item.code, item.count, item.n])).toEqual([
      ["FULL_NAME", 1, 1],
      ["USER_ID", 1, 1],
    ]);
    expect(outline.requiredItems[1]?.notes).toEqual([{ note: "Asked later", language: "en" }]);
    expect(outline.channels).toEqual([{ value: "EMAIL", count: 1 }]);
    expect(outline.paths).toEqual([{ value: "Help → Contact", count: 1 }]);
    expect(outline.tips).toEqual([{ reportId: "a", incidentMonth: report("a").incidentMonth, tips: ["First tip", "Second tip"] }]);
  });

  it("counts paths written differently as one, shown in the spelling first reported (then in text order)", () => {
    const outline = outlineGuide(
      [report("a", { contactPath: "Chat", contactChannel: "CHAT" }), report("b", { contactPath: "help  →  contact" }), report("c")],
      { now },
    );
    expect(outline.paths).toEqual([
      { value: "Help → Contact", count: 2 },
      { value: "Chat", count: 1 },
    ]);
    expect(outline.channels).toEqual([
      { value: "WEB_FORM", count: 2 },
      { value: "CHAT", count: 1 },
    ]);
  });

  it("on a tie lists the path reported first (the seed's) first, not the best-ranked newest", () => {
    const seed = report("seed", { createdAt: new Date("2017-10-20T00:00:00Z"), contactPath: "Footer → FAQ → web form" });
    const newest = report("new", { createdAt: new Date("2025-12-01T00:00:00Z"), contactPath: "Help → Chat" });
    // Reports come best-ranked first; a new report often ranks above the seed.
    expect(outlineGuide([newest, seed], { now }).paths).toEqual([
      { value: "Footer → FAQ → web form", count: 1 },
      { value: "Help → Chat", count: 1 },
    ]);
  });

  it("keeps the tips of the first reports only", () => {
    const reports = ["a", "b", "c", "d"].map((id) => report(id, { tips: `tip ${id}` }));
    expect(outlineGuide(reports, { now, maxTips: 2 }).tips.map((entry) => entry.reportId)).toEqual(["a", "b"]);
  });

  it("splits tips by line", () => {
    expect(splitTips(null)).toEqual([]);
    expect(splitTips(" a \n\nb")).toEqual(["a", "b"]);
  });
});
