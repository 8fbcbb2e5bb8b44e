import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/scripts/db/embedded";
import { applyMigrations } from "@/scripts/db/migrate";
import { createScriptPrisma } from "@/scripts/db/script-prisma";
import { seedDatabase } from "@/scripts/db/seed";

// Each test starts PGlite (WebAssembly) cold, applies every migration and seeds: 10-15 s on a quiet
// 2-core machine, over 30 s when it is shared, hence the explicit margin.
const COLD_START_TIMEOUT_MS = 120_000;

describe("embedded PostgreSQL", () => {
  it("keeps migrated and seeded data across a stop and a start, without seeding twice", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "ra-embedded-"));
    try {
      const first = await startEmbeddedPostgres({ dataDir });
      expect((await applyMigrations({ connectionString: first.connectionString })).length).toBeGreaterThan(0);
      let prisma = createScriptPrisma(first.connectionString);
      expect((await seedDatabase(prisma, { onlyIfEmpty: true })).seeded).toBe(true);
      const reports = await prisma.report.count();
      await prisma.$disconnect();
      await first.stop();

      const second = await startEmbeddedPostgres({ dataDir });
      expect(await applyMigrations({ connectionString: second.connectionString })).toEqual([]);
      prisma = createScriptPrisma(second.connectionString);
      expect((await seedDatabase(prisma, { onlyIfEmpty: true })).seeded).toBe(false);
      expect(await prisma.report.count()).toBe(reports);
      await prisma.$disconnect();
      await second.stop();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, COLD_START_TIMEOUT_MS);

  it("serves several connections at once, each with its own transaction", async () => {
    const embedded = await startEmbeddedPostgres({ maxConnections: 8 });
    try {
      await applyMigrations({ connectionString: embedded.connectionString });
      const prisma = createScriptPrisma(embedded.connectionString, 4);
      await seedDatabase(prisma, { onlyIfEmpty: true });
      // A rolled-back transaction on one connection must not leak into reads on the others.
      const rolledBack = prisma
        .$transaction(async (tx) => {
          await tx.exchange.update({ where: { slug: "kraken" }, data: { nameEn: "Changed" } });
          await new Promise((done) => setTimeout(done, 50));
          throw new Error("roll back");
        })
        .catch((error: Error) => error.message);
      const reads = await Promise.all(Array.from({ length: 6 }, () => prisma.exchange.findUniqueOrThrow({ where: { slug: "kraken" } })));
      expect(await rolledBack).toBe("roll back");
      expect(reads.every((row) => row.nameEn === "Kraken")).toBe(true);
      expect((await prisma.exchange.findUniqueOrThrow({ where: { slug: "kraken" } })).nameEn).toBe("Kraken");
      await prisma.$disconnect();
    } finally {
      await embedded.stop();
    }
  }, COLD_START_TIMEOUT_MS);
});
