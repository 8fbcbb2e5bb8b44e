import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findGuide } from "@/lib/data/guides/find-guide";
import { getComparisonVersion, getGuideVersion } from "@/lib/data/guides/live-version";
import { createReport } from "@/lib/data/reports/create-report";
import { castVote } from "@/lib/data/votes/cast-vote";
import { db } from "@/lib/db";
import { listenForVersions } from "@/lib/live/version-listener";
import type { LiveSnapshot } from "@/lib/live/live-hub";
import { postgresVersionSource } from "@/lib/page-cache/pg-version-source";
import { PageCache, type CachedPage } from "@/lib/page-cache/store";
import { VersionWatch } from "@/lib/page-cache/version-watch";
import { seedDatabase } from "@/scripts/db/seed";
import { createExchange, createUser, reportInputDraft } from "../factories";

// The versions the live streams push (read in the server process by the page cache's version
// watch, in the same query as every exchange's page versions) are the ones pages render with and
// GET /api/guides/version answers; on PostgreSQL, a committed write reaches a LISTEN connection,
// a rolled-back one does not.

const LONG_AGO = new Date("2020-01-01T00:00:00Z");
const page: CachedPage = { status: 200, headers: [], cookies: [], body: Buffer.from("x"), gzip: Buffer.alloc(0), etag: '"x"', scriptHashes: [] };
let pool: pg.Pool;
const query = async <Row>(sql: string) => (await pool.query(sql)).rows as Row[];
const readLiveSnapshot = async () => (await postgresVersionSource(query).exchangeVersions()).extra;

beforeAll(async () => {
  await seedDatabase(db(), { onlyIfEmpty: true });
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
});
afterAll(async () => {
  await pool.end();
});

async function expectSameVersions(slugs: string[]) {
  const snapshot = await readLiveSnapshot();
  for (const slug of slugs) expect(snapshot.exchanges.get(slug)).toEqual(await getGuideVersion({ slug }));
  expect(snapshot.comparison).toEqual(await getComparisonVersion());
}

describe("live versions", () => {
  it("are read for every exchange and the comparison exactly as pages read them, across a report, its statistics and a vote", async () => {
    const [one, other] = [await createExchange(db()), await createExchange(db())];
    const author = await createUser(db(), { createdAt: LONG_AGO });
    const voter = await createUser(db(), { createdAt: LONG_AGO });
    await expectSameVersions([one.slug, other.slug, "kraken"]);
    const created = await createReport({ actor: { id: author.id, role: author.role, bannedAt: null, createdAt: author.createdAt }, input: reportInputDraft(one.slug) });
    await expectSameVersions([one.slug, other.slug]);
    await findGuide({ slug: one.slug, viewerId: null });
    await castVote({ actor: { id: voter.id, role: voter.role, bannedAt: null, createdAt: voter.createdAt }, input: { reportId: created.id, value: "HELPFUL" } });
    await findGuide({ slug: one.slug, viewerId: null });
    const snapshot = await readLiveSnapshot();
    expect(snapshot.exchanges.get(one.slug)?.version).toBeGreaterThanOrEqual(2);
    await expectSameVersions([one.slug, other.slug]);
  });
});

describe("the version watch", () => {
  it("hands the live streams the versions its own read found, once it has dropped the changed pages", async () => {
    const exchange = await createExchange(db());
    const author = await createUser(db(), { createdAt: LONG_AGO });
    const cache = new PageCache({ maxBytes: 1_000_000, maxAgeMs: 60_000 });
    const published: { snapshot: LiveSnapshot; cachedThen: boolean }[] = [];
    let reads = 0;
    const source = postgresVersionSource(query);
    const counted = { ...source, exchangeVersions: () => ((reads += 1), source.exchangeVersions()) };
    const watch = new VersionWatch({ source: counted, cache, intervalMs: 50, onChange: (_change, snapshot) => published.push({ snapshot, cachedThen: cache.get("guide") !== undefined }) });
    await watch.poll();
    cache.store(cache.begin("guide", { kind: "exchange", slug: exchange.slug }), page);
    await createReport({ actor: { id: author.id, role: author.role, bannedAt: null, createdAt: author.createdAt }, input: reportInputDraft(exchange.slug) });
    await watch.poll();
    expect(reads).toBe(2);
    expect(published).toHaveLength(2);
    expect(published[1]?.cachedThen).toBe(false);
    expect(published[1]?.snapshot.exchanges.get(exchange.slug)).toEqual(await getGuideVersion({ slug: exchange.slug }));
    expect(published[1]?.snapshot.comparison).toEqual(await getComparisonVersion());
  });
});

// PGlite runs one backend for all its sockets, and a notification reaches only the connection
// that sent it: on the embedded database the server polls instead (docs/decisions/015).
describe.runIf(inject("databaseMode") === "server")("LISTEN on PostgreSQL", () => {
  it("hears a committed write once it commits, and nothing of one that rolled back", async () => {
    const notifications: string[] = [];
    let listening: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (listening = resolve));
    const listener = listenForVersions({
      connectionString: process.env.DATABASE_URL ?? "",
      onNotify: (payload) => notifications.push(payload ?? ""),
      onListening: (holds) => holds && listening(),
    });
    try {
      await ready;
      // onListening is followed by one catch-up read of its own.
      await expect.poll(() => notifications.length).toBe(1);
      const writer = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await writer.connect();
      try {
        const exchange = await createExchange(db());
        // Notifications arrive in commit order: once a marker is in, everything before it is.
        await writer.query("SELECT pg_notify('live_versions', 'start')");
        await expect.poll(() => notifications.includes("start")).toBe(true);
        await writer.query("BEGIN");
        await writer.query(`INSERT INTO "GuideCounter" ("key", "version", "updatedAt") VALUES ($1, 1, now()) ON CONFLICT ("key") DO UPDATE SET "version" = "GuideCounter"."version" + 1`, [exchange.id]);
        await writer.query("ROLLBACK");
        const author = await createUser(db(), { createdAt: LONG_AGO });
        await createReport({ actor: { id: author.id, role: author.role, bannedAt: null, createdAt: author.createdAt }, input: reportInputDraft(exchange.slug) });
        await writer.query("SELECT pg_notify('live_versions', 'marker')");
      } finally {
        await writer.end();
      }
      await expect.poll(() => notifications.includes("marker")).toBe(true);
      // Exactly the report's transaction; nothing of the one that rolled back.
      expect(notifications.slice(notifications.indexOf("start") + 1)).toEqual(["", "marker"]);
    } finally {
      await listener.stop();
    }
  });
});
