import type { PrismaClient } from "../../lib/generated/prisma/client";
import { catalogue } from "../../prisma/seed/catalogue";
import { requiredItems } from "../../prisma/seed/required-items";
import { seedAuthor, seedReports } from "../../prisma/seed/seed-reports";

// The seed is one transaction of a few hundred statements. Prisma's defaults (5 s to finish, 2 s
// to start) fail it on a busy machine or a slow embedded database; nothing else waits on it.
const SEED_TRANSACTION = { maxWait: 60_000, timeout: 300_000 };

export type SeedResult = { seeded: boolean; exchanges: number; requiredItems: number; reports: number };

/**
 * Fills a new database with the catalogue, the required-item vocabulary and the four seed
 * reports. Rows that already exist are never overwritten: an edited exchange or report stays
 * as its editor left it, and running the seed again adds only what is missing.
 */
export async function seedDatabase(prisma: PrismaClient, options: { onlyIfEmpty: boolean }): Promise<SeedResult> {
  if (options.onlyIfEmpty && (await prisma.exchange.count()) > 0) {
    return { seeded: false, exchanges: 0, requiredItems: 0, reports: 0 };
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

    const exchangeIds = new Map((await tx.exchange.findMany({ select: { id: true, slug: true } })).map((row) => [row.slug, row.id]));
    const itemIds = new Map((await tx.requiredItem.findMany({ select: { id: true, code: true } })).map((row) => [row.code, row.id]));
    const existing = new Set(
      (await tx.report.findMany({ where: { id: { in: seedReports.map((report) => report.id) } }, select: { id: true } })).map((row) => row.id),
    );

    let reports = 0;
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
          lockoutDetail: report.lockoutDetail,
          hadBackupCodes: report.hadBackupCodes,
          verificationLevel: report.verificationLevel ?? null,
          contactChannel: report.contactChannel,
          contactPath: report.contactPath,
          inquiryLanguage: report.inquiryLanguage,
          replyLanguages: report.replyLanguages,
          textLanguage: "en",
          outcome: report.outcome,
          summary: report.summary,
          tips: report.tips ?? null,
          status: "PUBLISHED",
          events: {
            create: report.events.map((event, position) => ({
              kind: event.kind,
              occurredAt: new Date(`${event.day}T00:00:00Z`),
              precision: "DAY" as const,
              language: event.language ?? null,
              note: event.note ?? null,
              position,
            })),
          },
          requiredItems: {
            create: report.requiredItems.map((item) => {
              const itemId = itemIds.get(item.code);
              if (!itemId) throw new Error(`Seed report ${report.id} names an unknown required item ${item.code}`);
              return { itemId, note: item.note ?? null };
            }),
          },
        },
      });
      reports += 1;
    }

    return { seeded: true, exchanges: exchanges.count, requiredItems: items.count, reports };
  }, SEED_TRANSACTION);
}
