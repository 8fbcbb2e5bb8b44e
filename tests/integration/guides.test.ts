import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { GET } from "@/app/api/guides/version/route";
import { ConflictError, ForbiddenError } from "@/lib/data/errors";
import { bumpGuideVersion } from "@/lib/data/guides/guide-counters";
import { REFRESH_LOCK } from "@/lib/data/guides/refresh-stale-guides";
import { storeGuide } from "@/lib/data/guides/stored-guides";
import { GUIDE_MAX_AGE_MS, INLINE_REFRESH_MAX_REPORTS, QUEUE_REFRESH_MIN_REPORTS, refreshPlace } from "@/lib/domain/stats/guide-freshness";
import { comparisonFromJson } from "@/lib/domain/stats/stored-guide";
import { getComparisonVersion, getGuideVersion } from "@/lib/data/guides/live-version";
import { findGuide, GUIDE_TOP_REPORTS } from "@/lib/data/guides/find-guide";
import { listComparison } from "@/lib/data/guides/list-comparison";
import { listExchangeReports, REPORTS_PER_PAGE } from "@/lib/data/guides/list-exchange-reports";
import { loadReportFacts } from "@/lib/data/guides/load-report-facts";
import type { GuideReport } from "@/lib/data/guides/ranked-reports";
import { refreshAllGuides } from "@/lib/data/guides/refresh-all-guides";
import { createFlag } from "@/lib/data/moderation/create-flag";
import { hideReport, publishReport, restoreReport } from "@/lib/data/moderation/decide-report";
import { resolveFlag } from "@/lib/data/moderation/resolve-flag";
import { addTimelineEvents } from "@/lib/data/reports/add-timeline-events";
import { createReport } from "@/lib/data/reports/create-report";
import { deleteReport } from "@/lib/data/reports/delete-report";
import { updateReport } from "@/lib/data/reports/update-report";
import { castVote } from "@/lib/data/votes/cast-vote";
import { tallyVotesForReports } from "@/lib/data/votes/tally-votes-for-reports";
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/domain/permissions";
import { computeComparisonViews, computeGuideStats, rankReports, type ReportFact } from "@/lib/domain/stats";
import type { ReportInputDraft } from "@/lib/validation/report";
import { seedReports } from "@/prisma/seed/seed-reports";
import { seedDatabase } from "@/scripts/db/seed";
import { createExchange, createReport as createReportRow, createRequiredItem, createUser, reportInputDraft } from "../factories";

// One database for this file: the seed runs once, every test makes its own exchanges.
const LONG_AGO = new Date("2020-01-01T00:00:00Z");
const NOW = new Date("2026-11-01T12:00:00Z");
const ITEM_A = `GUIDE_A_${randomUUID().slice(0, 6).toUpperCase()}`;
const ITEM_B = `GUIDE_B_${randomUUID().slice(0, 6).toUpperCase()}`;

async function createActor(role: Role = "USER"): Promise<Actor> {
  const user = await createUser(db(), { role, createdAt: LONG_AGO });
  return { id: user.id, role: user.role, bannedAt: user.bannedAt, createdAt: user.createdAt };
}

beforeAll(async () => {
  await seedDatabase(db(), { onlyIfEmpty: true });
  await createRequiredItem(db(), { code: ITEM_A, sortOrder: 1 });
  await createRequiredItem(db(), { code: ITEM_B, sortOrder: 2 });
});

function reportInput(slug: string, overrides: Partial<ReportInputDraft> = {}): ReportInputDraft {
  return reportInputDraft(slug, { requiredItems: [{ code: ITEM_A, note: "A selfie with the ID." }], ...overrides });
}

