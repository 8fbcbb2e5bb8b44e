import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../lib/generated/prisma/client";
import type { Actor, Role } from "../lib/domain/permissions";
import type { ReportInputDraft } from "../lib/validation/report";

// Each test builds exactly the rows it needs, with unique keys so files and tests never collide.

const unique = () => randomUUID().slice(0, 8);

export async function createUser(prisma: PrismaClient, overrides: Partial<Prisma.UserCreateInput> = {}) {
  return prisma.user.create({ data: { displayName: `Tester ${unique()}`, ...overrides } });
}

/** A user as lib/data sees its caller, old enough for the established users' write limits. */
export async function createActor(prisma: PrismaClient, role: Role = "USER"): Promise<Actor> {
  const user = await createUser(prisma, { role, createdAt: new Date("2020-01-01T00:00:00Z") });
  return { id: user.id, role: user.role, bannedAt: user.bannedAt, createdAt: user.createdAt };
}

/** Two required-item codes of a file's own (create them with createRequiredItems), for guides that count them. */
export function uniqueItemCodes(prefix: string): [string, string] {
  return [`${prefix}_A_${unique().toUpperCase()}`, `${prefix}_B_${unique().toUpperCase()}`];
}

export async function createRequiredItems(prisma: PrismaClient, codes: readonly string[]): Promise<void> {
  for (const [index, code] of codes.entries()) await createRequiredItem(prisma, { code, sortOrder: index + 1 });
}

export async function createExchange(prisma: PrismaClient, overrides: Partial<Prisma.ExchangeCreateInput> = {}) {
  const slug = overrides.slug ?? `exchange-${unique()}`;
  return prisma.exchange.create({
    data: {
      slug,
      nameEn: `Exchange ${slug}`,
      nameJa: `取引所${slug}`,
      aliases: [],
      officialDomains: [`${slug}.example`],
      status: "OPERATING",
      ...overrides,
    },
  });
}

export async function createRequiredItem(prisma: PrismaClient, overrides: Partial<Prisma.RequiredItemCreateInput> = {}) {
  const code = overrides.code ?? `ITEM_${unique().toUpperCase()}`;
  return prisma.requiredItem.create({
    data: { code, labelEn: code, labelJa: code, descriptionEn: "", descriptionJa: "", sortOrder: 1000, ...overrides },
  });
}

type EventSpec = { kind: Prisma.TimelineEventCreateWithoutReportInput["kind"]; day: string; note?: string };
type ReportOverrides = Partial<Omit<Prisma.ReportUncheckedCreateInput, "exchangeId" | "authorId">> & {
  events?: EventSpec[];
  itemIds?: string[];
};
const defaultEvents: EventSpec[] = [
  { kind: "CONTACTED", day: "2026-01-05" },
  { kind: "RESOLVED", day: "2026-01-08" },
];

export async function createReport(prisma: PrismaClient, { exchangeId, authorId }: { exchangeId: string; authorId: string }, overrides: ReportOverrides = {}) {
  const { events = defaultEvents, itemIds = [], ...fields } = overrides;
  return prisma.report.create({
    data: {
      exchangeId,
      authorId,
      incidentMonth: new Date("2026-01-01T00:00:00Z"),
      lockoutCause: "LOST_OR_BROKEN_PHONE",
      contactChannel: "WEB_FORM",
      contactPath: "Help → Contact form",
      inquiryLanguage: "ja",
      replyLanguages: ["ja"],
      textLanguage: "en",
      outcome: "RESOLVED",
      status: "PUBLISHED",
      ...fields,
      events: {
        create: events.map((event, position) => ({ kind: event.kind, occurredAt: new Date(`${event.day}T00:00:00Z`), note: event.note ?? null, position })),
      },
      requiredItems: { create: itemIds.map((itemId) => ({ itemId })) },
    },
  });
}

/** What the report form sends for a resolved case at `slug`, through lib/data's own validation. */
export function reportInputDraft(slug: string, overrides: Partial<ReportInputDraft> = {}): ReportInputDraft {
  return {
    exchangeSlug: slug,
    incidentMonth: "2026-03",
    lockoutCause: "DEVICE_RESET",
    lockoutDetail: "",
    hadBackupCodes: "no",
    verificationLevel: "",
    contactChannel: "WEB_FORM",
    contactPath: "Help → Contact form",
    inquiryLanguage: "ja",
    replyLanguages: ["ja"],
    textLanguage: "en",
    outcome: "RESOLVED",
    summary: "It took a while.",
    tips: "",
    events: [
      { kind: "CONTACTED", day: "2026-03-02" },
      { kind: "HUMAN_REPLY", day: "2026-03-04", language: "ja" },
      { kind: "RESOLVED", day: "2026-03-10", time: "15:30" },
    ],
    requiredItems: [],
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}
