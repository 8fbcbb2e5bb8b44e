import { describe, expect, it } from "vitest";
import { computeGuideStats } from "./guide-stats";
import { deriveReportTimes, type ReportTimes } from "./timeline";
import type { ReportFact, TimelineEventFact, TimelineEventKind } from "./types";

// The four recoveries of October 2017 (the seed reports in prisma/seed/seed-reports.ts). The write-up
// gives durations ("about 2 days", "7 days", "4 more days"), not dates, so the dates below are
// chosen to match them; Kraken's wait for the first reply is not stated and is set to 2 days.

function on(kind: TimelineEventKind, when: string, position: number, language?: string): TimelineEventFact {
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(when);
  return {
    kind,
    occurredAt: new Date(isDay ? `${when}T00:00:00Z` : when),
    precision: isDay ? "DAY" : "MINUTE",
    position,
    language,
  };
}

function seed(overrides: Partial<ReportFact> & Pick<ReportFact, "id" | "timeline" | "createdAt">): ReportFact {
  return {
    outcome: "RESOLVED",
    incidentMonth: new Date("2017-10-01T00:00:00Z"),
    contactChannel: "WEB_FORM",
    contactPath: "",
    inquiryLanguage: "ja",
    replyLanguages: ["ja"],
    textLanguage: "ja",
    requiredItems: [],
    votes: { helpful: 0, notHelpful: 0 },
    ...overrides,
  };
}

const valu = seed({
  id: "valu",
  createdAt: new Date("2017-10-20T00:00:00Z"),
  contactPath: "Footer Contact → FAQ → Contact (top right) → web form",
  requiredItems: [{ code: "full_name" }, { code: "email" }, { code: "user_id" }],
  // Timed to the minute: reply about 2 days later asking for the user ID, answered, 2FA off an
  // hour later.
  timeline: [
    on("CONTACTED", "2017-10-05T21:00:00+09:00", 0, "ja"),
    on("INFO_REQUESTED", "2017-10-07T18:00:00+09:00", 1, "ja"),
    on("INFO_SENT", "2017-10-07T19:00:00+09:00", 2, "ja"),
    on("RESOLVED", "2017-10-07T20:00:00+09:00", 3, "ja"),
  ],
});

const zaif = seed({
  id: "zaif",
  createdAt: new Date("2017-10-21T00:00:00Z"),
  contactPath: "Header Contact → web form",
  requiredItems: [
    { code: "full_name" },
    { code: "name_kana" },
    { code: "address" },
    { code: "registration_date", note: "date of the sign-up confirmation e-mail" },
    { code: "trade_history", note: "one remembered bank transfer: amount and date" },
    { code: "phone" },
  ],
  // Acknowledged at once; silence for 7 days; a follow-up; 4 more days; the FAQ's items sent
  // and 2FA removed the same day. Nobody asked: no round.
  timeline: [
    on("CONTACTED", "2017-10-02", 0, "ja"),
    on("AUTO_ACKNOWLEDGEMENT", "2017-10-02", 1, "ja"),
    on("FOLLOW_UP_SENT", "2017-10-09", 2, "ja"),
    on("INFO_SENT", "2017-10-13", 3, "ja"),
    on("RESOLVED", "2017-10-13", 4, "ja"),
  ],
});

const coincheck = seed({
  id: "coincheck",
  createdAt: new Date("2017-10-22T00:00:00Z"),
  contactPath: "Support article \"device trouble\" → inquiry form",
  requiredItems: [{ code: "email" }, { code: "phone" }, { code: "id_selfie", note: "the form takes no attachment" }],
  // Reply the same day; phone number and ID selfie the next day; removed the day after.
  // The answer is timed (08:30 JST, still the previous day in UTC) to check the JST offset.
  timeline: [
    on("CONTACTED", "2017-10-03", 0, "ja"),
    on("INFO_REQUESTED", "2017-10-03", 1, "ja"),
    on("INFO_SENT", "2017-10-04T08:30:00+09:00", 2, "ja"),
    on("RESOLVED", "2017-10-05", 3, "ja"),
  ],
});

const kraken = seed({
  id: "kraken",
  createdAt: new Date("2017-10-23T00:00:00Z"),
  contactPath: "Help Center → contact form (Other / Cannot log in)",
  replyLanguages: ["en", "ja"],
  requiredItems: [
    { code: "full_name" },
    { code: "date_of_birth" },
    { code: "phone" },
    { code: "address" },
    { code: "government_id", note: "listed both passport and driver's licence" },
    { code: "last_login" },
    { code: "balances", note: "rounded to two significant digits" },
    { code: "deposits_withdrawals" },
    { code: "trade_history" },
    { code: "id_selfie" },
  ],
  // English reply with seven questions, answered; a Japanese reply two days later asking for an
  // ID selfie, sent at once; about a week of silence; 2FA found removed at login (no notice).
  timeline: [
    on("CONTACTED", "2017-10-02", 0, "ja"),
    on("INFO_REQUESTED", "2017-10-04", 1, "en"),
    on("INFO_SENT", "2017-10-04", 2, "en"),
    on("INFO_REQUESTED", "2017-10-06", 3, "ja"),
    on("INFO_SENT", "2017-10-06", 4, "ja"),
    on("RESOLVED_SILENTLY", "2017-10-14", 5),
  ],
});

const NOW = new Date("2017-11-01T00:00:00Z");
const JST = 540;