// A varied set: resolved fast and slow, rejected, still waiting, English inquiries, several items.
const variants: Partial<ReportInputDraft>[] = [
  {},
  { incidentMonth: "2025-06", events: [{ kind: "CONTACTED", day: "2025-06-01" }, { kind: "RESOLVED", day: "2025-06-30" }], requiredItems: [{ code: ITEM_A }, { code: ITEM_B, note: "Old bank statement." }] },
  {
    inquiryLanguage: "en",
    replyLanguages: ["en"],
    contactChannel: "EMAIL",
    contactPath: "support@ mail from the app",
    events: [{ kind: "CONTACTED", day: "2026-04-01" }, { kind: "REJECTED", day: "2026-04-20" }],
    outcome: "REJECTED",
    incidentMonth: "2026-04",
  },
  { outcome: "STILL_WAITING", replyLanguages: [], events: [{ kind: "CONTACTED", day: "2026-05-01" }], requiredItems: [], incidentMonth: "2026-05" },
  { inquiryLanguage: "en", replyLanguages: ["ja"], incidentMonth: "2024-01", events: [{ kind: "CONTACTED", day: "2024-01-03" }, { kind: "HUMAN_REPLY", day: "2024-01-05", language: "ja" }, { kind: "RESOLVED", day: "2024-02-01" }] },
  { outcome: "GAVE_UP", incidentMonth: "2025-09", events: [{ kind: "CONTACTED", day: "2025-09-01" }, { kind: "FOLLOW_UP_SENT", day: "2025-09-20" }], requiredItems: [{ code: ITEM_B }] },
  { incidentMonth: "2026-08", events: [{ kind: "CONTACTED", day: "2026-08-01" }, { kind: "HUMAN_REPLY", day: "2026-08-01" }, { kind: "RESOLVED", day: "2026-08-02" }] },
];

async function exchangeWithReports(count = variants.length) {
  const exchange = await createExchange(db());
  const authors: Actor[] = [];
  const reportIds: string[] = [];
  for (const variant of variants.slice(0, count)) {
    const author = await createActor();
    const result = await createReport({ actor: author, input: reportInput(exchange.slug, variant) });
    expect(result.status).toBe("PUBLISHED");
    authors.push(author);
    reportIds.push(result.id);
  }
  return { exchange, authors, reportIds };
}

// Facts rebuilt from what the guide page shows, independently of loadReportFacts.
function factsFromGuideReports(reports: readonly GuideReport[]): ReportFact[] {
  return reports.map((report) => ({
    id: report.id,
    outcome: report.outcome,
    createdAt: report.createdAt,
    incidentMonth: report.incidentMonth,
    contactChannel: report.contactChannel,
    contactPath: report.contactPath,
    inquiryLanguage: report.inquiryLanguage,
    replyLanguages: report.replyLanguages,
    textLanguage: report.textLanguage,
    requiredItems: report.requiredItems.map(({ code, note }) => ({ code, note })),
    votes: { helpful: report.votes.helpful, notHelpful: report.votes.notHelpful },
    // Events arrive ordered by (occurredAt, position), so the index keeps the author's order.
    timeline: report.events.map((event, position) => ({ kind: event.kind, occurredAt: event.occurredAt, precision: event.precision, language: event.language, position })),
  }));
}

