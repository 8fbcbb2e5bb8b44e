import { invalidateAggregates } from "../../lib/data/guides/guide-aggregates";
import { bumpGuideVersion } from "../../lib/data/guides/guide-counters";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { catalogue } from "../../prisma/seed/catalogue";
import { requiredItems } from "../../prisma/seed/required-items";
import { seedOfficialProcedures } from "./seed-official-procedures";
import { SEED_TEXT_LANGUAGE, SEED_TRANSLATION_LANGUAGE, seedAuthor, seedReports, type SeedReport, type SeedText } from "../../prisma/seed/seed-reports";

export type SeedResult = { seeded: boolean; exchanges: number; requiredItems: number; reports: number; translated: number; officialProcedures: number };

type Tx = Prisma.TransactionClient;

// The seed writes a few hundred rows in one transaction, once; on a busy machine that takes longer
// than Prisma's 5-second default, and nothing else waits on it.
const SEED_TRANSACTION = { maxWait: 30_000, timeout: 120_000 };

const original = (text: SeedText | undefined) => text?.[SEED_TEXT_LANGUAGE] ?? null;
const translated = (text: SeedText | undefined) => text?.[SEED_TRANSLATION_LANGUAGE] ?? null;

/** The report's own free text as the seed writes it: the Japanese original and the English translation. */
function seedReportTexts(report: SeedReport) {
  return {
    textLanguage: SEED_TEXT_LANGUAGE,
    translationLanguage: SEED_TRANSLATION_LANGUAGE,
    lockoutDetail: original(report.lockoutDetail),
    lockoutDetailTranslation: translated(report.lockoutDetail),
    verificationLevel: original(report.verificationLevel),
    verificationLevelTranslation: translated(report.verificationLevel),
    contactPath: report.contactPath[SEED_TEXT_LANGUAGE],
    contactPathTranslation: translated(report.contactPath),
    summary: original(report.summary),
    summaryTranslation: translated(report.summary),
    tips: original(report.tips),
    tipsTranslation: translated(report.tips),
  };
}

/**
 * Fills a new database with the catalogue, the required-item vocabulary and the four seed
 * reports. Rows that already exist are never overwritten: an edited exchange or report stays
 * as its editor left it, and running the seed again adds only what is missing. The one change to
 * existing rows: seed reports stored before they carried their Japanese originals, and still word
 * for word as that English seed wrote them, get the Japanese original with the English as its
 * translation (fillSeedTranslations), also when `onlyIfEmpty` skips the rest. Likewise an existing
 * database gets the exchanges' official procedures once (seedOfficialProcedures).
 */
export async function seedDatabase(prisma: PrismaClient, options: { onlyIfEmpty: boolean }): Promise<SeedResult> {
  if (options.onlyIfEmpty && (await prisma.exchange.count()) > 0) {
    const [translatedReports, officialProcedures] = await prisma.$transaction(
      async (tx) => [await fillSeedTranslations(tx), await seedOfficialProcedures(tx)] as const,
      SEED_TRANSACTION,
    );
    return { seeded: false, exchanges: 0, requiredItems: 0, reports: 0, translated: translatedReports, officialProcedures };
  }

  return prisma.$transaction(async (tx) => {
    const items = await tx.requiredItem.createMany({
      data: requiredItems.map((item, index) => ({ ...item, sortOrder: (index + 1) * 10 })),
      skipDuplicates: true,
    });
    const exchanges = await tx.exchange.createMany({
      data: catalogue.map((exchange) => ({
        slug: exchange.slug,
        nameEn: exchange.nameEn,
        nameJa: exchange.nameJa,
        aliases: exchange.aliases,
        country: exchange.country,
        website: exchange.officialDomains[0] ? `https://${exchange.officialDomains[0]}` : null,
        officialDomains: exchange.officialDomains,
        supportUrl: exchange.supportUrl ?? null,
        status: exchange.status,
        notesEn: exchange.notesEn ?? null,
        notesJa: exchange.notesJa ?? null,
      })),
      skipDuplicates: true,
    });

    await tx.user.upsert({
      where: { id: seedAuthor.id },
      create: { id: seedAuthor.id, displayName: seedAuthor.displayName },
      update: {},
    });

    const translatedReports = await fillSeedTranslations(tx);

    const exchangeIds = new Map((await tx.exchange.findMany({ select: { id: true, slug: true } })).map((row) => [row.slug, row.id]));
    const itemIds = new Map((await tx.requiredItem.findMany({ select: { id: true, code: true } })).map((row) => [row.code, row.id]));
    const existing = new Set(
      (await tx.report.findMany({ where: { id: { in: seedReports.map((report) => report.id) } }, select: { id: true } })).map((row) => row.id),
    );

    let reports = 0;
    const seededExchanges: string[] = [];
    for (const report of seedReports) {
      if (existing.has(report.id)) continue;
      const exchangeId = exchangeIds.get(report.exchangeSlug);
      if (!exchangeId) throw new Error(`Seed report ${report.id} names an unknown exchange ${report.exchangeSlug}`);
      await tx.report.create({
        data: {
          id: report.id,
          exchangeId,
          authorId: seedAuthor.id,
          // The write-up was published shortly after the recoveries.
          createdAt: new Date("2017-10-20T00:00:00Z"),
          incidentMonth: new Date(`${report.incidentMonth}-01T00:00:00Z`),
          lockoutCause: report.lockoutCause,
          hadBackupCodes: report.hadBackupCodes,
          contactChannel: report.contactChannel,
          inquiryLanguage: report.inquiryLanguage,
          replyLanguages: report.replyLanguages,
          ...seedReportTexts(report),
          outcome: report.outcome,
          status: "PUBLISHED",
          events: {
            create: report.events.map((event, position) => ({
              kind: event.kind,
              occurredAt: new Date(`${event.day}T00:00:00Z`),
              precision: "DAY" as const,
              language: event.language ?? null,
              note: original(event.note),
              noteTranslation: translated(event.note),
              position,
            })),
          },
          requiredItems: {
            create: report.requiredItems.map((item) => {
              const itemId = itemIds.get(item.code);
              if (!itemId) throw new Error(`Seed report ${report.id} names an unknown required item ${item.code}`);
              return { itemId, note: original(item.note), noteTranslation: translated(item.note) };
            }),
          },
        },
      });
      reports += 1;
      seededExchanges.push(exchangeId);
    }
    if (seededExchanges.length > 0) {
      // Written past lib/data's writes: their aggregates are rebuilt when next read.
      await invalidateAggregates(tx, seededExchanges);
      await bumpGuideVersion(tx, seededExchanges);
    }

    const officialProcedures = await seedOfficialProcedures(tx);
    return { seeded: true, exchanges: exchanges.count, requiredItems: items.count, reports, translated: translatedReports, officialProcedures };
  }, SEED_TRANSACTION);
}

