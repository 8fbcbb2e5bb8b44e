import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { catalogue } from "@/prisma/seed/catalogue";
import { requiredItems } from "@/prisma/seed/required-items";
import { seedReports } from "@/prisma/seed/seed-reports";
import { seedDatabase } from "@/scripts/db/seed";

// One file, one database: the seed runs once here and every test reads what it wrote.
describe("seedDatabase", () => {
  it("fills an empty database with the catalogue, the vocabulary and the four seed reports", async () => {
    const result = await seedDatabase(db(), { onlyIfEmpty: true });
    expect(result).toEqual({ seeded: true, exchanges: catalogue.length, requiredItems: requiredItems.length, reports: 4 });

    const kraken = await db().exchange.findUniqueOrThrow({ where: { slug: "kraken" } });
    expect(kraken).toMatchObject({ nameJa: "クラーケン", officialDomains: ["kraken.com"], status: "OPERATING", country: "US" });
    expect((await db().exchange.findUniqueOrThrow({ where: { slug: "dmm-bitcoin" } })).status).toBe("CLOSED");
  });

  it("stores every event, required item, language and tip of each seed report", async () => {
    for (const seed of seedReports) {
      const stored = await db().report.findUniqueOrThrow({
        where: { id: seed.id },
        include: {
          exchange: true,
          events: { orderBy: [{ occurredAt: "asc" }, { position: "asc" }] },
          requiredItems: { include: { item: true } },
        },
      });
      expect(stored.exchange.slug).toBe(seed.exchangeSlug);
      expect(stored.status).toBe("PUBLISHED");
      expect(stored.contactPath).toBe(seed.contactPath);
      expect(stored.tips).toBe(seed.tips ?? null);
      expect(stored.summary).toBe(seed.summary);
      expect(stored.inquiryLanguage).toBe(seed.inquiryLanguage);
      expect(stored.replyLanguages).toEqual(seed.replyLanguages);
      expect(stored.outcome).toBe(seed.outcome);
      expect(stored.hadBackupCodes).toBe(false);
      expect(stored.events.map((event) => [event.kind, event.occurredAt.toISOString().slice(0, 10), event.note, event.language])).toEqual(
        seed.events.map((event) => [event.kind, event.day, event.note ?? null, event.language ?? null]),
      );
      expect(stored.requiredItems.map((link) => [link.item.code, link.note]).sort()).toEqual(
        seed.requiredItems.map((item) => [item.code, item.note ?? null]).sort(),
      );
    }
  });

  it("does nothing on a database that already has data, and never overwrites when run by hand", async () => {
    expect((await seedDatabase(db(), { onlyIfEmpty: true })).seeded).toBe(false);

    await db().exchange.update({ where: { slug: "zaif" }, data: { nameEn: "Zaif (edited)" } });
    await db().report.update({ where: { id: "seed-report-zaif" }, data: { tips: "edited" } });
    const again = await seedDatabase(db(), { onlyIfEmpty: false });
    expect(again).toEqual({ seeded: true, exchanges: 0, requiredItems: 0, reports: 0 });
    expect((await db().exchange.findUniqueOrThrow({ where: { slug: "zaif" } })).nameEn).toBe("Zaif (edited)");
    expect((await db().report.findUniqueOrThrow({ where: { id: "seed-report-zaif" } })).tips).toBe("edited");
    expect(await db().report.count()).toBe(4);
    expect(await db().timelineEvent.count()).toBe(seedReports.reduce((sum, report) => sum + report.events.length, 0));
  });

  it("gives its transaction explicit bounds, well past Prisma's 2 s / 5 s defaults, for a busy machine", async () => {
    const transaction = vi.spyOn(db(), "$transaction");
    try {
      await seedDatabase(db(), { onlyIfEmpty: false });
      const options = transaction.mock.calls[0]?.[1] as { maxWait?: number; timeout?: number } | undefined;
      expect(options?.maxWait).toBeGreaterThanOrEqual(30_000);
      expect(options?.timeout).toBeGreaterThanOrEqual(120_000);
    } finally {
      transaction.mockRestore();
    }
  });
});
