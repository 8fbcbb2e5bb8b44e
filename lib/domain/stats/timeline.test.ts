import { describe, expect, it } from "vitest";
import { deriveReportTimes, sortTimeline, type ReportTimes } from "./timeline";
import type { Outcome, TimelineEventFact, TimelineEventKind } from "./types";

// "2024-03-01" = a DAY-precision event (stored at 00:00 UTC); a full ISO time = MINUTE precision.
function event(kind: TimelineEventKind, when: string, position = 0, language?: string): TimelineEventFact {
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(when);
  return {
    kind,
    occurredAt: new Date(isDay ? `${when}T00:00:00Z` : when),
    precision: isDay ? "DAY" : "MINUTE",
    position,
    language,
  };
}

// Positions follow the list order unless a test sets them, like the report form would.
function timeline(...events: TimelineEventFact[]): TimelineEventFact[] {
  return events.map((e, index) => ({ ...e, position: e.position || index }));
}

const NOW = new Date("2024-04-01T00:00:00Z");

const none: Omit<ReportTimes, "startedAt" | "ending" | "firstHumanReply" | "resolution"> = {
  daysToAutoAcknowledgement: null,
  daysToRejection: null,
  rounds: 0,
  followUps: 0,
};

describe("deriveReportTimes", () => {
  const cases: {
    name: string;
    events: TimelineEventFact[];
    outcome?: Outcome;
    now?: Date;
    utcOffsetMinutes?: number;
    expected: Partial<ReportTimes>;
  }[] = [
    {
      name: "a reply on the day of contact, both known to the day, is 0 days",
      events: timeline(event("CONTACTED", "2024-03-01"), event("HUMAN_REPLY", "2024-03-01")),
      expected: { firstHumanReply: { days: 0, observed: true } },
    },
    {
      name: "exact times give whole hours, each time counted to its hour",
      events: timeline(
        event("CONTACTED", "2024-03-01T09:50:00Z"),
        event("AUTO_ACKNOWLEDGEMENT", "2024-03-01T10:06:00Z"),
        event("HUMAN_REPLY", "2024-03-02T21:00:00Z"),
        event("RESOLVED", "2024-03-04T09:00:00Z"),
      ),
      expected: {
        startedAt: new Date("2024-03-01T09:50:00Z"),
        ending: "RESOLVED",
        // 16 minutes, across an hour: 1 / 24 day
        daysToAutoAcknowledgement: 1 / 24,
        firstHumanReply: { days: 1.5, observed: true },
        resolution: { days: 3, observed: true },
      },
    },
    {
      name: "times within one hour are 0 apart, and minutes past the hour do not count",
      events: timeline(
        event("CONTACTED", "2024-03-01T09:01:00Z"),
        event("AUTO_ACKNOWLEDGEMENT", "2024-03-01T09:59:00Z"),
        event("HUMAN_REPLY", "2024-03-01T12:59:00Z"),
      ),
      expected: { daysToAutoAcknowledgement: 0, firstHumanReply: { days: 3 / 24, observed: true } },
    },
    {
      name: "a DAY start and a timed end compare by calendar day",
      events: timeline(event("CONTACTED", "2024-03-01"), event("RESOLVED", "2024-03-03T23:00:00Z")),
      expected: { resolution: { days: 2, observed: true }, firstHumanReply: { days: 2, observed: true } },
    },
    {
      name: "input out of order is sorted before measuring",
      events: [
        event("RESOLVED", "2024-03-04T09:00:00Z", 3),
        event("AUTO_ACKNOWLEDGEMENT", "2024-03-01T10:06:00Z", 1),
        event("HUMAN_REPLY", "2024-03-02T21:00:00Z", 2),
        event("CONTACTED", "2024-03-01T09:00:00Z", 0),
      ],
      expected: {
        daysToAutoAcknowledgement: 1 / 24,
        firstHumanReply: { days: 1.5, observed: true },
        resolution: { days: 3, observed: true },
      },
    },
    {
      name: "a DAY event the author placed after a timed contact on the same day stays after it",
      events: [
        event("AUTO_ACKNOWLEDGEMENT", "2024-03-01", 1),
        event("CONTACTED", "2024-03-01T10:00:00Z", 0),
      ],
      expected: { startedAt: new Date("2024-03-01T10:00:00Z"), daysToAutoAcknowledgement: 0 },
    },
    {
      name: "Japanese morning message with the +09:00 offset falls on its local day (one round)",
      events: timeline(
        event("CONTACTED", "2024-03-01"),
        event("INFO_REQUESTED", "2024-03-02"),
        // 2024-03-01T23:30Z: the previous day in UTC
        event("INFO_SENT", "2024-03-02T08:30:00+09:00"),
        event("RESOLVED", "2024-03-03"),
      ),
      utcOffsetMinutes: 540,
      expected: { rounds: 1, firstHumanReply: { days: 1, observed: true }, resolution: { days: 2, observed: true } },
    },
    {
      name: "the same events read in UTC put the answer before the request (no round)",
      events: timeline(
        event("CONTACTED", "2024-03-01"),
        event("INFO_REQUESTED", "2024-03-02"),
        event("INFO_SENT", "2024-03-02T08:30:00+09:00"),
        event("RESOLVED", "2024-03-03"),
      ),
      expected: { rounds: 0 },
    },
    {
      name: "two request-and-answer pairs are two rounds",
      events: timeline(
        event("CONTACTED", "2024-03-01"),
        event("INFO_REQUESTED", "2024-03-02"),
        event("INFO_SENT", "2024-03-02"),
        event("INFO_REQUESTED", "2024-03-04"),
        event("INFO_SENT", "2024-03-04"),
        event("RESOLVED", "2024-03-06"),
      ),
      expected: { rounds: 2 },
    },
    {
      name: "a human reply answered with information is a round",
      events: timeline(event("CONTACTED", "2024-03-01"), event("HUMAN_REPLY", "2024-03-02"), event("INFO_SENT", "2024-03-02")),
      expected: { rounds: 1 },
    },
    {
      name: "information nobody asked for is not a round",
      events: timeline(event("CONTACTED", "2024-03-01"), event("INFO_SENT", "2024-03-02")),
      expected: { rounds: 0 },
    },
    {
      name: "two requests then two answers make one round",
      events: timeline(
        event("CONTACTED", "2024-03-01"),
        event("HUMAN_REPLY", "2024-03-02"),
        event("INFO_REQUESTED", "2024-03-02"),
        event("INFO_SENT", "2024-03-03"),
        event("INFO_SENT", "2024-03-04"),
      ),
      expected: { rounds: 1 },
    },
    {
      name: "an open case is censored at now: calendar days from a DAY start",
      events: timeline(event("CONTACTED", "2024-03-01"), event("AUTO_ACKNOWLEDGEMENT", "2024-03-01")),
      outcome: "STILL_WAITING",
      now: new Date("2024-03-11T12:00:00Z"),
      expected: {
        ending: "OPEN",
        daysToAutoAcknowledgement: 0,
        firstHumanReply: { days: 10, observed: false },
        resolution: { days: 10, observed: false },
      },
    },
    {
      name: "an open case is censored at now: fractional days from a timed start",
      events: timeline(event("CONTACTED", "2024-03-01T00:00:00Z")),
      now: new Date("2024-03-11T12:00:00Z"),
      expected: {
        ending: "OPEN",
        firstHumanReply: { days: 10.5, observed: false },
        resolution: { days: 10.5, observed: false },
      },
    },
    {
      name: "a given-up case is censored at its last event, not at now",
      events: timeline(
        event("CONTACTED", "2024-03-01"),
        event("FOLLOW_UP_SENT", "2024-03-08"),
        event("FOLLOW_UP_SENT", "2024-03-15"),
      ),
      outcome: "GAVE_UP",
      expected: {
        ...none,
        startedAt: new Date("2024-03-01T00:00:00Z"),
        ending: "GAVE_UP",
        followUps: 2,
        firstHumanReply: { days: 14, observed: false },
        resolution: { days: 14, observed: false },
      },
    },
    {
      name: "a rejected case never resolves: censored at now (2024-03-01 to 2024-04-01 = 31 days)",
      events: timeline(
        event("CONTACTED", "2024-03-01"),
        event("INFO_REQUESTED", "2024-03-02"),
        event("INFO_SENT", "2024-03-02"),
        event("REJECTED", "2024-03-05"),
      ),
      outcome: "REJECTED",
      expected: {
        ending: "REJECTED",
        daysToRejection: 4,
        rounds: 1,
        firstHumanReply: { days: 1, observed: true },
        resolution: { days: 31, observed: false },
      },
    },
    {
      name: "a silent resolution is not a reply: the reply wait is censored at the resolution",
      events: timeline(
        event("CONTACTED", "2024-03-01"),
        event("AUTO_ACKNOWLEDGEMENT", "2024-03-01"),
        event("RESOLVED_SILENTLY", "2024-03-09"),
      ),
      outcome: "RESOLVED",
      expected: {
        ending: "RESOLVED_SILENTLY",
        daysToAutoAcknowledgement: 0,
        firstHumanReply: { days: 8, observed: false },
        resolution: { days: 8, observed: true },
      },
    },
    {
      name: "a resolution notice is the first human reply when nothing came before",
      events: timeline(event("CONTACTED", "2024-03-01"), event("RESOLVED", "2024-03-04")),
      expected: { firstHumanReply: { days: 3, observed: true }, resolution: { days: 3, observed: true } },
    },
    {
      name: "without a CONTACTED event the first event starts the clock",
      events: timeline(event("AUTO_ACKNOWLEDGEMENT", "2024-03-01"), event("HUMAN_REPLY", "2024-03-03")),
      expected: { startedAt: new Date("2024-03-01T00:00:00Z"), firstHumanReply: { days: 2, observed: true } },
    },
    {
      name: "dated events win over a contradicting outcome",
      events: timeline(event("CONTACTED", "2024-03-01"), event("RESOLVED", "2024-03-02")),
      outcome: "STILL_WAITING",
      expected: { ending: "RESOLVED", resolution: { days: 1, observed: true } },
    },
    {
      name: "declared resolved without a dated resolution: at least until the last event",
      events: timeline(event("CONTACTED", "2024-03-01"), event("INFO_SENT", "2024-03-05")),
      outcome: "RESOLVED",
      expected: { ending: "RESOLVED", resolution: { days: 4, observed: false }, firstHumanReply: { days: 4, observed: false } },
    },
    {
      name: "events after the end of the case are not counted",
      events: timeline(event("CONTACTED", "2024-03-01"), event("RESOLVED", "2024-03-04"), event("FOLLOW_UP_SENT", "2024-03-10")),
      expected: { followUps: 0, resolution: { days: 3, observed: true } },
    },
    {
      name: "now before the contact never gives a negative wait",
      events: timeline(event("CONTACTED", "2024-03-01T12:00:00Z")),
      now: new Date("2024-03-01T06:00:00Z"),
      expected: { resolution: { days: 0, observed: false } },
    },
    // Reports stored before the form checked the order: waits unknown, never 0 or negative.
    {
      name: "a resolution dated the day before the contact is not a 0-day resolution",
      events: timeline(event("CONTACTED", "2024-03-05"), event("RESOLVED", "2024-03-04")),
      outcome: "RESOLVED",
      expected: { ...none, startedAt: new Date("2024-03-05T00:00:00Z"), ending: "RESOLVED", firstHumanReply: null, resolution: null },
    },
    {
      name: "a resolution timed before the contact on its day is not a 0-day resolution",
      events: timeline(event("CONTACTED", "2024-03-05T10:00:00Z"), event("RESOLVED", "2024-03-05T09:00:00Z")),
      outcome: "RESOLVED",
      expected: { ending: "RESOLVED", firstHumanReply: null, resolution: null },
    },
    {
      name: "a reply before the contact leaves every wait of the case unmeasured",
      events: timeline(event("HUMAN_REPLY", "2024-03-01"), event("CONTACTED", "2024-03-02"), event("AUTO_ACKNOWLEDGEMENT", "2024-03-02"), event("REJECTED", "2024-03-09")),
      outcome: "REJECTED",
      expected: { ...none, ending: "REJECTED", firstHumanReply: null, resolution: null },
    },
    {
      name: "a same-day resolution listed before the contact, without times, is the same day",
      events: [event("RESOLVED", "2024-03-05", 0), event("CONTACTED", "2024-03-05T10:00:00Z", 1)],
      outcome: "RESOLVED",
      expected: { ending: "RESOLVED", resolution: { days: 0, observed: true }, firstHumanReply: { days: 0, observed: true } },
    },
    {
      name: "an empty timeline measures nothing but keeps the outcome",
      events: [],
      outcome: "GAVE_UP",
      expected: { ...none, startedAt: null, ending: "GAVE_UP", firstHumanReply: null, resolution: null },
    },
  ];

  it.each(cases)("$name", ({ events, outcome, now, utcOffsetMinutes, expected }) => {
    const times = deriveReportTimes(events, { now: now ?? NOW, outcome, utcOffsetMinutes });
    for (const [key, value] of Object.entries(expected)) {
      const actual = times[key as keyof ReportTimes];
      if (typeof value === "number") expect(actual, key).toBeCloseTo(value, 9);
      else if (value !== null && typeof value === "object" && "days" in value) {
        expect(actual, key).toMatchObject({ observed: value.observed });
        expect((actual as { days: number }).days, key).toBeCloseTo(value.days, 9);
      } else expect(actual, key).toEqual(value);
    }
  });
});

describe("sortTimeline", () => {
  it("orders by calendar day, then position, then instant, then kind, then input order", () => {
    const a = event("CONTACTED", "2024-03-02", 0);
    const b = event("HUMAN_REPLY", "2024-03-01T15:00:00Z", 1);
    const c = event("AUTO_ACKNOWLEDGEMENT", "2024-03-01", 1);
    const d = event("CONTACTED", "2024-03-01T18:00:00Z", 0);
    const e = event("INFO_SENT", "2024-03-01T15:00:00Z", 1);
    // Day 03-01: d (position 0), then position 1: c (00:00) < b = e (15:00), b before e by kind.
    expect(sortTimeline([a, b, c, d, e])).toEqual([d, c, b, e, a]);
    expect(sortTimeline([e, d, c, b, a])).toEqual([d, c, b, e, a]);
  });

  it("does not change its input", () => {
    const input = [event("RESOLVED", "2024-03-02"), event("CONTACTED", "2024-03-01")];
    const copy = [...input];
    sortTimeline(input);
    expect(input).toEqual(copy);
  });
});
