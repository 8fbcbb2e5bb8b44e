import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findGuide } from "@/lib/data/guides/find-guide";
import { hideReport } from "@/lib/data/moderation/decide-report";
import { createReport } from "@/lib/data/reports/create-report";
import { castVote } from "@/lib/data/votes/cast-vote";
import { db } from "@/lib/db";
import { postgresVersionSource } from "@/lib/page-cache/pg-version-source";
import type { PageTag } from "@/lib/page-cache/rules";
import { PageCache, type CachedPage } from "@/lib/page-cache/store";
import { VersionWatch } from "@/lib/page-cache/version-watch";
import { seedDatabase } from "@/scripts/db/seed";
import { createExchange, createUser, reportInputDraft } from "../factories";

// The page cache's version watch against the real database and the real writes of lib/data: each
// kind of write drops the pages it changes (its exchange's and the site-wide ones), nothing else.

const LONG_AGO = new Date("2020-01-01T00:00:00Z");
const page: CachedPage = { status: 200, headers: [], cookies: [], body: Buffer.from("x"), gzip: Buffer.alloc(0), etag: '"x"', scriptHashes: [] };

let pool: pg.Pool;
beforeAll(async () => {
  await seedDatabase(db(), { onlyIfEmpty: true });
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
});
afterAll(async () => {
  await pool.end();
});


async function setUp() {
  const cache = new PageCache({ maxBytes: 1_000_000, maxAgeMs: 60_000 });
  const source = postgresVersionSource(async (sql) => (await pool.query(sql)).rows);
  const watch = new VersionWatch({ source, cache, intervalMs: 50 });
  const [one, other] = [await createExchange(db()), await createExchange(db())];
  const author = await createUser(db(), { createdAt: LONG_AGO });
  const actor = { id: author.id, role: author.role, bannedAt: null, createdAt: author.createdAt };
  await watch.poll();
  const tags: Record<string, PageTag> = { one: { kind: "exchange", slug: one.slug }, other: { kind: "exchange", slug: other.slug }, home: { kind: "site" } };
  /** Stores a page for each tag, polls after `write`, and says which pages are left. */
  const leftAfter = async (write: () => Promise<unknown>) => {
    for (const [key, tag] of Object.entries(tags)) cache.store(cache.begin(key, tag), page);
    await watch.poll();
    await write();
    await watch.poll();
    return Object.keys(tags).filter((key) => cache.get(key) !== undefined);
  };
  return { cache, watch, one, other, actor, leftAfter, source };
}

describe("the page cache's version watch on PostgreSQL", () => {
  it("drops an exchange's pages and the site-wide ones after a report, its statistics and a moderator's decision", async () => {
    const { one, actor, leftAfter } = await setUp();
    let reportId = "";
    expect(
      await leftAfter(async () => {
        const created = await createReport({ actor, input: reportInputDraft(one.slug) });
        reportId = created.id;
      }),
    ).toEqual(["other"]);
    // The statistics recomputed by the next read move the stored guide's version.
    expect(await leftAfter(() => findGuide({ slug: one.slug }))).toEqual(["other"]);
    const moderator = await createUser(db(), { role: "MODERATOR", createdAt: LONG_AGO });
    expect(await leftAfter(() => hideReport({ actor: { id: moderator.id, role: moderator.role, bannedAt: null, createdAt: moderator.createdAt }, reportId, reason: "test" }))).toEqual(["other"]);
  });

  it("drops only the voted guide's pages after a vote, and keeps them there after the recomputation it causes", async () => {
    const { one, actor, leftAfter, source, watch } = await setUp();
    const { id: reportId } = await createReport({ actor, input: reportInputDraft(one.slug) });
    await findGuide({ slug: one.slug });
    await watch.poll();
    const voter = await createUser(db(), { createdAt: LONG_AGO });
    const siteBefore = await source.siteVersion();
    const guideBefore = (await source.exchangeVersions()).versions.get(one.slug);
    const vote = () => castVote({ actor: { id: voter.id, role: voter.role, bannedAt: null, createdAt: voter.createdAt }, input: { reportId, value: "HELPFUL" } });
    expect(await leftAfter(vote)).toEqual(["other", "home"]);
    expect((await source.exchangeVersions()).versions.get(one.slug)).not.toBe(guideBefore);
    // The guide read after the vote recomputes its statistics; the comparison's rows stay the same.
    expect(await leftAfter(() => findGuide({ slug: one.slug }))).toEqual(["other", "home"]);
    expect(await source.siteVersion()).toBe(siteBefore);
  });

  it("agrees with a guide's render on its page version, so a render that recomputed the statistics keeps its copy current", async () => {
    const { one, actor, cache, watch, source } = await setUp();
    await createReport({ actor, input: reportInputDraft(one.slug) });
    await watch.poll();
    // The render's read recomputes the statistics (a small exchange, within the read) and stores them.
    const render = cache.begin("one", { kind: "exchange", slug: one.slug });
    const guide = await findGuide({ slug: one.slug });
    await watch.poll();
    expect(guide?.pageVersion).toBe((await source.exchangeVersions()).versions.get(one.slug));
    expect(cache.store(render, { ...page, shows: guide?.pageVersion })).toBe(true);
    expect(cache.get("one")).toBeDefined();
    // A copy that says an older version is stale once the watch saw the newer one.
    const older = cache.begin("one", { kind: "exchange", slug: one.slug });
    await createReport({ actor, input: reportInputDraft(one.slug) });
    await watch.poll();
    expect(cache.get("one")).toBeUndefined();
    cache.store(older, { ...page, shows: guide?.pageVersion });
    expect(cache.get("one")).toBeUndefined();
  });

  it("drops an exchange's pages when its catalogue entry changes, and the site-wide ones when an exchange is added", async () => {
    const { one, leftAfter } = await setUp();
    expect(await leftAfter(() => db().exchange.update({ where: { id: one.id }, data: { notesEn: "Support moved to a form." } }))).toEqual(["other"]);
    expect(await leftAfter(() => createExchange(db()))).toEqual(["one", "other"]);
  });

  it("keeps every page when nothing changed, reading only the fingerprint", async () => {
    const { leftAfter, source } = await setUp();
    const fingerprint = await source.fingerprint();
    expect(await leftAfter(async () => undefined)).toEqual(["one", "other", "home"]);
    expect(await source.fingerprint()).toBe(fingerprint);
  });
});
