import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { readAggregateIndex } from "@/lib/data/guides/aggregate-cache";
import { invalidateAggregates, readAggregate } from "@/lib/data/guides/guide-aggregates";
import { loadFacts } from "@/lib/data/guides/load-facts";
import { createFlag } from "@/lib/data/moderation/create-flag";
import { hideReport, restoreReport } from "@/lib/data/moderation/decide-report";
import { resolveFlag } from "@/lib/data/moderation/resolve-flag";
import { addTimelineEvents } from "@/lib/data/reports/add-timeline-events";
import { createReport } from "@/lib/data/reports/create-report";
import { deleteReport } from "@/lib/data/reports/delete-report";
import { updateReport } from "@/lib/data/reports/update-report";
import { deleteAccount } from "@/lib/data/users/delete-account";
import { castVote } from "@/lib/data/votes/cast-vote";
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/domain/permissions";
import { computeComparisonViews, computeGuideStats } from "@/lib/domain/stats";
import { applyContribution, reportContribution, type Contribution } from "@/lib/domain/stats/aggregate/contribution";
import { guideFromAggregate } from "@/lib/domain/stats/aggregate/figures";
import type { ReportInputDraft } from "@/lib/validation/report";
import { seedDatabase } from "@/scripts/db/seed";
import { createActor as createActorRow, createExchange, createReport as createReportRow, createRequiredItems, reportInputDraft, uniqueItemCodes } from "../factories";

// The aggregates every write moves (docs/decisions/016-incremental-statistics.md) stay equal to a
// rebuild from the reports, through the real write paths, in both database modes.

const NOW = new Date("2026-11-01T12:00:00Z");
const [ITEM_A, ITEM_B] = uniqueItemCodes("AGG");
const createActor = (role: Role = "USER") => createActorRow(db(), role);

beforeAll(async () => {
  await seedDatabase(db(), { onlyIfEmpty: true });
  await createRequiredItems(db(), [ITEM_A, ITEM_B]);
});

const variants: Partial<ReportInputDraft>[] = [
  { requiredItems: [{ code: ITEM_A, note: " A selfie with the ID. " }, { code: ITEM_B }] },
  { incidentMonth: "2025-06", events: [{ kind: "CONTACTED", day: "2025-06-01" }, { kind: "RESOLVED", day: "2025-06-30" }], requiredItems: [{ code: ITEM_B, note: "Old bank statement." }] },
  { inquiryLanguage: "en", replyLanguages: ["en"], outcome: "REJECTED", incidentMonth: "2026-04", events: [{ kind: "CONTACTED", day: "2026-04-01" }, { kind: "REJECTED", day: "2026-04-20" }], requiredItems: [{ code: ITEM_A }] },
  { outcome: "STILL_WAITING", replyLanguages: [], incidentMonth: "2026-05", events: [{ kind: "CONTACTED", day: "2026-05-01" }], requiredItems: [] },
  { contactPath: "help  →  CONTACT", incidentMonth: "2026-08", events: [{ kind: "CONTACTED", day: "2026-08-01" }, { kind: "HUMAN_REPLY", day: "2026-08-01" }, { kind: "RESOLVED", day: "2026-08-02" }], requiredItems: [{ code: ITEM_A, note: "A selfie with the ID." }] },
];

function rebuiltFrom(facts: Awaited<ReturnType<typeof loadFacts>>): Contribution {
  const aggregate: Contribution = new Map();
  for (const fact of facts) applyContribution(aggregate, reportContribution(fact));
  return aggregate;
}

/** The stored aggregate equals one rebuilt from the published reports (weights to 1e-9), and so do the figures. */
async function expectAggregateCurrent(exchangeId: string): Promise<void> {
  const stored = await readAggregate(db(), exchangeId);
  const facts = await loadFacts(db(), [exchangeId]);
  const rebuilt = rebuiltFrom(facts);
  expect([...stored.keys()].sort()).toEqual([...rebuilt.keys()].sort());
  for (const [key, tally] of rebuilt) {
    expect(stored.get(key)?.count, key).toBe(tally.count);
    expect(stored.get(key)?.weight, key).toBeCloseTo(tally.weight, 9);
  }
  const stats = computeGuideStats(facts, { now: NOW, minSample: 1 });
  const fromAggregate = guideFromAggregate(stored, { now: NOW, minSample: 1 });
  expect(fromAggregate.stats.n).toBe(stats.n);
  expect(fromAggregate.stats.figures?.firstHumanReply).toEqual(stats.figures?.firstHumanReply);
  expect(fromAggregate.stats.figures?.requiredItems.map((item) => [item.code, item.count, item.notes])).toEqual(stats.figures?.requiredItems.map((item) => [item.code, item.count, item.notes]));
  expect(fromAggregate.comparison).toEqual(computeComparisonViews(facts, { now: NOW, minSample: 1, allReportsStats: stats }));
  // What a refresh computes from: the copy this process keeps, moved by the rows changed since its last read.
  expect(guideFromAggregate(await readAggregateIndex(db(), exchangeId), { now: NOW, minSample: 1 })).toEqual(fromAggregate);
}

