import { beforeAll, describe, expect, inject, it } from "vitest";
import { readAggregateIndex } from "@/lib/data/guides/aggregate-cache";
import { invalidateAggregates, readAggregate } from "@/lib/data/guides/guide-aggregates";
import { createReport } from "@/lib/data/reports/create-report";
import { deleteReport } from "@/lib/data/reports/delete-report";
import { db } from "@/lib/db";
import { guideFromAggregate } from "@/lib/domain/stats/aggregate/figures";
import type { ReportInputDraft } from "@/lib/validation/report";
import { seedDatabase } from "@/scripts/db/seed";
import { createActor, createExchange, reportInputDraft } from "../factories";

// The aggregates a process keeps in memory between refreshes (lib/data/guides/aggregate-cache.ts)
// read only the rows moved since their last read, and still agree with the stored aggregate
// whatever other transactions did meanwhile.

const NOW = new Date("2026-11-01T12:00:00Z");
const figures = async (exchangeId: string) => ({
  kept: guideFromAggregate(await readAggregateIndex(db(), exchangeId), { now: NOW, minSample: 1 }),
  stored: guideFromAggregate(await readAggregate(db(), exchangeId), { now: NOW, minSample: 1 }),
});

async function exchangeWithReports(count: number) {
  const exchange = await createExchange(db());
  const reports: { id: string; author: Awaited<ReturnType<typeof createActor>> }[] = [];
  for (let index = 0; index < count; index++) {
    const author = await createActor(db());
    reports.push({ id: (await createReport({ actor: author, input: reportInputDraft(exchange.slug) })).id, author });
  }
  return { exchange, reports };
}

// Moves the exchange's report counts behind the writes' back, as a write's transaction would.
async function bumpReportKeys(client: Parameters<typeof readAggregateIndex>[0], exchangeId: string, by: number): Promise<void> {
  await client.$executeRaw`
    UPDATE "GuideAggregate" SET "count" = "count" + ${by}, "changedBy" = pg_current_xact_id() WHERE "exchangeId" = ${exchangeId} AND "key" LIKE 'n|%'`;
}

// A report of another incident month than the factory's: keys of its own.
const elsewhen = (): Partial<ReportInputDraft> => ({ incidentMonth: "2025-02", outcome: "STILL_WAITING", events: [{ kind: "CONTACTED", day: "2025-02-03" }] });

beforeAll(async () => {
  await seedDatabase(db(), { onlyIfEmpty: true });
});

describe("aggregates kept in memory", () => {
  it("follow writes, and forget the keys that fell to 0", async () => {
    const { exchange, reports } = await exchangeWithReports(3);
    const first = await figures(exchange.id);
    expect(first.kept).toEqual(first.stored);
    expect(first.kept.stats.n).toBe(3);

    // A report of another month adds keys; deleted, they fall to 0 and must leave what is kept.
    const author = await createActor(db());
    const { id } = await createReport({ actor: author, input: reportInputDraft(exchange.slug, elsewhen()) });
    expect((await figures(exchange.id)).kept.stats.n).toBe(4);
    await deleteReport({ actor: author, reportId: id });
    const [oldest] = reports;
    if (oldest) await deleteReport({ actor: oldest.author, reportId: oldest.id });
    const after = await figures(exchange.id);
    expect(after.kept).toEqual(after.stored);
    expect(after.kept.stats.n).toBe(2);
    expect(after.kept.stats.incidentMonths).toEqual(first.stored.stats.incidentMonths);
  });

  it("keep nothing that a transaction read after writing and then rolled back", async () => {
    const { exchange } = await exchangeWithReports(2);
    await figures(exchange.id);
    const rolledBack = new Error("roll back");
    await expect(
      db().$transaction(async (tx) => {
        await bumpReportKeys(tx, exchange.id, 5);
        expect(guideFromAggregate(await readAggregateIndex(tx, exchange.id), { now: NOW, minSample: 1 }).stats.n).toBe(7);
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    const after = await figures(exchange.id);
    expect(after.kept.stats.n).toBe(2);
    expect(after.kept).toEqual(after.stored);
  });

  it("read the aggregate afresh after it was rebuilt", async () => {
    const { exchange } = await exchangeWithReports(2);
    await figures(exchange.id);
    // A rebuild counts what the stored rows do not: here a report whose keys were taken away behind its back.
    await bumpReportKeys(db(), exchange.id, -1);
    expect((await figures(exchange.id)).kept.stats.n).toBe(1);
    await invalidateAggregates(db(), [exchange.id]);
    await readAggregate(db(), exchange.id);
    const after = await figures(exchange.id);
    expect(after.kept.stats.n).toBe(2);
    expect(after.kept).toEqual(after.stored);
  });

  // Embedded PGlite runs one transaction at a time, so no write can be in flight during a read there.
  it.runIf(inject("databaseMode") === "server")("see a write that was in flight when they last read, once it commits", async () => {
    const { exchange } = await exchangeWithReports(2);
    await figures(exchange.id);
    let written = () => {};
    let release = () => {};
    const inFlight = new Promise<void>((resolve) => (written = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const slow = db().$transaction(
      async (tx) => {
        await bumpReportKeys(tx, exchange.id, 10);
        written();
        await released;
      },
      { timeout: 20_000 },
    );
    await inFlight;
    // Committed after the slow transaction began (another month: rows it does not hold), so its
    // id is higher, and this read sees it.
    await createReport({ actor: await createActor(db()), input: reportInputDraft(exchange.slug, elsewhen()) });
    expect((await figures(exchange.id)).kept.stats.n).toBe(3);
    release();
    await slow;
    const after = await figures(exchange.id);
    expect(after.kept.stats.n).toBe(13);
    expect(after.kept).toEqual(after.stored);
  });
});
