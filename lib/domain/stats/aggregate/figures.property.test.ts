import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeComparisonViews } from "../comparison-views";
import { computeGuideStats, type GuideStatsOptions } from "../guide-stats";
import { CONTACT_CHANNELS, OUTCOMES, TIMELINE_EVENT_KINDS, type ReportFact, type TimelineEventFact } from "../types";
import { applyContribution, contributionDelta, reportContribution, type Contribution } from "./contribution";
import { guideFromAggregate } from "./figures";

// Any sequence of the writes the site makes (create, edit, follow-up, delete, vote, moderation),
// each applied to the aggregate as the difference of its report's contribution before and after,
// leaves figures equal to computing them from every published report afresh.

const DAY_MS = 86_400_000;
const BASE = Date.UTC(2022, 0, 1);

type Status = "PUBLISHED" | "HELD" | "HIDDEN" | "DELETED";
type Model = Map<string, { fact: ReportFact; status: Status }>;

// Days after the previous event (in order, as the form asks) or, now and then, before it (as
// reports stored before the form checked may be). Few distinct values as well as many, so
// reports share waits and keys.
const event = fc.record({
  kind: fc.constantFrom(...TIMELINE_EVENT_KINDS),
  day: fc.oneof({ arbitrary: fc.constantFrom(0, 1, 3, 7), weight: 4 }, { arbitrary: fc.integer({ min: -3, max: 60 }), weight: 1 }),
  minute: fc.option(fc.oneof(fc.constantFrom(600, 601), fc.integer({ min: 0, max: 1439 })), { nil: null }),
  position: fc.integer({ min: 0, max: 3 }),
  language: fc.constantFrom(null, "ja", "en", "en-US", "fr"),
});

const fields = fc.record({
  outcome: fc.constantFrom(...OUTCOMES),
  month: fc.oneof(fc.constantFrom(40, 52), fc.integer({ min: 0, max: 59 })),
  createdDay: fc.integer({ min: 0, max: 1800 }),
  channel: fc.constantFrom(...CONTACT_CHANNELS),
  path: fc.constantFrom("Help → Contact", "help  →  contact ", "FAQ | Form", "ｆａｑ | form", " ", "Chat"),
  inquiryLanguage: fc.constantFrom("ja", "en", "ja-JP", "en-US", "fr", "zh-Hant"),
  replyLanguages: fc.subarray(["ja", "en", "en-GB", "ko"]),
  textLanguage: fc.constantFrom("ja", "en"),
  items: fc.uniqueArray(
    fc.record({ code: fc.constantFrom("FULL_NAME", "KANA", "DOB", "PHONE", "ID_SELFIE", "BALANCES"), note: fc.constantFrom(undefined, null, "", "  ", "old address", " old address ", "x | y", "本人確認") }),
    { selector: (item) => item.code, maxLength: 4 },
  ),
  startDay: fc.oneof(fc.constantFrom(1000, 1500), fc.integer({ min: 0, max: 1700 })),
  events: fc.oneof({ arbitrary: fc.array(event, { minLength: 1, maxLength: 6 }), weight: 9 }, { arbitrary: fc.array(event, { maxLength: 0 }), weight: 1 }),
  helpful: fc.integer({ min: 0, max: 6 }),
  notHelpful: fc.integer({ min: 0, max: 6 }),
});

type Fields = typeof fields extends fc.Arbitrary<infer F> ? F : never;
type EventInput = typeof event extends fc.Arbitrary<infer E> ? E : never;

function timeline(startDay: number, events: readonly EventInput[], contacted = true): TimelineEventFact[] {
  let day = startDay;
  const dated = events.map((entry, index) => {
    day += entry.day;
    const kind = index === 0 && contacted ? "CONTACTED" : entry.kind;
    return { kind, occurredAt: new Date(BASE + day * DAY_MS + (entry.minute ?? 0) * 60_000), precision: entry.minute === null ? "DAY" : "MINUTE", position: entry.position, language: entry.language } as const;
  });
  return dated;
}

function factOf(id: string, input: Fields): ReportFact {
  const incident = new Date(BASE);
  incident.setUTCMonth(incident.getUTCMonth() + input.month);
  return {
    id,
    outcome: input.outcome,
    createdAt: new Date(BASE + input.createdDay * DAY_MS + 3_600_000),
    incidentMonth: incident,
    contactChannel: input.channel,
    contactPath: input.path,
    inquiryLanguage: input.inquiryLanguage,
    replyLanguages: input.replyLanguages,
    textLanguage: input.textLanguage,
    requiredItems: input.items,
    votes: { helpful: input.helpful, notHelpful: input.notHelpful },
    timeline: timeline(input.startDay, input.events),
  };
}

const operation = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant("create" as const), fields, held: fc.boolean() }), weight: 5 },
  { arbitrary: fc.record({ op: fc.constant("edit" as const), pick: fc.nat(), fields }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant("followUp" as const), pick: fc.nat(), events: fc.array(event, { minLength: 1, maxLength: 2 }), outcome: fc.constantFrom(...OUTCOMES) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant("delete" as const), pick: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant("vote" as const), pick: fc.nat(), helpful: fc.integer({ min: -1, max: 1 }), notHelpful: fc.integer({ min: -1, max: 1 }) }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant("moderate" as const), pick: fc.nat(), status: fc.constantFrom<Status>("PUBLISHED", "HIDDEN") }), weight: 2 },
);

type Operation = typeof operation extends fc.Arbitrary<infer O> ? O : never;