describe("incremental guide aggregates", () => {
  it("follow creates, edits, follow-ups, votes, moderation, deletions and an account's deletion", async () => {
    const exchange = await createExchange(db());
    const other = await createExchange(db());
    // Built (empty) first, so every write below moves it rather than a rebuild counting it.
    await readAggregate(db(), exchange.id);
    await readAggregate(db(), other.id);

    const authors: Actor[] = [];
    const ids: string[] = [];
    for (const variant of variants) {
      const author = await createActor();
      const { id, status } = await createReport({ actor: author, input: reportInputDraft(exchange.slug, variant) });
      expect(status).toBe("PUBLISHED");
      authors.push(author);
      ids.push(id);
    }
    await expectAggregateCurrent(exchange.id);

    const [first, second, third, fourth, fifth] = ids as [string, string, string, string, string];
    const [author1, , , author4, author5] = authors as [Actor, Actor, Actor, Actor, Actor];
    const voters = await Promise.all([createActor(), createActor(), createActor()]);
    for (const [index, voter] of voters.entries()) {
      await castVote({ actor: voter, input: { reportId: first, value: "HELPFUL" } });
      await castVote({ actor: voter, input: { reportId: second, value: index === 0 ? "HELPFUL" : "NOT_HELPFUL" } });
    }
    await castVote({ actor: voters[0] as Actor, input: { reportId: first, value: null } });
    await expectAggregateCurrent(exchange.id);

    await addTimelineEvents({ actor: author4, reportId: fourth, events: [{ kind: "HUMAN_REPLY", day: "2026-05-09", language: "ja" }, { kind: "RESOLVED", day: "2026-06-01", language: "ja" }], outcome: "RESOLVED", idempotencyKey: randomUUID() });
    await updateReport({ actor: author1, reportId: first, input: reportInputDraft(exchange.slug, { ...variants[0], requiredItems: [{ code: ITEM_B, note: "Changed note" }], incidentMonth: "2024-03" }) });
    await expectAggregateCurrent(exchange.id);

    // Moved to another exchange: it leaves one aggregate and joins the other.
    await updateReport({ actor: author5, reportId: fifth, input: reportInputDraft(other.slug, variants[4]) });
    await expectAggregateCurrent(exchange.id);
    await expectAggregateCurrent(other.id);

    const moderator = await createActor("MODERATOR");
    await hideReport({ actor: moderator, reportId: third });
    await expectAggregateCurrent(exchange.id);
    await restoreReport({ actor: moderator, reportId: third });
    const { flagId } = await createFlag({ actor: voters[1] as Actor, reportId: third, input: { reason: "SPAM", details: "" } });
    await resolveFlag({ actor: moderator, flagId, decision: "uphold" });
    await deleteReport({ actor: author4, reportId: fourth });
    await expectAggregateCurrent(exchange.id);

    // A voter leaves: their votes go and the reports they weighed are recounted.
    await deleteAccount({ actor: voters[2] as Actor, reports: "keep" });
    await deleteAccount({ actor: author1, reports: "delete" });
    await expectAggregateCurrent(exchange.id);
  }, 180_000);

  it("stay exact under concurrent votes and reports on one exchange", async () => {
    const exchange = await createExchange(db());
    await readAggregate(db(), exchange.id);
    const reports: string[] = [];
    for (const variant of variants.slice(0, 3)) reports.push((await createReport({ actor: await createActor(), input: reportInputDraft(exchange.slug, variant) })).id);
    const voters = await Promise.all(Array.from({ length: 8 }, () => createActor()));
    const writers = await Promise.all(Array.from({ length: 4 }, () => createActor()));
    await Promise.all([
      ...voters.flatMap((voter, index) => reports.map((reportId) => castVote({ actor: voter, input: { reportId, value: index % 3 === 0 ? "NOT_HELPFUL" : "HELPFUL" } }))),
      ...writers.map((writer, index) => createReport({ actor: writer, input: reportInputDraft(exchange.slug, variants[index % variants.length]) })),
    ]);
    await expectAggregateCurrent(exchange.id);
  }, 180_000);

  it("mark themselves unbuilt when a write removes a report they never counted (written past lib/data)", async () => {
    const exchange = await createExchange(db());
    await createReport({ actor: await createActor(), input: reportInputDraft(exchange.slug, variants[1]) });
    await readAggregate(db(), exchange.id);
    const author = await createActor();
    const behind = await createReportRow(db(), { exchangeId: exchange.id, authorId: author.id });
    await deleteReport({ actor: author, reportId: behind.id });
    expect(await db().guideAggregateState.count({ where: { exchangeId: exchange.id } })).toBe(0);
    await expectAggregateCurrent(exchange.id);
  }, 120_000);

  it("are rebuilt from the reports when marked unbuilt (after a bulk load or a format change)", async () => {
    const exchange = await createExchange(db());
    await createReport({ actor: await createActor(), input: reportInputDraft(exchange.slug, variants[1]) });
    await invalidateAggregates(db(), [exchange.id]);
    // Written while unbuilt: not applied, counted by the rebuild instead.
    await createReport({ actor: await createActor(), input: reportInputDraft(exchange.slug, variants[0]) });
    expect(await db().guideAggregateState.count({ where: { exchangeId: exchange.id } })).toBe(0);
    await expectAggregateCurrent(exchange.id);
    expect(await db().guideAggregateState.count({ where: { exchangeId: exchange.id } })).toBe(1);
  }, 120_000);
});