/**
 * Databases seeded before the seed reports carried their Japanese originals hold them in English
 * only (textLanguage "en", no translation). Each such report that still reads exactly as the seed's
 * English gets the Japanese original, with that same English kept as its translation: nothing a
 * person wrote is lost, and a report that differs in any text is left alone. Returns how many
 * reports changed; their guides are bumped so cached pages show the new text.
 */
export async function fillSeedTranslations(tx: Tx): Promise<number> {
  const stored = await tx.report.findMany({
    where: { id: { in: seedReports.map((report) => report.id) }, textLanguage: SEED_TRANSLATION_LANGUAGE, translationLanguage: null },
    select: {
      id: true,
      exchangeId: true,
      status: true,
      lockoutDetail: true,
      verificationLevel: true,
      contactPath: true,
      summary: true,
      tips: true,
      events: { select: { id: true, note: true }, orderBy: { position: "asc" } },
      requiredItems: { select: { itemId: true, note: true, item: { select: { code: true } } } },
    },
  });
  const changedExchanges: string[] = [];
  let changed = 0;
  for (const row of stored) {
    const seed = seedReports.find((report) => report.id === row.id);
    if (!seed) continue;
    const itemNotes = new Map(row.requiredItems.map((link) => [link.item.code, link.note]));
    const untouched =
      row.lockoutDetail === translated(seed.lockoutDetail) &&
      row.verificationLevel === translated(seed.verificationLevel) &&
      row.contactPath === translated(seed.contactPath) &&
      row.summary === translated(seed.summary) &&
      row.tips === translated(seed.tips) &&
      row.events.length === seed.events.length &&
      row.events.every((event, index) => event.note === translated(seed.events[index]?.note)) &&
      row.requiredItems.length === seed.requiredItems.length &&
      seed.requiredItems.every((item) => itemNotes.has(item.code) && itemNotes.get(item.code) === translated(item.note));
    if (!untouched) continue;

    await tx.report.update({ where: { id: row.id }, data: seedReportTexts(seed) });
    for (const [index, event] of row.events.entries()) {
      const note = seed.events[index]?.note;
      await tx.timelineEvent.update({ where: { id: event.id }, data: { note: original(note), noteTranslation: translated(note) } });
    }
    for (const link of row.requiredItems) {
      const note = seed.requiredItems.find((item) => item.code === link.item.code)?.note;
      await tx.reportRequiredItem.update({
        where: { reportId_itemId: { reportId: row.id, itemId: link.itemId } },
        data: { note: original(note), noteTranslation: translated(note) },
      });
    }
    changed += 1;
    if (row.status === "PUBLISHED") changedExchanges.push(row.exchangeId);
  }
  if (changedExchanges.length > 0) {
    // Written past lib/data's writes: their aggregates are rebuilt when next read.
    await invalidateAggregates(tx, changedExchanges);
    await bumpGuideVersion(tx, changedExchanges);
  }
  return changed;
}

