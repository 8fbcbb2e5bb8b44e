import { describe, expect, it } from "vitest";
import {
  compareExchanges,
  computeGuideStats,
  confidenceLabel,
  type GuideFigures,
  type GuideStats,
  type TimeToEventSummary,
} from "./guide-stats";
import type { ReportFact, TimelineEventFact, TimelineEventKind } from "./types";
import { toProportion } from "./wilson";

const NOW = new Date("2024-04-01T00:00:00Z");

function day(kind: TimelineEventKind, date: string, position: number, language?: string): TimelineEventFact {
  return { kind, occurredAt: new Date(`${date}T00:00:00Z`), precision: "DAY", position, language };
}

function report(overrides: Partial<ReportFact> & Pick<ReportFact, "id" | "timeline">): ReportFact {
  return {
    outcome: "RESOLVED",
    createdAt: new Date("2024-03-20T00:00:00Z"),
    incidentMonth: new Date("2024-03-01T00:00:00Z"),
    contactChannel: "WEB_FORM",
    contactPath: "Help → Contact",
    inquiryLanguage: "ja",
    replyLanguages: ["ja"],
    textLanguage: "ja",
    requiredItems: [],
    votes: { helpful: 0, notHelpful: 0 },
    ...overrides,
  };
}

describe("confidenceLabel", () => {
  it.each([
    [0, "insufficient"],
    [4, "insufficient"],
    [5, "low"],
    [14, "low"],
    [15, "medium"],
    [49, "medium"],
    [50, "high"],
    [500, "high"],
  ] as const)("%i reports: %s", (n, label) => {
    expect(confidenceLabel(n)).toBe(label);
  });
});