describe("stored guide aggregates", () => {
  it("equal computeGuideStats on the same reports after creates, edits, updates, votes and a hide", async () => {
    const { exchange, authors, reportIds } = await exchangeWithReports();
    const [r0, r1, r2, r3] = reportIds;
    const [a0, a1, , a3] = authors;
    if (!r0 || !r1 || !r2 || !r3 || !a0 || !a1 || !a3) throw new Error("setup");
    const voters = await Promise.all([createActor(), createActor(), createActor()]);
    for (const voter of voters) await castVote({ actor: voter, input: { reportId: r0, value: "HELPFUL" } });
    await castVote({ actor: voters[0] ?? null, input: { reportId: r1, value: "NOT_HELPFUL" } });
    await updateReport({ actor: a1, reportId: r1, input: reportInput(exchange.slug, { ...variants[1], contactPath: "Chat in the app", contactChannel: "CHAT" }) });
    await addTimelineEvents({ actor: a3, reportId: r3, events: [{ kind: "RESOLVED", day: "2026-06-15", language: "ja" }], outcome: "RESOLVED", idempotencyKey: randomUUID() });
    await hideReport({ actor: await createActor("MODERATOR"), reportId: r2, reason: "test" });

    const first = await findGuide({ slug: exchange.slug, now: NOW });
    if (!first) throw new Error("no guide");
    expect(first.stats.n).toBe(variants.length - 1);
    expect(first.stats.figures).not.toBeNull();
    const reference = computeGuideStats(await loadReportFacts({ exchangeId: exchange.id }), { now: first.computedAt });
    expect(first.stats).toEqual(reference);
    expect(computeGuideStats(factsFromGuideReports(first.topReports), { now: first.computedAt })).toEqual(reference);
    // The comparison rows stored beside the stats equal the reference in every view, and the
    // listed reports come in rankReports' order with the vote counts castVote keeps.
    const storedRow = await db().exchangeGuide.findUniqueOrThrow({ where: { exchangeId: exchange.id } });
    const facts = await loadReportFacts({ exchangeId: exchange.id });
    expect(comparisonFromJson(storedRow.comparison)).toEqual(computeComparisonViews(facts, { now: first.computedAt }));
    expect(first.topReports.map((report) => report.id)).toEqual(rankReports(first.topReports).map((report) => report.id));
    const tallies = await tallyVotesForReports({ reportIds: first.topReports.map((report) => report.id) });
    for (const report of first.topReports) expect(report.votes).toEqual(tallies.get(report.id));

    // The second read comes from the stored JSON: same figures, dates revived.
    const second = await findGuide({ slug: exchange.slug, now: new Date(NOW.getTime() + 60_000) });
    expect(second?.computedAt).toEqual(first.computedAt);
    expect(second?.stats).toEqual(reference);
    expect(second?.stats.incidentMonths?.from).toBeInstanceOf(Date);
  });

  it("recomputes a stale aggregate on read and leaves a current one alone", async () => {
    const { exchange, reportIds } = await exchangeWithReports(5);
    const first = await findGuide({ slug: exchange.slug, now: NOW });
    const stored = () => db().exchangeGuide.findUniqueOrThrow({ where: { exchangeId: exchange.id } });
    expect((await stored()).computedAt).toEqual(NOW);

    const later = new Date(NOW.getTime() + 10 * 60_000);
    expect((await findGuide({ slug: exchange.slug, now: later }))?.computedAt).toEqual(NOW);
    expect((await stored()).computedAt).toEqual(NOW);

    await castVote({ actor: await createActor(), input: { reportId: reportIds[0] ?? "", value: "HELPFUL" } });
    const afterVote = await findGuide({ slug: exchange.slug, now: later });
    expect(afterVote?.version).toBe((first?.version ?? 0) + 1);
    expect(afterVote?.computedAt).toEqual(later);
    expect(await stored()).toMatchObject({ version: afterVote?.version, computedAt: later });

    // Figures depend on "now" (open cases keep waiting): an old aggregate is recomputed anyway.
    const muchLater = new Date(later.getTime() + GUIDE_MAX_AGE_MS);
    expect((await findGuide({ slug: exchange.slug, now: muchLater }))?.computedAt).toEqual(muchLater);
  });

  // Five reports stand for more than INLINE_REFRESH_MAX_REPORTS, and for QUEUE_REFRESH_MIN_REPORTS
  // or more in the queue's case. No job runner ever starts on this file's database, so the queue
  // is not installed and the refresh falls back to this process (the queue's own path:
  // tests/integration/guide-jobs.test.ts).
  it.each([
    ["in this process", { inlineRefreshMaxReports: 4 }],
    ["in this process when the job queue is not installed", { inlineRefreshMaxReports: 4, queueRefreshMinReports: 5 }],
  ])("with deferRefresh, a large exchange answers with the stored figures at once and is recomputed after the response, %s", async (_where, thresholds) => {
    const { exchange, reportIds } = await exchangeWithReports(5);
    const first = await findGuide({ slug: exchange.slug, now: NOW });
    if (!first) throw new Error("no guide");
    const pending: (() => Promise<unknown>)[] = [];
    const deferRefresh = (refresh: () => Promise<unknown>) => void pending.push(refresh);
    const large = { deferRefresh, ...thresholds };

    expect(await findGuide({ slug: exchange.slug, now: NOW, ...large })).toMatchObject({ version: first.version, statsVersion: first.version });
    expect(pending).toHaveLength(0);

    const voter = await createActor();
    await castVote({ actor: voter, input: { reportId: reportIds[0] ?? "", value: "HELPFUL" } });
    const later = new Date(NOW.getTime() + 60_000);
    const during = await findGuide({ slug: exchange.slug, viewerId: voter.id, now: later, ...large });
    // The listed reports are live (the vote shows), the statistics are the stored ones.
    expect(during).toMatchObject({ version: first.version + 1, statsVersion: first.version, computedAt: NOW });
    expect(during?.topReports.find((report) => report.id === reportIds[0])?.votes).toEqual({ helpful: 1, notHelpful: 0, mine: "HELPFUL" });
    expect(pending).toHaveLength(1);
    expect((await getGuideVersion({ slug: exchange.slug }))).toEqual({ version: first.version + 1, statsVersion: first.version });

    await pending[0]?.();
    expect(await getGuideVersion({ slug: exchange.slug })).toEqual({ version: first.version + 1, statsVersion: first.version + 1 });
    const after = await findGuide({ slug: exchange.slug, now: later, ...large });
    expect(after).toMatchObject({ version: first.version + 1, statsVersion: first.version + 1 });
    expect(after?.stats.n).toBe(5);
    // In this process the read's "now" is used (a job runner would use its own clock).
    expect(after?.computedAt).toEqual(later);
    expect(pending).toHaveLength(1);
  });

  it.each([
    ["in this process", { inlineRefreshMaxReports: 4 }],
    ["in this process when the job queue is not installed", { inlineRefreshMaxReports: 4, queueRefreshMinReports: 5 }],
  ])("with deferRefresh, the comparison ranks a large exchange by its stored row and recomputes it after the response, %s", async (_where, thresholds) => {
    const { exchange } = await exchangeWithReports(5);
    const view = { period: "all", inquiryLanguage: "all", sortBy: "reports" } as const;
    await listComparison({ ...view, now: NOW });
    const pending: (() => Promise<unknown>)[] = [];
    const deferRefresh = (refresh: () => Promise<unknown>) => void pending.push(refresh);

    const sixth = await createReport({ actor: await createActor(), input: reportInput(exchange.slug) });
    expect(sixth.status).toBe("PUBLISHED");
    const during = await listComparison({ ...view, now: NOW, deferRefresh, ...thresholds });
    expect(during.ranked.find((row) => row.exchange === exchange.slug)?.n).toBe(5);
    expect(pending).toHaveLength(1);

    await pending[0]?.();
    const after = await listComparison({ ...view, now: NOW, deferRefresh, ...thresholds });
    expect(after.ranked.find((row) => row.exchange === exchange.slug)?.n).toBe(6);
    expect(after.statsVersion).toBeGreaterThan(during.statsVersion);
    expect(pending).toHaveLength(1);
  });

  it("places a stale guide's recomputation by its size: in the read, after it, or on the job queue", () => {
    expect(refreshPlace(0)).toBe("inline");
    expect(refreshPlace(INLINE_REFRESH_MAX_REPORTS)).toBe("inline");
    expect(refreshPlace(INLINE_REFRESH_MAX_REPORTS + 1)).toBe("after");
    expect(refreshPlace(QUEUE_REFRESH_MIN_REPORTS - 1)).toBe("after");
    expect(refreshPlace(QUEUE_REFRESH_MIN_REPORTS)).toBe("queue");
    expect(refreshPlace(226_141)).toBe("queue");
    expect(refreshPlace(5, { inlineRefreshMaxReports: 4, queueRefreshMinReports: 5 })).toBe("queue");
  });

  it("with deferRefresh, a small exchange is still recomputed before answering, so one render shows a write and its figures", async () => {
    const { exchange, reportIds } = await exchangeWithReports(5);
    const first = await findGuide({ slug: exchange.slug, now: NOW });
    if (!first) throw new Error("no guide");
    const pending: (() => Promise<unknown>)[] = [];
    const deferRefresh = (refresh: () => Promise<unknown>) => void pending.push(refresh);
    expect(INLINE_REFRESH_MAX_REPORTS).toBeGreaterThanOrEqual(5);

    await castVote({ actor: await createActor(), input: { reportId: reportIds[0] ?? "", value: "HELPFUL" } });
    const later = new Date(NOW.getTime() + 60_000);
    expect(await findGuide({ slug: exchange.slug, now: later, deferRefresh })).toMatchObject({ version: first.version + 1, statsVersion: first.version + 1, computedAt: later });
    const sixth = await createReport({ actor: await createActor(), input: reportInput(exchange.slug) });
    expect(sixth.status).toBe("PUBLISHED");
    const comparison = await listComparison({ period: "all", inquiryLanguage: "all", sortBy: "reports", now: later, deferRefresh });
    expect(comparison.ranked.find((row) => row.exchange === exchange.slug)?.n).toBe(6);
    expect(pending).toHaveLength(0);
  });

  // Embedded PGlite runs one transaction at a time, so a second reader cannot meet a held lock there.
  it.runIf(inject("databaseMode") === "server")("answers with the stored guide while another reader recomputes it", async () => {
    const { exchange, reportIds } = await exchangeWithReports(1);
    const first = await findGuide({ slug: exchange.slug, now: NOW });
    await castVote({ actor: await createActor(), input: { reportId: reportIds[0] ?? "", value: "HELPFUL" } });
    let lockTaken = () => {};
    let release = () => {};
    const taken = new Promise<void>((resolve) => (lockTaken = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const holder = db().$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REFRESH_LOCK}::int, hashtext(${exchange.id}))`;
        lockTaken();
        await released;
      },
      { timeout: 10_000 },
    );
    await taken;
    const later = new Date(NOW.getTime() + 60_000);
    const during = await findGuide({ slug: exchange.slug, now: later });
    expect(during).toMatchObject({ version: (first?.version ?? 0) + 1, statsVersion: first?.version, computedAt: NOW });
    release();
    await holder;
    expect(await findGuide({ slug: exchange.slug, now: later })).toMatchObject({ version: (first?.version ?? 0) + 1, computedAt: later });
  });

  it("never overwrites a newer stored version with an older one", async () => {
    const exchange = await createExchange(db());
    const stats = computeGuideStats([], { now: NOW });
    const comparison = computeComparisonViews([], { now: NOW });
    expect(await storeGuide(db(), exchange.id, { version: 5, stats, comparison, computedAt: NOW })).toBe(true);
    expect(await storeGuide(db(), exchange.id, { version: 4, stats, comparison, computedAt: new Date(NOW.getTime() + 1000) })).toBe(false);
    expect(await db().exchangeGuide.findUniqueOrThrow({ where: { exchangeId: exchange.id } })).toMatchObject({ version: 5, computedAt: NOW });
    expect(await storeGuide(db(), exchange.id, { version: 5, stats, comparison, computedAt: new Date(NOW.getTime() + 2000) })).toBe(true);
  });

  it("refreshAllGuides recomputes every exchange, whatever its version", async () => {
    const exchange = await createExchange(db());
    const author = await createUser(db());
    // Rows written past lib/data (as a bulk load does) bump nothing.
    for (let i = 0; i < 5; i += 1) await createReportRow(db(), { exchangeId: exchange.id, authorId: author.id });
    await storeGuide(db(), exchange.id, { version: 0, stats: computeGuideStats([], { now: NOW }), comparison: computeComparisonViews([], { now: NOW }), computedAt: NOW });
    expect((await findGuide({ slug: exchange.slug, now: NOW }))?.stats.n).toBe(0);
    const result = await refreshAllGuides(db(), { now: NOW });
    expect(result.exchanges).toBe(await db().exchange.count());
    expect((await findGuide({ slug: exchange.slug, now: NOW }))?.stats.n).toBe(5);
  });
});

describe("guide versions", () => {
  it("move with every kind of write that changes a guide, in the same transaction, and not with rejected ones", async () => {
    const { exchange, authors, reportIds } = await exchangeWithReports(2);
    const [r0, r1] = reportIds;
    const [a0, a1] = authors;
    if (!r0 || !r1 || !a0 || !a1) throw new Error("setup");
    const moderator = await createActor("MODERATOR");
    const reader = await createActor();
    const version = async () => (await getGuideVersion({ slug: exchange.slug }))?.version;
    const comparisonVersion = async () => (await getComparisonVersion()).version;

    const expectBump = async (write: () => Promise<unknown>, by = 1) => {
      const [before, comparisonBefore] = [await version(), await comparisonVersion()];
      await write();
      expect(await version()).toBe((before ?? 0) + by);
      expect(await comparisonVersion()).toBeGreaterThan(comparisonBefore);
    };
    // A vote reorders its guide's reports; no figure of the comparison moves.
    const expectGuideOnlyBump = async (write: () => Promise<unknown>) => {
      const [before, comparisonBefore] = [await version(), await comparisonVersion()];
      await write();
      expect(await version()).toBe((before ?? 0) + 1);
      expect(await comparisonVersion()).toBe(comparisonBefore);
    };
    const expectNoBump = async (write: () => Promise<unknown>) => {
      const [before, comparisonBefore] = [await version(), await comparisonVersion()];
      await write().catch(() => undefined);
      expect(await version()).toBe(before);
      expect(await comparisonVersion()).toBe(comparisonBefore);
    };

    expect(await version()).toBe(2);
    await expectBump(() => createReport({ actor: a0, input: reportInput(exchange.slug) }));
    await expectGuideOnlyBump(() => castVote({ actor: reader, input: { reportId: r0, value: "HELPFUL" } }));
    await expectGuideOnlyBump(() => castVote({ actor: reader, input: { reportId: r0, value: null } }));
    // A vote that changes nothing (withdrawing twice) moves nothing.
    await expectNoBump(() => castVote({ actor: reader, input: { reportId: r0, value: null } }));
    await expectBump(() => updateReport({ actor: a0, reportId: r0, input: reportInput(exchange.slug, { summary: "Edited." }) }));
    await expectBump(() => addTimelineEvents({ actor: a1, reportId: r1, events: [{ kind: "FOLLOW_UP_SENT", day: "2026-03-11" }], idempotencyKey: randomUUID() }));
    await expectBump(() => hideReport({ actor: moderator, reportId: r1 }));
    await expectBump(() => restoreReport({ actor: moderator, reportId: r1 }));
    const { flagId } = await createFlag({ actor: reader, reportId: r1, input: { reason: "INACCURATE", details: "" } });
    await expectBump(() => resolveFlag({ actor: moderator, flagId, decision: "uphold" }));
    await expectBump(() => deleteReport({ actor: a0, reportId: r0 }));

    // A report held for review is in no guide until it is published.
    let heldId = "";
    await expectNoBump(async () => {
      const held = await createReport({ actor: a1, input: reportInput(exchange.slug, { summary: "Write to helper@example.org" }) });
      expect(held.status).toBe("PENDING_REVIEW");
      heldId = held.id;
    });
    await expectBump(() => publishReport({ actor: moderator, reportId: heldId }));

    // Rejected writes roll back with their bump, or never reach it.
    await expectNoBump(() => castVote({ actor: a1, input: { reportId: heldId, value: "HELPFUL" } }).then(() => Promise.reject(new Error("expected a refusal"))));
    await expect(castVote({ actor: a1, input: { reportId: heldId, value: "HELPFUL" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expectNoBump(() => hideReport({ actor: moderator, reportId: r0 }));
    await expect(restoreReport({ actor: moderator, reportId: heldId })).rejects.toBeInstanceOf(ConflictError);
    await expectNoBump(() => restoreReport({ actor: moderator, reportId: heldId }));
    await expectNoBump(() => createReport({ actor: a1, input: { ...reportInput(exchange.slug), incidentMonth: "not a month" } }));
    await expectNoBump(() => updateReport({ actor: reader, reportId: heldId, input: reportInput(exchange.slug) }));
  });

  it("is null for unknown exchanges and 0 before the first write", async () => {
    const exchange = await createExchange(db());
    expect(await getGuideVersion({ slug: exchange.slug })).toEqual({ version: 0, statsVersion: 0 });
    expect(await getGuideVersion({ slug: "no-such-exchange" })).toBeNull();
  });

  it("is served uncached by GET /api/guides/version", async () => {
    const { exchange } = await exchangeWithReports(1);
    const get = (query: string) => GET(new Request(`http://localhost/api/guides/version${query}`));

    const bySlug = await get(`?slug=${exchange.slug}`);
    expect(bySlug.status).toBe(200);
    expect(bySlug.headers.get("Cache-Control")).toBe("no-store");
    expect(await bySlug.json()).toEqual({ version: 1, statsVersion: 0 });
    await findGuide({ slug: exchange.slug, now: NOW });
    expect(await (await get(`?slug=${exchange.slug}`)).json()).toEqual({ version: 1, statsVersion: 1 });

    const comparison = await get("?scope=comparison");
    expect(await comparison.json()).toEqual(await getComparisonVersion());

    const unknown = await get("?slug=no-such-exchange");
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("Cache-Control")).toBe("no-store");
    for (const query of ["", "?slug=Bad%20Slug", "?scope=everything", `?slug=${exchange.slug}&scope=comparison`]) {
      expect((await get(query)).status).toBe(400);
    }
  });
});

