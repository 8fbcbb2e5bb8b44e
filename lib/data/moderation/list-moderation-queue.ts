import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import type { Prisma } from "../../generated/prisma/client";
import type { FlagReason } from "../../generated/prisma/enums";
import { eventOrder } from "../reports/report-detail";
import { requireModerator } from "./require-moderator";
import { exchangeNameSelect } from "../exchanges/exchange-select";

const queueReportSelect = {
  id: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  heldReasons: true,
  textLanguage: true,
  summary: true,
  lockoutDetail: true,
  verificationLevel: true,
  contactPath: true,
  tips: true,
  // The author's translation is published too, so moderators read it with the original.
  translationLanguage: true,
  summaryTranslation: true,
  lockoutDetailTranslation: true,
  verificationLevelTranslation: true,
  contactPathTranslation: true,
  tipsTranslation: true,
  exchange: { select: exchangeNameSelect },
  author: { select: { id: true, displayName: true, bannedAt: true } },
  events: {
    select: { id: true, kind: true, note: true, noteTranslation: true },
    where: { OR: [{ note: { not: null } }, { noteTranslation: { not: null } }] },
    orderBy: eventOrder,
  },
  requiredItems: { select: { note: true, noteTranslation: true, item: { select: { code: true } } }, where: { OR: [{ note: { not: null } }, { noteTranslation: { not: null } }] } },
  flags: {
    select: { id: true, reason: true, details: true, createdAt: true },
    where: { status: "OPEN" },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.ReportSelect;

type QueueRow = Prisma.ReportGetPayload<{ select: typeof queueReportSelect }>;

export type QueueItem = Omit<QueueRow, "requiredItems" | "events"> & {
  /** Every piece of free text the author wrote, where the detectors and flaggers look. */
  eventNotes: { id: string; kind: string; note: string }[];
  itemNotes: { code: string; note: string }[];
  flagCounts: Partial<Record<FlagReason, number>>;
};

export type HiddenItem = Pick<QueueRow, "id" | "updatedAt" | "summary" | "exchange" | "author">;

export type ModerationQueue = {
  /** Held reports and reports with open flags, oldest first: the longest waiting come first. */
  items: QueueItem[];
  /** Recently hidden reports, newest first, so that a mistaken hide can be restored. */
  hidden: HiddenItem[];
  counts: { held: number; flagged: number; openFlags: number };
};

const QUEUE_PAGE = 50;
const HIDDEN_PAGE = 20;

function toQueueItem({ requiredItems, events, ...row }: QueueRow): QueueItem {
  const flagCounts: Partial<Record<FlagReason, number>> = {};
  for (const flag of row.flags) flagCounts[flag.reason] = (flagCounts[flag.reason] ?? 0) + 1;
  return {
    ...row,
    // A translated note follows its original, as a note of its own.
    eventNotes: events.flatMap((event) =>
      [event.note, event.noteTranslation].flatMap((note, index) => (note ? [{ id: index === 0 ? event.id : `${event.id}-translation`, kind: event.kind, note }] : [])),
    ),
    itemNotes: requiredItems.flatMap((item) =>
      [item.note, item.noteTranslation].flatMap((note, index) => (note ? [{ code: index === 0 ? item.item.code : `${item.item.code}-translation`, note }] : [])),
    ),
    flagCounts,
  };
}

export async function listModerationQueue({ actor }: { actor: Actor | null }): Promise<ModerationQueue> {
  requireModerator(actor, "moderation.queue");
  const live = { deletedAt: null } satisfies Prisma.ReportWhereInput;
  const held = { ...live, status: "PENDING_REVIEW" } satisfies Prisma.ReportWhereInput;
  const flagged = { ...live, flags: { some: { status: "OPEN" } } } satisfies Prisma.ReportWhereInput;
  const [rows, hidden, heldCount, flaggedCount, openFlags] = await Promise.all([
    db().report.findMany({ where: { OR: [held, flagged] }, select: queueReportSelect, orderBy: { createdAt: "asc" }, take: QUEUE_PAGE }),
    db().report.findMany({
      where: { ...live, status: "HIDDEN" },
      select: { id: true, updatedAt: true, summary: true, exchange: queueReportSelect.exchange, author: queueReportSelect.author },
      orderBy: { updatedAt: "desc" },
      take: HIDDEN_PAGE,
    }),
    db().report.count({ where: held }),
    db().report.count({ where: flagged }),
    db().flag.count({ where: { status: "OPEN", report: live } }),
  ]);
  return { items: rows.map(toQueueItem), hidden, counts: { held: heldCount, flagged: flaggedCount, openFlags } };
}