describe("the four seed recoveries", () => {
  const cases: { report: ReportFact; expected: Omit<ReportTimes, "startedAt"> }[] = [
    {
      report: valu,
      expected: {
        ending: "RESOLVED",
        daysToAutoAcknowledgement: null,
        // 21:00 on the 5th to 18:00 on the 7th = 45 h = 1.875 days
        firstHumanReply: { days: 1.875, observed: true },
        // to 20:00 on the 7th = 47 h = 1.958333 days: "about 2 days"
        resolution: { days: 47 / 24, observed: true },
        daysToRejection: null,
        rounds: 1,
        followUps: 0,
      },
    },
    {
      report: zaif,
      expected: {
        ending: "RESOLVED",
        daysToAutoAcknowledgement: 0,
        // The resolution notice on the 13th was the first message from a person: 11 days.
        firstHumanReply: { days: 11, observed: true },
        resolution: { days: 11, observed: true },
        daysToRejection: null,
        rounds: 0,
        followUps: 1,
      },
    },
    {
      report: coincheck,
      expected: {
        ending: "RESOLVED",
        daysToAutoAcknowledgement: null,
        firstHumanReply: { days: 0, observed: true },
        resolution: { days: 2, observed: true },
        daysToRejection: null,
        rounds: 1,
        followUps: 0,
      },
    },
    {
      report: kraken,
      expected: {
        ending: "RESOLVED_SILENTLY",
        daysToAutoAcknowledgement: null,
        firstHumanReply: { days: 2, observed: true },
        // 10 days after the English answer on the 4th ("more than 9 days"), 12 from contact
        resolution: { days: 12, observed: true },
        daysToRejection: null,
        rounds: 2,
        followUps: 0,
      },
    },
  ];

  it.each(cases)("$report.id", ({ report, expected }) => {
    const { startedAt, ...times } = deriveReportTimes(report.timeline, { now: NOW, outcome: report.outcome, utcOffsetMinutes: JST });
    expect(startedAt).toEqual(report.timeline[0]?.occurredAt);
    expect(times.firstHumanReply?.days).toBeCloseTo(expected.firstHumanReply?.days ?? NaN, 9);
    expect(times.resolution?.days).toBeCloseTo(expected.resolution?.days ?? NaN, 9);
    expect({ ...times, firstHumanReply: times.firstHumanReply?.observed, resolution: times.resolution?.observed }).toEqual({
      ...expected,
      firstHumanReply: expected.firstHumanReply?.observed,
      resolution: expected.resolution?.observed,
    });
  });

  it("shuffled timelines give the same times", () => {
    for (const { report } of cases) {
      const shuffled = [...report.timeline].reverse();
      expect(deriveReportTimes(shuffled, { now: NOW, utcOffsetMinutes: JST })).toEqual(
        deriveReportTimes(report.timeline, { now: NOW, utcOffsetMinutes: JST }),
      );
    }
  });

  const seeds = [valu, zaif, coincheck, kraken];

  it("four reports are below the default minimum: n and range only", () => {
    expect(computeGuideStats(seeds, { now: NOW, utcOffsetMinutes: JST })).toEqual({
      n: 4,
      incidentMonths: { from: new Date("2017-10-01T00:00:00Z"), to: new Date("2017-10-01T00:00:00Z") },
      confidence: "insufficient",
      figures: null,
    });
  });

  it("pooled as one guide with the minimum lowered to 4", () => {
    const figures = computeGuideStats(seeds, { now: NOW, minSample: 4, utcOffsetMinutes: JST }).figures;
    if (figures === null) throw new Error("expected figures");

    // Resolution 47/24, 2, 11, 12, all observed: S = 0.75, 0.5, 0.25, 0.
    expect(figures.resolution.median).toBe(2);
    expect(figures.resolution.firstQuartile).toBeCloseTo(47 / 24, 9);
    expect(figures.resolution.thirdQuartile).toBe(11);
    expect(figures.resolution.sharesByDay.map((s) => s.share)).toEqual([0, 0.5, 0.5, 1, 1]);

    // First human reply 0, 1.875, 2, 11: S = 0.75, 0.5, 0.25, 0.
    expect(figures.firstHumanReply.median).toBe(1.875);
    expect(figures.firstHumanReply.firstQuartile).toBe(0);
    expect(figures.firstHumanReply.thirdQuartile).toBe(2);
    expect(figures.firstHumanReply.sharesByDay.map((s) => s.share)).toEqual([0.25, 0.75, 0.75, 1, 1]);

    // 4 of 4 resolved; Wilson lower bound 4 / (4 + 3.8416) = 0.5101
    expect(figures.resolutionRate?.share).toBe(1);
    expect(figures.resolutionRate?.lower).toBeCloseTo(0.5101, 4);
    expect(figures.mostReportedChannel).toEqual({ value: "WEB_FORM", count: 4, share: 1 });
    // Four different paths, one report each: the first reported (VALU) leads, the others are tied.
    expect(figures.mostCommonContactPath?.value).toBe("Footer Contact → FAQ → Contact (top right) → web form");
    expect(figures.mostCommonContactPath?.tiedWith).toHaveLength(3);
    // Only Kraken replied in another language than the Japanese inquiry.
    expect(figures.replyInOtherLanguage?.count).toBe(1);
    expect(figures.replyInOtherLanguage?.n).toBe(4);

    // Same month and no votes: equal weights, so shares are raw shares.
    expect(figures.requiredItems.slice(0, 6).map((item) => [item.code, item.count])).toEqual([
      ["full_name", 3],
      ["phone", 3],
      ["address", 2],
      ["email", 2],
      ["id_selfie", 2],
      ["trade_history", 2],
    ]);
    expect(figures.requiredItems[0]?.share).toBeCloseTo(0.75, 12);
    expect(figures.requiredItems.find((item) => item.code === "trade_history")?.notes).toEqual([
      { note: "one remembered bank transfer: amount and date", language: "ja" },
    ]);
    expect(figures.procedureChange.comparable).toBe(false);
  });
});
