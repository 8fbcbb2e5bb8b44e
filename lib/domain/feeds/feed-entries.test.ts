import { describe, expect, it } from "vitest";
import { changeSignalKey, guideChangeEntries, reportEntries, type FeedReport } from "./feed-entries";
import { exchangeReportsFeedPath, guideChangesFeedPath, siteReportsFeedPath } from "./feed-paths";

const origin = "https://atlas.example";
const report: FeedReport = {
  id: "rep1",
  createdAt: new Date("2026-02-01T00:00:00Z"),
  exchange: { slug: "kraken", nameEn: "Kraken", nameJa: "クラーケン" },
  outcome: "RESOLVED",
  lockoutCause: "DEVICE_RESET",
  contactChannel: "EMAIL",
  incidentMonth: new Date("2026-01-01T00:00:00Z"),
};
const describeEdit = () => ({ title: "edit", summary: "" });
const describeSignal = () => ({ title: "signal", summary: "" });

describe("reportEntries", () => {
  it("links each report's page in the feed's language and uses that address as its stable id", () => {
    const [entry] = reportEntries([report], { origin, locale: "ja", describe: () => ({ title: "t", summary: "s" }) });
    expect(entry).toEqual({ id: `${origin}/ja/reports/rep1`, url: `${origin}/ja/reports/rep1`, updated: report.createdAt, published: report.createdAt, title: "t", summary: "s" });
  });
});

describe("guideChangeEntries", () => {
  const edits = [
    { id: "e1", kind: "CREATED" as const, at: new Date("2026-01-05T00:00:00Z"), subject: "HELP_PAGE", text: null },
    { id: "e2", kind: "UPDATED" as const, at: new Date("2026-03-05T00:00:00Z"), subject: "PROCESSING_TIME", text: { en: "5 days", ja: "5日" } },
  ];

  it("lists the official edits and a raised change signal newest first, all linking the guide", () => {
    const changeSignal = { items: [{ code: "selfie", difference: 0.4 }], computedAt: new Date("2026-02-01T00:00:00Z") };
    const entries = guideChangeEntries({ slug: "kraken", edits, changeSignal }, { origin, locale: "en", describeEdit, describeSignal });
    expect(entries.map((entry) => entry.id)).toEqual([
      `${origin}/en/exchanges/kraken#official-edit-e2`,
      `${origin}/en/exchanges/kraken#procedure-change-%2Bselfie`,
      `${origin}/en/exchanges/kraken#official-edit-e1`,
    ]);
    expect(new Set(entries.map((entry) => entry.url))).toEqual(new Set([`${origin}/en/exchanges/kraken`]));
  });

  it("has no signal entry while no item moved", () => {
    const entries = guideChangeEntries({ slug: "kraken", edits: [], changeSignal: { items: [], computedAt: new Date() } }, { origin, locale: "en", describeEdit, describeSignal });
    expect(entries).toEqual([]);
  });
});

describe("changeSignalKey", () => {
  it("is the same for the same items in any order and differs when a direction flips", () => {
    const up = changeSignalKey([{ code: "selfie", difference: 0.3 }, { code: "id_card", difference: -0.25 }]);
    expect(up).toBe(changeSignalKey([{ code: "id_card", difference: -0.4 }, { code: "selfie", difference: 0.5 }]));
    expect(up).toBe("-id_card.%2Bselfie");
    expect(up).not.toBe(changeSignalKey([{ code: "selfie", difference: -0.3 }, { code: "id_card", difference: -0.25 }]));
  });
});

describe("feed paths", () => {
  it("end in .atom under the locale, so the proxy serves them as files", () => {
    expect([siteReportsFeedPath("en"), exchangeReportsFeedPath("ja", "bit-flyer"), guideChangesFeedPath("en", "kraken")]).toEqual([
      "/en/feeds/reports.atom",
      "/ja/feeds/exchanges/bit-flyer/reports.atom",
      "/en/feeds/exchanges/kraken/guide.atom",
    ]);
  });
});