function contributionOf(entry: { fact: ReportFact; status: Status } | undefined): Contribution {
  return entry && entry.status === "PUBLISHED" ? reportContribution(entry.fact) : new Map();
}

function apply(model: Model, aggregate: Contribution, operation: Operation, index: number): void {
  const ids = [...model.keys()].filter((id) => model.get(id)?.status !== "DELETED");
  const id = "pick" in operation ? ids[operation.pick % Math.max(1, ids.length)] : `r${index}`;
  if (id === undefined) return;
  const before = contributionOf(model.get(id));
  const current = model.get(id);
  switch (operation.op) {
    case "create":
      model.set(id, { fact: factOf(id, operation.fields), status: operation.held ? "HELD" : "PUBLISHED" });
      break;
    case "edit":
      // An edit keeps the report's identity, its creation and its votes.
      if (current) model.set(id, { ...current, fact: { ...factOf(id, operation.fields), createdAt: current.fact.createdAt, votes: current.fact.votes } });
      break;
    case "followUp":
      if (current) {
        const start = current.fact.timeline[0]?.occurredAt.getTime() ?? BASE;
        const last = current.fact.timeline[current.fact.timeline.length - 1]?.occurredAt.getTime() ?? start;
        const added = timeline(Math.floor((last - BASE) / DAY_MS), operation.events, false);
        model.set(id, { ...current, fact: { ...current.fact, outcome: operation.outcome, timeline: [...current.fact.timeline, ...added] } });
      }
      break;
    case "delete":
      if (current) model.set(id, { ...current, status: "DELETED" });
      break;
    case "vote":
      if (current) {
        const helpful = Math.max(0, current.fact.votes.helpful + operation.helpful);
        const notHelpful = Math.max(0, current.fact.votes.notHelpful + operation.notHelpful);
        model.set(id, { ...current, fact: { ...current.fact, votes: { helpful, notHelpful } } });
      }
      break;
    case "moderate":
      if (current) model.set(id, { ...current, status: operation.status });
      break;
  }
  applyContribution(aggregate, contributionDelta(before, contributionOf(model.get(id))));
}

function reference(model: Model, options: GuideStatsOptions) {
  const published = [...model.values()].filter((entry) => entry.status === "PUBLISHED").map((entry) => entry.fact);
  const stats = computeGuideStats(published, options);
  return { stats, comparison: computeComparisonViews(published, { ...options, allReportsStats: stats }) };
}

// Equal, numbers to 1e-9 relative: weighted shares are float sums reached in another order.
function closeTo(actual: unknown, expected: unknown, path = "$"): string | null {
  if (typeof actual === "number" && typeof expected === "number") {
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)) ? null : `${path}: ${actual} != ${expected}`;
  }
  if (actual instanceof Date && expected instanceof Date) return actual.getTime() === expected.getTime() ? null : `${path}: dates differ`;
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return `${path}: length ${actual.length} != ${expected.length}`;
    for (let index = 0; index < actual.length; index++) {
      const difference = closeTo(actual[index], expected[index], `${path}[${index}]`);
      if (difference) return difference;
    }
    return null;
  }
  if (actual && expected && typeof actual === "object" && typeof expected === "object") {
    const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
    for (const key of keys) {
      const difference = closeTo((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
      if (difference) return difference;
    }
    return null;
  }
  return Object.is(actual, expected) ? null : `${path}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`;
}

describe("incremental guide aggregates", () => {
  it("give the figures of a full recomputation after any sequence of writes, at any later time", () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 80, size: "medium" }), fc.integer({ min: 1700, max: 2200 }), fc.oneof(fc.constantFrom(40, 52), fc.integer({ min: 30, max: 59 })), (operations, nowDay, month) => {
        const model: Model = new Map();
        const aggregate: Contribution = new Map();
        operations.forEach((entry, index) => apply(model, aggregate, entry, index));

        // The same aggregate read at two moments: nothing stored in it depends on the clock.
        // The third moment puts the "recent" cut of the required items on a month's first day.
        const monthStart = new Date(BASE);
        monthStart.setUTCMonth(month);
        for (const now of [new Date(BASE + nowDay * DAY_MS + 37_000_000), new Date(BASE + (nowDay + 400) * DAY_MS), new Date(monthStart.getTime() + 365 * DAY_MS)]) {
          for (const options of [{ now }, { now, minSample: 1 }]) {
            expect(closeTo(guideFromAggregate(aggregate, options), reference(model, options))).toBeNull();
          }
        }
      }),
      { numRuns: 200 },
    );
    // A few seconds on a quiet machine; the margin is for a busy one.
  }, 120_000);

  it("holds nothing once every report is gone", () => {
    const aggregate: Contribution = new Map();
    const fact = factOf("a", { outcome: "RESOLVED", month: 3, createdDay: 100, channel: "EMAIL", path: "Chat", inquiryLanguage: "ja", replyLanguages: ["en"], textLanguage: "ja", items: [{ code: "KANA", note: "old address" }], startDay: 90, events: [], helpful: 2, notHelpful: 1 });
    applyContribution(aggregate, contributionDelta(new Map(), reportContribution(fact)));
    applyContribution(aggregate, contributionDelta(reportContribution(fact), reportContribution({ ...fact, votes: { helpful: 9, notHelpful: 0 } })));
    applyContribution(aggregate, contributionDelta(reportContribution({ ...fact, votes: { helpful: 9, notHelpful: 0 } }), new Map()));
    expect([...aggregate.keys()]).toEqual([]);
  });
});