describe("findGuide", () => {
  it("ranks reports by the Wilson lower bound of helpful votes (ties: more votes first) and shows the viewer's own votes", async () => {
    const exchange = await createExchange(db());
    const author = await createUser(db());
    const [oneOfOne, tenOfEleven, unvoted, downVoted] = await Promise.all(
      [0, 1, 2, 3].map(() => createReportRow(db(), { exchangeId: exchange.id, authorId: author.id })),
    );
    if (!oneOfOne || !tenOfEleven || !unvoted || !downVoted) throw new Error("setup");
    const voters = await Promise.all(Array.from({ length: 11 }, () => createActor()));
    const [viewer] = voters;
    if (!viewer) throw new Error("setup");
    await castVote({ actor: viewer, input: { reportId: oneOfOne.id, value: "HELPFUL" } });
    for (const [index, voter] of voters.entries()) {
      await castVote({ actor: voter, input: { reportId: tenOfEleven.id, value: index === 0 ? "NOT_HELPFUL" : "HELPFUL" } });
    }
    await castVote({ actor: viewer, input: { reportId: downVoted.id, value: "NOT_HELPFUL" } });

    const guide = await findGuide({ slug: exchange.slug, viewerId: viewer.id, now: NOW });
    expect(guide?.topReports.map((report) => report.id)).toEqual([tenOfEleven.id, oneOfOne.id, downVoted.id, unvoted.id]);
    expect(guide?.topReports.map((report) => report.votes)).toEqual([
      { helpful: 10, notHelpful: 1, mine: "NOT_HELPFUL" },
      { helpful: 1, notHelpful: 0, mine: "HELPFUL" },
      { helpful: 0, notHelpful: 1, mine: "NOT_HELPFUL" },
      { helpful: 0, notHelpful: 0, mine: null },
    ]);
    expect((await findGuide({ slug: exchange.slug, now: NOW }))?.topReports[0]?.votes.mine).toBeNull();
    expect(guide?.exchange).toMatchObject({ slug: exchange.slug, officialDomains: exchange.officialDomains, supportUrl: null, notesEn: null });
    expect(await findGuide({ slug: "no-such-exchange" })).toBeNull();
  });

  it("gives the four seed exchanges a guide of one report: a date range, no figures", async () => {
    for (const seed of seedReports) {
      const guide = await findGuide({ slug: seed.exchangeSlug, now: NOW });
      const month = new Date(`${seed.incidentMonth}-01T00:00:00.000Z`);
      expect(guide?.stats).toEqual({ n: 1, incidentMonths: { from: month, to: month }, confidence: "insufficient", figures: null });
      expect(guide?.topReports.map((report) => report.id)).toEqual([seed.id]);
    }
  });
});

