import { describe, expect, it } from "vitest";
import { COMPARISON_VIEWS, comparisonViewKey, computeComparisonViews, isInComparisonView, type ComparisonView } from "./comparison-views";
import { compareExchanges, computeGuideStats, rankComparisonRows, toComparisonRow } from "./guide-stats";
import type { ReportFact, TimelineEventFact } from "./types";

const NOW = new Date("2026-11-15T09:00:00Z");

function fact(id: string, incidentMonth: string, inquiryLanguage: string, resolvedAfterDays: number | null): ReportFact {
  const contacted = new Date(`${incidentMonth}-03T00:00:00Z`);
  const timeline: TimelineEventFact[] = [{ kind: "CONTACTED", occurredAt: contacted, precision: "DAY", position: 0 }];
  if (resolvedAfterDays !== null) {
    timeline.push({ kind: "HUMAN_REPLY", occurredAt: new Date(contacted.getTime() + 86_400_000), precision: "DAY", position: 1 });
    timeline.push({ kind: "RESOLVED", occurredAt: new Date(contacted.getTime() + resolvedAfterDays * 86_400_000), precision: "DAY", position: 2 });
  }
  return {
    id,
    outcome: resolvedAfterDays === null ? "STILL_WAITING" : "RESOLVED",
    createdAt: new Date(`${incidentMonth}-20T00:00:00Z`),
    incidentMonth: new Date(`${incidentMonth}-01T00:00:00Z`),
    contactChannel: "EMAIL",
    contactPath: "support@",
    inquiryLanguage,
    replyLanguages: [inquiryLanguage],
    textLanguage: inquiryLanguage,
    requiredItems: [],
    votes: { helpful: 0, notHelpful: 0 },
    timeline,
  };
}

describe("isInComparisonView", () => {
  const view = (period: ComparisonView["period"], inquiryLanguage: ComparisonView["inquiryLanguage"] = "all"): ComparisonView => ({ period, inquiryLanguage });
  it.each([
    // 12 months in November 2026: December 2025 to November 2026.
    ["2025-12", "ja", view("12m"), true],
    ["2025-11", "ja", view("12m"), false],
    ["2026-11", "ja", view("12m"), true],
    // 36 months: December 2023 onwards.
    ["2023-12", "en", view("36m"), true],
    ["2023-11", "en", view("36m"), false],
    ["2017-01", "en", view("all"), true],
    // Languages by primary subtag, case and region ignored.
    ["2026-01", "ja-JP", view("all", "ja"), true],
    ["2026-01", "EN", view("all", "en"), true],
    ["2026-01", "en-GB", view("all", "ja"), false],
    ["2026-01", "ko", view("all", "other"), true],
    ["2026-01", "ja", view("all", "other"), false],
    ["2025-11", "ko", view("12m", "other"), false],
  ] as const)("%s %s in %o: %s", (month, language, inView, expected) => {
    expect(isInComparisonView(fact("r", month, language, 3), inView, NOW)).toBe(expected);
  });
});

describe("computeComparisonViews", () => {
  const reports = [
    ...Array.from({ length: 6 }, (_, index) => fact(`ja-recent-${index}`, "2026-06", "ja", index + 1)),
    ...Array.from({ length: 5 }, (_, index) => fact(`en-old-${index}`, "2022-02", "en", 10 + index)),
    fact("ko-open", "2026-09", "ko", null),
    fact("en-recent-open", "2026-10", "en-US", null),
  ];
  const views = computeComparisonViews(reports, { now: NOW });

  it("has a row for each of the 12 views, equal to the statistics of the matching reports", () => {
    expect(Object.keys(views)).toHaveLength(12);
    for (const view of COMPARISON_VIEWS) {
      const matching = reports.filter((report) => isInComparisonView(report, view, NOW));
      const { exchange: _exchange, ...expected } = toComparisonRow("", computeGuideStats(matching, { now: NOW }));
      expect(views[comparisonViewKey(view)]).toEqual(expected);
    }
  });

  it("counts by hand: 13 in all, 8 in the last 12 months, 6 in Japanese, 1 other", () => {
    expect(views["all.all"].n).toBe(13);
    expect(views["12m.all"].n).toBe(8);
    expect(views["36m.en"].n).toBe(1);
    expect(views["all.ja"]).toMatchObject({ n: 6, ranked: true, medianResolutionDays: 3 });
    expect(views["all.other"]).toMatchObject({ n: 1, ranked: false, medianResolutionDays: null });
  });

  it("reuses the statistics of all reports when given, without changing the result", () => {
    const allReportsStats = computeGuideStats(reports, { now: NOW });
    expect(computeComparisonViews(reports, { now: NOW, allReportsStats })).toEqual(views);
  });
});

describe("rankComparisonRows", () => {
  it("ranks stored rows exactly as compareExchanges ranks the statistics they came from", () => {
    const statsByExchange = {
      alpha: computeGuideStats(Array.from({ length: 6 }, (_, index) => fact(`a${index}`, "2026-06", "ja", 2 + index)), { now: NOW }),
      beta: computeGuideStats(Array.from({ length: 7 }, (_, index) => fact(`b${index}`, "2026-06", "ja", 1 + index)), { now: NOW }),
      gamma: computeGuideStats([fact("g", "2026-06", "ja", 1)], { now: NOW }),
      delta: computeGuideStats(Array.from({ length: 5 }, (_, index) => fact(`d${index}`, "2026-06", "ja", null)), { now: NOW }),
    };
    const rows = Object.entries(statsByExchange).map(([exchange, stats]) => toComparisonRow(exchange, stats));
    for (const sortBy of ["medianFirstHumanReply", "medianResolution", "resolvedBy7Days", "resolutionRate", "reports"] as const) {
      for (const direction of ["asc", "desc", undefined] as const) {
        expect(rankComparisonRows(rows, { sortBy, direction })).toEqual(compareExchanges(statsByExchange, { sortBy, direction }));
      }
    }
    expect(rankComparisonRows(rows, { sortBy: "medianResolution" }).ranked.map((row) => row.exchange)).toEqual(["beta", "alpha", "delta"]);
    expect(rankComparisonRows(rows, { sortBy: "medianResolution" }).belowThreshold.map((row) => row.exchange)).toEqual(["gamma"]);
  });
});