describe("computeGuideStats", () => {
  // Five cases, all contacted in March 2024, now = 2024-04-01:
  // r1 reply 1 / resolved 3; r2 reply 3 / resolved 7; r3 open since 03-10 (22 days, censored);
  // r4 reply 2, rejected 03-06 (resolution censored at now: 31 days); r5 gave up at 03-08 (7).
  const reports: ReportFact[] = [
    report({
      id: "r1",
      timeline: [
        day("CONTACTED", "2024-03-01", 0),
        day("HUMAN_REPLY", "2024-03-02", 1),
        day("INFO_SENT", "2024-03-02", 2),
        day("RESOLVED", "2024-03-04", 3),
      ],
      requiredItems: [{ code: "email" }],
    }),
    report({
      id: "r2",
      createdAt: new Date("2024-02-15T00:00:00Z"),
      contactChannel: "EMAIL",
      contactPath: "  help   → CONTACT ",
      replyLanguages: ["en-US"],
      timeline: [
        day("CONTACTED", "2024-03-01", 0),
        day("INFO_REQUESTED", "2024-03-04", 1),
        day("INFO_SENT", "2024-03-05", 2),
        day("RESOLVED", "2024-03-08", 3),
      ],
      requiredItems: [{ code: "email" }, { code: "id_selfie" }],
    }),
    report({
      id: "r3",
      outcome: "STILL_WAITING",
      createdAt: new Date("2024-03-25T00:00:00Z"),
      contactPath: "FAQ → Form",
      replyLanguages: [],
      timeline: [day("CONTACTED", "2024-03-10", 0)],
    }),
    report({
      id: "r4",
      outcome: "REJECTED",
      incidentMonth: new Date("2024-02-01T00:00:00Z"),
      contactPath: "faq → form",
      timeline: [day("CONTACTED", "2024-03-01", 0), day("HUMAN_REPLY", "2024-03-03", 1), day("REJECTED", "2024-03-06", 2, "en")],
      requiredItems: [{ code: "email" }],
    }),
    report({
      id: "r5",
      outcome: "GAVE_UP",
      contactChannel: "CHAT",
      contactPath: "Chat widget",
      replyLanguages: [],
      timeline: [day("CONTACTED", "2024-03-01", 0), day("FOLLOW_UP_SENT", "2024-03-08", 1)],
    }),
  ];

  function figuresOf(stats: GuideStats): GuideFigures {
    if (stats.figures === null) throw new Error("expected figures");
    return stats.figures;
  }

  function expectSummary(actual: TimeToEventSummary, expected: Omit<TimeToEventSummary, "curve" | "sharesByDay"> & { shares: (number | null)[] }) {
    const { shares, ...rest } = expected;
    expect({
      n: actual.n,
      events: actual.events,
      censored: actual.censored,
      median: actual.median,
      firstQuartile: actual.firstQuartile,
      thirdQuartile: actual.thirdQuartile,
    }).toEqual(rest);
    expect(actual.sharesByDay.map((entry) => entry.day)).toEqual([1, 3, 7, 14, 30]);
    actual.sharesByDay.forEach((entry, index) => {
      const share = shares[index];
      if (share === null || share === undefined) expect(entry.share).toBeNull();
      else expect(entry.share).toBeCloseTo(share, 9);
    });
  }

  it("counts and date range", () => {
    const stats = computeGuideStats(reports, { now: NOW });
    expect(stats.n).toBe(5);
    expect(stats.confidence).toBe("low");
    expect(stats.incidentMonths).toEqual({ from: new Date("2024-02-01T00:00:00Z"), to: new Date("2024-03-01T00:00:00Z") });
  });

  it("time to resolution keeps open, rejected and given-up cases as censored", () => {
    // 3, 7, 7*, 22*, 31*: S(3) = 4/5 = 0.8; S(7) = 0.8 × 3/4 = 0.6 (the censoring at 7 is
    // still at risk); then only censorings. Median not reached; 25% resolved by day 7.
    expectSummary(figuresOf(computeGuideStats(reports, { now: NOW })).resolution, {
      n: 5,
      events: 2,
      censored: 3,
      median: null,
      firstQuartile: 7,
      thirdQuartile: null,
      shares: [0, 0.2, 0.4, 0.4, 0.4],
    });
  });

  it("time to first human reply", () => {
    // 1, 2, 3, 7*, 22*: S = 0.8, 0.6, 0.4; median 3, first quartile 2, third not reached;
    // beyond day 22 (the last follow-up, S = 0.4) the share is unknown.
    expectSummary(figuresOf(computeGuideStats(reports, { now: NOW })).firstHumanReply, {
      n: 5,
      events: 3,
      censored: 2,
      median: 3,
      firstQuartile: 2,
      thirdQuartile: null,
      shares: [0.2, 0.6, 0.6, 0.6, null],
    });
  });

  it("outcomes and the resolution rate among closed cases", () => {
    const figures = figuresOf(computeGuideStats(reports, { now: NOW }));
    expect(figures.outcomes).toEqual({ resolved: 2, rejected: 1, gaveUp: 1, open: 1 });
    // 2 of 4 closed; Wilson 95%: 0.150036 to 0.849964
    expect(figures.resolutionRate?.count).toBe(2);
    expect(figures.resolutionRate?.n).toBe(4);
    expect(figures.resolutionRate?.share).toBe(0.5);
    expect(figures.resolutionRate?.lower).toBeCloseTo(0.150036, 5);
  });

  it("channel, contact path and reply language", () => {
    const figures = figuresOf(computeGuideStats(reports, { now: NOW }));
    expect(figures.mostReportedChannel).toEqual({ value: "WEB_FORM", count: 3, share: 0.6 });
    // "Help → Contact" (r1, r2) and "FAQ → Form" (r3, r4) tie at 2. Help was reported in an earlier
    // month (r2, February; FAQ first in March), so it leads, spelled as r2 spelled it (each spelling
    // has one report, the earlier month wins), and the tie is said.
    expect(figures.mostCommonContactPath).toEqual({ value: "help   → CONTACT", count: 2, share: 0.4, tiedWith: ["FAQ → Form"] });
    // Reports with a reply language: r1 (ja), r2 (en-US), r4 (ja + an "en" rejection) -> 2 of 3
    expect(figures.replyInOtherLanguage).toEqual(toProportion(2, 3));
  });

  it("on a tie keeps the path reported first (the seed's) and names the others", () => {
    const seedReport = report({ id: "seed", createdAt: new Date("2017-10-20T00:00:00Z"), contactPath: "Footer → FAQ → web form", timeline: [day("CONTACTED", "2024-03-01", 0)] });
    const others = ["a", "b", "c", "d"].map((id, index) =>
      report({ id, createdAt: new Date(`2024-03-2${index}T00:00:00Z`), contactPath: index === 3 ? "In-app chat" : "Footer → FAQ → web form", timeline: [day("CONTACTED", "2024-03-01", 0)] }),
    );
    // Seed and a-c: one path (4); d alone: no tie.
    expect(figuresOf(computeGuideStats([seedReport, ...others], { now: NOW })).mostCommonContactPath?.tiedWith).toEqual([]);

    // Seed + newest, 1 each, plus three reports without a path: tied. Before, the newest won.
    const blank = ["x", "y", "z"].map((id) => report({ id, contactPath: " ", timeline: [day("CONTACTED", "2024-03-01", 0)] }));
    const newest = report({ id: "new", createdAt: new Date("2024-03-30T00:00:00Z"), contactPath: "Help → Chat", timeline: [day("CONTACTED", "2024-03-01", 0)] });
    const expected = { value: "Footer → FAQ → web form", count: 1, share: 0.2, tiedWith: ["Help → Chat"] };
    expect(figuresOf(computeGuideStats([seedReport, newest, ...blank], { now: NOW })).mostCommonContactPath).toEqual(expected);
    // Whatever order the reports come in.
    expect(figuresOf(computeGuideStats([...blank, newest, seedReport], { now: NOW })).mostCommonContactPath).toEqual(expected);
  });

  it("leaves a report whose events are out of order out of the waiting times, never as 0 days", () => {
    // r1-r5 plus r6, stored before the form checked the order: resolved the day before its
    // contact. Clamped, it would be a 0-day resolution and a 0-day first reply.
    const r6 = report({ id: "r6", timeline: [day("CONTACTED", "2024-03-05", 0), day("RESOLVED", "2024-03-04", 1, "ja")] });
    const figures = figuresOf(computeGuideStats([...reports, r6], { now: NOW }));
    expect(figures.resolution.n).toBe(5);
    expect(figures.firstHumanReply.n).toBe(5);
    expect(figures.resolution.curve.every((point) => point.time > 0)).toBe(true);
    // Nobody was resolved by day 1 among the measured cases (r1 took 3 days).
    expect(figures.resolution.sharesByDay[0]).toEqual({ day: 1, share: 0 });
    expect(figures.firstHumanReply.sharesByDay[0]?.share).toBeCloseTo(0.2, 9);
    // Its outcome still counts.
    expect(figures.outcomes).toEqual({ resolved: 3, rejected: 1, gaveUp: 1, open: 1 });
  });

  it("passes required items and the procedure signal through", () => {
    const figures = figuresOf(computeGuideStats(reports, { now: NOW }));
    // r1, r2, r4 list items. Weights 0.5^(31/365) for March (r1, r2) and 0.5^(60/365) for
    // February (r4): email is in all three (share 1), id_selfie only in r2.
    expect(figures.requiredItems.map((item) => [item.code, item.count, item.n])).toEqual([
      ["email", 3, 3],
      ["id_selfie", 1, 3],
    ]);
    expect(figures.requiredItems[0]?.share).toBeCloseTo(1, 12);
    const march = 0.5 ** (31 / 365);
    const february = 0.5 ** (60 / 365);
    expect(figures.requiredItems[1]?.share).toBeCloseTo(march / (2 * march + february), 12);
    expect(figures.procedureChange).toEqual({ changed: false, comparable: false, recentN: 3, olderN: 0, items: [] });
  });

  it("below the minimum sample keeps n and the date range but omits every figure", () => {
    const stats = computeGuideStats(reports.slice(0, 3), { now: NOW });
    expect(stats).toEqual({
      n: 3,
      incidentMonths: { from: new Date("2024-03-01T00:00:00Z"), to: new Date("2024-03-01T00:00:00Z") },
      confidence: "insufficient",
      figures: null,
    });
    expect(computeGuideStats(reports, { now: NOW, minSample: 6 }).figures).toBeNull();
  });

  it("no reports", () => {
    expect(computeGuideStats([], { now: NOW, minSample: 0 })).toEqual({
      n: 0,
      incidentMonths: null,
      confidence: "insufficient",
      figures: null,
    });
  });

  it("no closed case: the resolution rate is unknown, not 0", () => {
    const open = [report({ id: "o", outcome: "STILL_WAITING", timeline: [day("CONTACTED", "2024-03-01", 0)] })];
    const figures = figuresOf(computeGuideStats(open, { now: NOW, minSample: 1 }));
    expect(figures.resolutionRate).toBeNull();
    expect(figures.resolution.median).toBeNull();
    expect(figures.replyInOtherLanguage).toEqual(toProportion(0, 1));
  });
});