describe("listExchangeReports", () => {
  it("pages through every published report in rankReports' order, whatever the page size", async () => {
    const exchange = await createExchange(db());
    const author = await createUser(db());
    const total = REPORTS_PER_PAGE + 5;
    const rows: { id: string }[] = [];
    for (let i = 0; i < total; i += 1) rows.push(await createReportRow(db(), { exchangeId: exchange.id, authorId: author.id }));
    await createReportRow(db(), { exchangeId: exchange.id, authorId: author.id }, { status: "PENDING_REVIEW" });
    // Votes spread over the list, so the rank order differs from the creation order.
    const voters = await Promise.all(Array.from({ length: 3 }, () => createActor()));
    for (const [index, row] of rows.entries()) {
      if (index % 3 === 0) await castVote({ actor: voters[0] ?? null, input: { reportId: row.id, value: "HELPFUL" } });
      if (index % 4 === 0) await castVote({ actor: voters[1] ?? null, input: { reportId: row.id, value: index % 8 === 0 ? "NOT_HELPFUL" : "HELPFUL" } });
    }
    const [viewer] = voters;
    const first = await listExchangeReports({ slug: exchange.slug, page: 1, viewerId: viewer?.id });
    const second = await listExchangeReports({ slug: exchange.slug, page: 2, viewerId: viewer?.id });
    expect(first).toMatchObject({ page: 1, pageCount: 2, total });
    expect(first?.reports).toHaveLength(REPORTS_PER_PAGE);
    expect(second?.reports).toHaveLength(5);
    const listed = [...(first?.reports ?? []), ...(second?.reports ?? [])];
    expect(listed.map((report) => report.id)).toEqual(rankReports(listed).map((report) => report.id));
    expect(new Set(listed.map((report) => report.id)).size).toBe(total);
    expect(listed.find((report) => report.id === rows[0]?.id)?.votes).toEqual({ helpful: 1, notHelpful: 1, mine: "HELPFUL" });

    // The guide shows the head of the same order.
    const guide = await findGuide({ slug: exchange.slug, now: NOW });
    expect(guide?.topReports.map((report) => report.id)).toEqual(listed.slice(0, GUIDE_TOP_REPORTS).map((report) => report.id));
    expect(guide?.itemLabels.map((item) => item.code)).toContain(ITEM_A);

    // With the guide stored and current, the total is its count: a report written past lib/data
    // is counted once the version moves, as every lib/data write moves it.
    await createReportRow(db(), { exchangeId: exchange.id, authorId: author.id });
    expect((await listExchangeReports({ slug: exchange.slug, page: 1 }))?.total).toBe(total);
    await db().$transaction((tx) => bumpGuideVersion(tx, exchange.id));
    expect((await listExchangeReports({ slug: exchange.slug, page: 1 }))?.total).toBe(total + 1);

    expect((await listExchangeReports({ slug: exchange.slug, page: 3 }))?.reports).toEqual([]);
    expect(await listExchangeReports({ slug: "no-such-exchange", page: 1 })).toBeNull();
  });
});

