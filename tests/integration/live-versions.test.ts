import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findGuide } from "@/lib/data/guides/find-guide";
import { getComparisonVersion, getGuideVersion } from "@/lib/data/guides/live-version";
import { createReport } from "@/lib/data/reports/create-report";
import { castVote } from "@/lib/data/votes/cast-vote";
import { db } from "@/lib/db";
import { readLiveSnapshot } from "@/lib/live/live-versions";
import { listenForVersions } from "@/lib/live/version-listener";
import { seedDatabase } from "@/scripts/db/seed";
import { createExchange, createUser, reportInputDraft } from "../factories";

// The versions the live streams push (one query for every exchange, in the server process) are
// the ones pages render with and GET /api/guides/version answers; on PostgreSQL, a committed
// write reaches a LISTEN connection, a rolled-back one does not.

const LONG_AGO = new Date("2020-01-01T00:00:00Z");
let pool: pg.Pool;
const query = async <Row>(sql: string) => (await pool.query(sql)).rows as Row[];

beforeAll(async () => {
  await seedDatabase(db(), { onlyIfEmpty: true });
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
});
afterAll(async () => {
  await pool.end();
});

async function expectSameVersions(slugs: string[]) {
  const snapshot = await readLiveSnapshot(query);
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
    const snapshot = await readLiveSnapshot(query);
    expect(snapshot.exchanges.get(one.slug)?.version).toBeGreaterThanOrEqual(2);
    await expectSameVersions([one.slug, other.slug]);
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
