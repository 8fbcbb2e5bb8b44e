import { describe, expect, it } from "vitest";
import { kaplanMeier } from "../stats/kaplan-meier";
import type { TimelineEventFact, TimelineEventKind } from "../stats/types";
import { caseStanding, FALLBACK_FOLLOW_UP_DAYS, followUpDue, followUpThreshold, type CaseGuideFigures } from "./case-standing";

const NOW = new Date("2026-03-10T12:00:00Z");
const event = (kind: TimelineEventKind, day: string, position = 0): TimelineEventFact => ({ kind, occurredAt: new Date(`${day}T00:00:00Z`), precision: "DAY", position });

// Five cases with a first human reply on days 2, 4, 6, 8 and 10: 40% by day 6, third quartile 8.
const replyCurve = kaplanMeier([2, 4, 6, 8, 10].map((days) => ({ days, observed: true })));
const resolutionCurve = kaplanMeier([5, 10, 15, 20, 25].map((days) => ({ days, observed: true })));
const figures: CaseGuideFigures = {
  firstHumanReply: { n: 5, median: 6, thirdQuartile: 8, curve: replyCurve },
  resolution: { n: 5, median: 15, thirdQuartile: 20, curve: resolutionCurve },
};

describe("caseStanding", () => {
  it("counts the days since contact and compares them with the guide's first human replies", () => {
    const standing = caseStanding({ events: [event("CONTACTED", "2026-03-04"), event("AUTO_ACKNOWLEDGEMENT", "2026-03-04", 1)], status: "OPEN", figures, now: NOW });
    expect(standing.phase).toBe("awaitingHumanReply");
    expect(standing.day).toBe(6);
    expect(standing.comparison).toEqual({ milestone: "humanReply", share: expect.closeTo(0.6, 9), n: 5 });
    expect(standing.nextMilestone).toEqual({ milestone: "humanReply", medianDay: 6 });
  });

  it("after a human reply, compares with the guide's resolutions", () => {
    const standing = caseStanding({ events: [event("CONTACTED", "2026-03-01"), event("HUMAN_REPLY", "2026-03-03")], status: "OPEN", figures, now: NOW });
    expect(standing.phase).toBe("awaitingResolution");
    expect(standing.day).toBe(9);
    expect(standing.comparison).toEqual({ milestone: "resolution", share: expect.closeTo(0.2, 9), n: 5 });
    expect(standing.nextMilestone).toEqual({ milestone: "resolution", medianDay: 15 });
  });

  it("has nothing to compare without events, with a guide too small, or once closed", () => {
    expect(caseStanding({ events: [], status: "OPEN", figures, now: NOW })).toMatchObject({ phase: "notStarted", day: 0, comparison: null, followUp: null });
    const small = caseStanding({ events: [event("CONTACTED", "2026-03-04")], status: "OPEN", figures: null, now: NOW });
    expect(small).toMatchObject({ phase: "awaitingHumanReply", comparison: null, nextMilestone: null });
    expect(small.followUp?.basis).toBe("fallback");
    expect(caseStanding({ events: [event("CONTACTED", "2026-03-04")], status: "RESOLVED", figures, now: NOW })).toMatchObject({ phase: "closed", comparison: null, followUp: null });
    expect(caseStanding({ events: [event("CONTACTED", "2026-03-04"), event("RESOLVED", "2026-03-06")], status: "OPEN", figures, now: NOW }).phase).toBe("closed");
  });

  it("says nothing of a share beyond the guide's longest case", () => {
    const standing = caseStanding({ events: [event("CONTACTED", "2026-01-01")], status: "OPEN", figures, now: NOW });
    expect(standing.comparison).toEqual({ milestone: "humanReply", share: 1, n: 5 });
    const open = { ...figures, firstHumanReply: { ...figures.firstHumanReply, curve: kaplanMeier([{ days: 3, observed: false }]) } } as CaseGuideFigures;
    expect(caseStanding({ events: [event("CONTACTED", "2026-03-01")], status: "OPEN", figures: open, now: NOW }).comparison).toBeNull();
  });
});

describe("followUpThreshold", () => {
  it("is the day after the guide's third quartile of time to a first human reply", () => {
    expect(followUpThreshold(figures)).toEqual({ thresholdDays: 9, basis: "guide" });
    const fractional = { ...figures, firstHumanReply: { ...figures.firstHumanReply, thirdQuartile: 2.4 } } as CaseGuideFigures;
    expect(followUpThreshold(fractional)).toEqual({ thresholdDays: 3, basis: "guide" });
  });

  it("falls back to a week without figures or a third quartile", () => {
    expect(followUpThreshold(null)).toEqual({ thresholdDays: FALLBACK_FOLLOW_UP_DAYS, basis: "fallback" });
    const notReached = { ...figures, firstHumanReply: { ...figures.firstHumanReply, thirdQuartile: null } } as CaseGuideFigures;
    expect(followUpThreshold(notReached).basis).toBe("fallback");
  });
});

describe("followUpDue", () => {
  it("runs from the first contact, not from an automatic acknowledgement", () => {
    const due = followUpDue([event("CONTACTED", "2026-03-01"), event("AUTO_ACKNOWLEDGEMENT", "2026-03-02")], "OPEN", figures, NOW);
    expect(due).toEqual({ dueDay: "2026-03-10", dueAt: new Date("2026-03-10T00:00:00Z"), isDue: true, thresholdDays: 9, basis: "guide" });
  });

  it("is not due yet before the threshold", () => {
    expect(followUpDue([event("CONTACTED", "2026-03-05")], "OPEN", figures, NOW)).toMatchObject({ dueDay: "2026-03-14", isDue: false });
  });

  it("starts again from the owner's follow-up or information sent, and from support's last reply", () => {
    expect(followUpDue([event("CONTACTED", "2026-02-01"), event("FOLLOW_UP_SENT", "2026-03-05")], "OPEN", null, NOW)?.dueDay).toBe("2026-03-12");
    expect(followUpDue([event("CONTACTED", "2026-02-01"), event("INFO_REQUESTED", "2026-02-03"), event("INFO_SENT", "2026-03-08")], "OPEN", null, NOW)?.dueDay).toBe("2026-03-15");
    expect(followUpDue([event("CONTACTED", "2026-02-01"), event("HUMAN_REPLY", "2026-03-09")], "OPEN", null, NOW)?.dueDay).toBe("2026-03-16");
  });

  it("is never due while support waits for the owner, or once the case is closed", () => {
    expect(followUpDue([event("CONTACTED", "2026-02-01"), event("INFO_REQUESTED", "2026-02-03")], "OPEN", figures, NOW)).toBeNull();
    expect(followUpDue([event("CONTACTED", "2026-02-01"), event("REJECTED", "2026-02-03")], "OPEN", figures, NOW)).toBeNull();
    for (const status of ["RESOLVED", "REJECTED", "GAVE_UP"] as const) expect(followUpDue([event("CONTACTED", "2026-02-01")], status, figures, NOW)).toBeNull();
    expect(followUpDue([], "OPEN", figures, NOW)).toBeNull();
  });
});