describe("listComparison", () => {
  it("ranks the stored rows of every view: by default and filtered by period and inquiry language", async () => {
    const { exchange } = await exchangeWithReports();
    const options = { sortBy: "reports", now: NOW } as const;

    const all = await listComparison({ ...options, period: "all", inquiryLanguage: "all" });
    const row = all.ranked.find((entry) => entry.exchange === exchange.slug);
    expect(row).toMatchObject({ n: variants.length, confidence: "low" });
    expect(all.exchanges[exchange.slug]).toEqual({ slug: exchange.slug, nameEn: exchange.nameEn, nameJa: exchange.nameJa });
    expect(all.version).toBe((await getComparisonVersion()).version);
    // Read before the exchanges this call recomputed and stored: the open page refreshes once more.
    expect(all.statsVersion).toBeLessThan((await getComparisonVersion()).statsVersion);
    expect((await listComparison({ ...options, period: "all", inquiryLanguage: "all" })).statsVersion).toBe((await getComparisonVersion()).statsVersion);
    const stored = await db().exchangeGuide.findUniqueOrThrow({ where: { exchangeId: exchange.id } });
    expect(stored.computedAt).toEqual(NOW);
    // Seed exchanges have one report each: listed apart, never ranked.
    expect(all.belowThreshold.find((entry) => entry.exchange === "kraken")).toMatchObject({ n: 1 });

    const facts = await loadReportFacts({ exchangeId: exchange.id });
    const english = await listComparison({ ...options, period: "all", inquiryLanguage: "en" });
    const englishFacts = facts.filter((fact) => fact.inquiryLanguage === "en");
    expect(englishFacts).toHaveLength(2);
    expect(english.belowThreshold.find((entry) => entry.exchange === exchange.slug)).toMatchObject({ n: 2 });

    const japanese = await listComparison({ ...options, period: "all", inquiryLanguage: "ja" });
    expect([...japanese.ranked, ...japanese.belowThreshold].find((entry) => entry.exchange === exchange.slug)?.n).toBe(5);
    const other = await listComparison({ ...options, period: "all", inquiryLanguage: "other" });
    expect(other.belowThreshold.find((entry) => entry.exchange === exchange.slug)?.n).toBe(0);

    // 12 months back from November 2026: December 2025 onwards.
    const recent = await listComparison({ ...options, period: "12m", inquiryLanguage: "all", sortBy: "medianResolution" });
    const recentFacts = facts.filter((fact) => fact.incidentMonth >= new Date("2025-12-01T00:00:00Z"));
    expect(recentFacts).toHaveLength(4);
    const recentRow = recent.belowThreshold.find((entry) => entry.exchange === exchange.slug);
    expect(recentRow?.n).toBe(4);
    const threeYears = await listComparison({ ...options, period: "36m", inquiryLanguage: "all" });
    expect(threeYears.ranked.find((entry) => entry.exchange === exchange.slug)?.n).toBe(variants.length);

    // A write makes the default view recompute that exchange's stored aggregate.
    const author = await createActor();
    await createReport({ actor: author, input: reportInput(exchange.slug) });
    const later = new Date(NOW.getTime() + 60_000);
    const after = await listComparison({ ...options, period: "all", inquiryLanguage: "all", now: later });
    expect(after.ranked.find((entry) => entry.exchange === exchange.slug)?.n).toBe(variants.length + 1);
    expect(after.version).toBeGreaterThan(all.version);
  });
});
