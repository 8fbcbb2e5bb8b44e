import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { catalogue } from "@/prisma/seed/catalogue";
import { officialProcedures } from "@/prisma/seed/official-procedures";
import { requiredItems } from "@/prisma/seed/required-items";
import { seedReports } from "@/prisma/seed/seed-reports";
import { seedDatabase } from "@/scripts/db/seed";

// One file, one database: the seed runs once here and every test reads what it wrote.
describe("seedDatabase", () => {
  it("fills an empty database with the catalogue, the vocabulary and the four seed reports", async () => {
    const result = await seedDatabase(db(), { onlyIfEmpty: true });
    expect(result).toEqual({ seeded: true, exchanges: catalogue.length, requiredItems: requiredItems.length, reports: 4, translated: 0, officialProcedures: officialProcedures.length });

    const kraken = await db().exchange.findUniqueOrThrow({ where: { slug: "kraken" } });
    expect(kraken).toMatchObject({ nameJa: "クラーケン", officialDomains: ["kraken.com"], status: "OPERATING", country: "US" });
    expect((await db().exchange.findUniqueOrThrow({ where: { slug: "dmm-bitcoin" } })).status).toBe("CLOSED");
  });

  it("stores every event, required item, language and tip of each seed report: the Japanese original and the English translation", async () => {
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
      expect(stored).toMatchObject({ textLanguage: "ja", translationLanguage: "en" });
      expect([stored.contactPath, stored.contactPathTranslation]).toEqual([seed.contactPath.ja, seed.contactPath.en]);
      expect([stored.tips, stored.tipsTranslation]).toEqual([seed.tips?.ja ?? null, seed.tips?.en ?? null]);
      expect([stored.summary, stored.summaryTranslation]).toEqual([seed.summary.ja, seed.summary.en]);
      expect([stored.lockoutDetail, stored.lockoutDetailTranslation]).toEqual([seed.lockoutDetail.ja, seed.lockoutDetail.en]);
      expect([stored.verificationLevel, stored.verificationLevelTranslation]).toEqual([seed.verificationLevel?.ja ?? null, seed.verificationLevel?.en ?? null]);
      // Japanese originals: every text of the seed is written in Japanese.
      expect(stored.summary).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(stored.inquiryLanguage).toBe(seed.inquiryLanguage);
      expect(stored.replyLanguages).toEqual(seed.replyLanguages);
      expect(stored.outcome).toBe(seed.outcome);
      expect(stored.hadBackupCodes).toBe(false);
      expect(stored.events.map((event) => [event.kind, event.occurredAt.toISOString().slice(0, 10), event.note, event.noteTranslation, event.language])).toEqual(
        seed.events.map((event) => [event.kind, event.day, event.note?.ja ?? null, event.note?.en ?? null, event.language ?? null]),
      );
      expect(stored.requiredItems.map((link) => [link.item.code, link.note, link.noteTranslation]).sort()).toEqual(
        seed.requiredItems.map((item) => [item.code, item.note?.ja ?? null, item.note?.en ?? null]).sort(),
      );
    }
  });

  it("does nothing on a database that already has data, and never overwrites when run by hand", async () => {
    expect((await seedDatabase(db(), { onlyIfEmpty: true })).seeded).toBe(false);

    await db().exchange.update({ where: { slug: "zaif" }, data: { nameEn: "Zaif (edited)" } });
    await db().report.update({ where: { id: "seed-report-zaif" }, data: { tips: "edited" } });
    const again = await seedDatabase(db(), { onlyIfEmpty: false });
    expect(again).toEqual({ seeded: true, exchanges: 0, requiredItems: 0, reports: 0, translated: 0, officialProcedures: 0 });
    expect((await db().exchange.findUniqueOrThrow({ where: { slug: "zaif" } })).nameEn).toBe("Zaif (edited)");
    expect((await db().report.findUniqueOrThrow({ where: { id: "seed-report-zaif" } })).tips).toBe("edited");
    expect(await db().report.count()).toBe(4);
    expect(await db().timelineEvent.count()).toBe(seedReports.reduce((sum, report) => sum + report.events.length, 0));
  });

  it("gives seed reports stored in English only (before their Japanese originals) the original, keeping the English as translation", async () => {
    const englishOnly = (seed: (typeof seedReports)[number]) =>
      db().$transaction(async (tx) => {
        await tx.report.update({
          where: { id: seed.id },
          data: {
            textLanguage: "en",
            translationLanguage: null,
            lockoutDetail: seed.lockoutDetail.en,
            lockoutDetailTranslation: null,
            verificationLevel: seed.verificationLevel?.en ?? null,
            verificationLevelTranslation: null,
            contactPath: seed.contactPath.en,
            contactPathTranslation: null,
            summary: seed.summary.en,
            summaryTranslation: null,
            tips: seed.tips?.en ?? null,
            tipsTranslation: null,
          },
        });
        for (const [position, event] of seed.events.entries()) {
          await tx.timelineEvent.updateMany({ where: { reportId: seed.id, position }, data: { note: event.note?.en ?? null, noteTranslation: null } });
        }
        for (const item of seed.requiredItems) {
          await tx.reportRequiredItem.updateMany({ where: { reportId: seed.id, item: { code: item.code } }, data: { note: item.note?.en ?? null, noteTranslation: null } });
        }
      });
    const [kraken, valu] = ["seed-report-kraken", "seed-report-valu"].map((id) => seedReports.find((seed) => seed.id === id));
    if (!kraken || !valu) throw new Error("seed reports missing");
    await englishOnly(kraken);
    await englishOnly(valu);
    // A report someone changed is not the seed's any more: it is left as it is.
    await db().report.update({ where: { id: valu.id }, data: { tips: "changed by hand" } });
    const krakenVersion = (await db().guideCounter.findUnique({ where: { key: (await db().report.findUniqueOrThrow({ where: { id: kraken.id } })).exchangeId } }))?.version ?? 0;

    // The start script's path: a database with data is not seeded again, but gets the originals.
    expect(await seedDatabase(db(), { onlyIfEmpty: true })).toEqual({ seeded: false, exchanges: 0, requiredItems: 0, reports: 0, translated: 1, officialProcedures: 0 });
    const stored = await db().report.findUniqueOrThrow({ where: { id: kraken.id }, include: { events: { orderBy: { position: "asc" } }, requiredItems: { include: { item: true } } } });
    expect(stored).toMatchObject({
      textLanguage: "ja",
      translationLanguage: "en",
      summary: kraken.summary.ja,
      summaryTranslation: kraken.summary.en,
      tips: kraken.tips?.ja,
      tipsTranslation: kraken.tips?.en,
      contactPath: kraken.contactPath.ja,
      contactPathTranslation: kraken.contactPath.en,
    });
    expect(stored.events.map((event) => [event.note, event.noteTranslation])).toEqual(kraken.events.map((event) => [event.note?.ja ?? null, event.note?.en ?? null]));
    expect(stored.requiredItems.find((link) => link.item.code === "GOVERNMENT_ID")?.noteTranslation).toBe(
      kraken.requiredItems.find((item) => item.code === "GOVERNMENT_ID")?.note?.en,
    );
    // Cached pages of the exchange drop the English-only text.
    expect((await db().guideCounter.findUniqueOrThrow({ where: { key: stored.exchangeId } })).version).toBeGreaterThan(krakenVersion);

    expect(await db().report.findUniqueOrThrow({ where: { id: valu.id } })).toMatchObject({ textLanguage: "en", translationLanguage: null, tips: "changed by hand", summary: valu.summary.en });
    // Running it again finds nothing left to do.
    expect((await seedDatabase(db(), { onlyIfEmpty: true })).translated).toBe(0);
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
