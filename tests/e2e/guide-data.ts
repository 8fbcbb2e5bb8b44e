import { randomUUID } from "node:crypto";
import { invalidateAggregates } from "../../lib/data/guides/guide-aggregates";
import { bumpGuideVersion } from "../../lib/data/guides/guide-counters";
import { connectAppDatabase } from "./app-database";

// Reports written straight to the app's database (tests/e2e/run.ts passes its URL), so that a
// guide has figures; each spec uses an exchange no other spec counts on and deletes what it
// wrote afterwards.

// Day of first human reply and of resolution, per report: with six reports the resolution days
// are 2, 3, 5, 6, 9 and 14, a median of 5 days.
const CASES: [number, number][] = [
  [1, 2],
  [1, 3],
  [2, 5],
  [2, 6],
  [3, 9],
  [4, 14],
  [1, 4],
];

export type GuideData = Awaited<ReturnType<typeof openGuideData>>;

/** Writes `reports` published reports on the exchange, by one new author, and bumps its version. */
export async function openGuideData(slug: string, reports: number) {
  const prisma = connectAppDatabase();
  const exchangeId = (await prisma.exchange.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  const created: { reportIds: string[]; userIds: string[]; emails: string[] } = { reportIds: [], userIds: [], emails: [] };
  const unique = () => randomUUID().slice(0, 8);

  /**
   * What every lib/data write does in its transaction (these writes go past lib/data): the version
   * moves, and the exchange's aggregate, which never saw them, is rebuilt from the reports when read.
   */
  async function bumpVersions() {
    await prisma.$transaction(async (tx) => {
      await invalidateAggregates(tx, [exchangeId]);
      await bumpGuideVersion(tx, exchangeId);
    });
  }

  async function createReport(index: number, authorId = created.userIds[0] ?? "") {
    const [reply, resolved] = CASES[index % CASES.length] ?? [1, 2];
    const start = Date.UTC(2026, 5 + (index % 4), 2);
    const day = (offset: number) => new Date(start + offset * 86_400_000);
    const items = await prisma.requiredItem.findMany({ where: { code: { in: ["FULL_NAME", "ID_SELFIE", "USER_ID"] } }, select: { id: true, code: true } });
    const report = await prisma.report.create({
      data: {
        exchange: { connect: { id: exchangeId } },
        author: { connect: { id: authorId } },
        status: "PUBLISHED",
        incidentMonth: new Date(Date.UTC(2026, 5 + (index % 4), 1)),
        lockoutCause: "LOST_OR_BROKEN_PHONE",
        contactChannel: index === 0 ? "EMAIL" : "CHAT",
        contactPath: "App → Profile → Security → Reset authenticator",
        inquiryLanguage: "en",
        replyLanguages: index % 3 === 0 ? ["en", "zh"] : ["en"],
        textLanguage: "en",
        outcome: "RESOLVED",
        summary: `Guide e2e report ${index} (${unique()})`,
        tips: index === 0 ? "Have the selfie ready before you start the reset." : null,
        events: {
          create: [
            { kind: "CONTACTED", occurredAt: day(0), position: 0 },
            { kind: "HUMAN_REPLY", occurredAt: day(reply), position: 1, language: "en" },
            { kind: "RESOLVED", occurredAt: day(resolved), position: 2 },
          ],
        },
        requiredItems: {
          create: items.filter((item) => item.code !== "ID_SELFIE" || index % 2 === 0).map((item) => ({ itemId: item.id })),
        },
      },
      select: { id: true },
    });
    created.reportIds.push(report.id);
    return report.id;
  }

  async function cleanup() {
    const users = await prisma.user.findMany({ where: { OR: [{ id: { in: created.userIds } }, { email: { in: created.emails } }] }, select: { id: true } });
    await prisma.report.deleteMany({ where: { id: { in: created.reportIds } } });
    await prisma.user.deleteMany({ where: { id: { in: users.map((user) => user.id) } } });
    // The stored guide is recomputed on the next read.
    await bumpVersions();
    await prisma.$disconnect();
  }

  const author = await prisma.user.create({ data: { displayName: `Guide author ${unique()}` }, select: { id: true } });
  created.userIds.push(author.id);
  for (let index = 0; index < reports; index += 1) await createReport(index, author.id);
  await bumpVersions();
  return { prisma, exchangeId, created, bumpVersions, createReport, cleanup };
}