describe("compareExchanges", () => {
  function summary(median: number | null, resolvedBy7: number | null): TimeToEventSummary {
    return {
      n: 0,
      events: 0,
      censored: 0,
      median,
      firstQuartile: null,
      thirdQuartile: null,
      sharesByDay: [1, 3, 7, 14, 30].map((d) => ({ day: d, share: d === 7 ? resolvedBy7 : null })),
      curve: [],
    };
  }

  function stats(
    n: number,
    figures: { reply?: number | null; resolution?: number | null; by7?: number | null; resolved?: [number, number] } | null,
  ): GuideStats {
    return {
      n,
      incidentMonths: null,
      confidence: confidenceLabel(n),
      figures:
        figures === null
          ? null
          : {
              firstHumanReply: summary(figures.reply ?? null, null),
              resolution: summary(figures.resolution ?? null, figures.by7 ?? null),
              outcomes: { resolved: 0, rejected: 0, gaveUp: 0, open: 0 },
              resolutionRate: figures.resolved ? toProportion(...figures.resolved) : null,
              mostReportedChannel: null,
              mostCommonContactPath: null,
              replyInOtherLanguage: null,
              requiredItems: [],
              procedureChange: { changed: false, comparable: false, recentN: 0, olderN: 0, items: [] },
            },
    };
  }

  const byExchange = {
    zaif: stats(12, { reply: 11, resolution: 11, by7: 0.2, resolved: [10, 12] }),
    valu: stats(8, { reply: 2, resolution: 2, by7: 0.9, resolved: [2, 2] }),
    kraken: stats(30, { reply: 2, resolution: null, by7: 0.1, resolved: [45, 50] }),
    coincheck: stats(20, { reply: 0, resolution: 2, by7: 0.9, resolved: [18, 20] }),
    tiny: stats(3, null),
    small: stats(4, null),
  };

  it("sorts fastest first by default; a median not reached goes last; ties go to more reports", () => {
    const { ranked, belowThreshold } = compareExchanges(byExchange, { sortBy: "medianResolution" });
    expect(ranked.map((row) => [row.rank, row.exchange, row.medianResolutionDays])).toEqual([
      [1, "coincheck", 2],
      [2, "valu", 2],
      [3, "zaif", 11],
      [4, "kraken", null],
    ]);
    expect(belowThreshold.map((row) => [row.exchange, row.n])).toEqual([
      ["small", 4],
      ["tiny", 3],
    ]);
  });

  it("descending still puts the unknown last", () => {
    const { ranked } = compareExchanges(byExchange, { sortBy: "medianResolution", direction: "desc" });
    expect(ranked.map((row) => row.exchange)).toEqual(["zaif", "coincheck", "valu", "kraken"]);
  });

  it("ranks the resolution rate by its Wilson lower bound: 45/50 above 2/2", () => {
    // lower bounds: 45/50 0.786, 18/20 0.699, 10/12 0.552, 2/2 = 2 / 5.8416 = 0.342
    const { ranked } = compareExchanges(byExchange, { sortBy: "resolutionRate" });
    expect(ranked.map((row) => row.exchange)).toEqual(["kraken", "coincheck", "zaif", "valu"]);
  });

  it("other keys", () => {
    expect(compareExchanges(byExchange, { sortBy: "medianFirstHumanReply" }).ranked.map((r) => r.exchange)).toEqual([
      "coincheck",
      "kraken",
      "valu",
      "zaif",
    ]);
    expect(compareExchanges(byExchange, { sortBy: "resolvedBy7Days" }).ranked.map((r) => r.exchange)).toEqual([
      "coincheck",
      "valu",
      "zaif",
      "kraken",
    ]);
    expect(compareExchanges(byExchange, { sortBy: "reports", direction: "asc" }).ranked.map((r) => r.exchange)).toEqual([
      "valu",
      "zaif",
      "coincheck",
      "kraken",
    ]);
  });

  it("nothing to compare", () => {
    expect(compareExchanges({}, { sortBy: "reports" })).toEqual({ ranked: [], belowThreshold: [] });
  });
});

describe("computeGuideStats on a large exchange", () => {
  it("covers the date range of 300,000 reports without overflowing the stack", () => {
    const base = {
      outcome: "STILL_WAITING" as const,
      createdAt: new Date("2026-01-01T00:00:00Z"),
      contactChannel: "WEB_FORM" as const,
      contactPath: "form",
      inquiryLanguage: "ja",
      replyLanguages: [],
      textLanguage: "ja",
      requiredItems: [],
      votes: { helpful: 0, notHelpful: 0 },
      timeline: [],
    };
    const reports = Array.from({ length: 300_000 }, (_, index) => ({
      ...base,
      id: String(index),
      incidentMonth: new Date(Date.UTC(2020 + (index % 5), index % 12, 1)),
    }));
    const stats = computeGuideStats(reports, { now: new Date("2026-06-01T00:00:00Z") });
    expect(stats.incidentMonths).toEqual({ from: new Date("2020-01-01T00:00:00Z"), to: new Date("2024-12-01T00:00:00Z") });
    // About 4 s on an idle two-core machine, over 6 s on a busy one: this checks the stack, not the speed.
  }, 60_000);
});
