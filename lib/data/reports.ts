import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { isRecordId } from "../validation/text";

// Only published reports that were not deleted are ever shown to readers.
export const publishedReportWhere = { status: "PUBLISHED", deletedAt: null } satisfies Prisma.ReportWhereInput;

/** What the author wrote: the columns both the reader's view and the edit form load. */
export const reportContentSelect = {
  incidentMonth: true,
  lockoutCause: true,
  lockoutDetail: true,
  hadBackupCodes: true,
  verificationLevel: true,
  contactChannel: true,
  contactPath: true,
  inquiryLanguage: true,
  replyLanguages: true,
  textLanguage: true,
  outcome: true,
  summary: true,
  tips: true,
  translationLanguage: true,
  lockoutDetailTranslation: true,
  verificationLevelTranslation: true,
  contactPathTranslation: true,
  summaryTranslation: true,
  tipsTranslation: true,
} satisfies Prisma.ReportSelect;

export const reportDetailSelect = {
  id: true,
  // For the pages to ask lib/domain/permissions whether the viewer is the author; never rendered.
  authorId: true,
  status: true,
  heldReasons: true,
  createdAt: true,
  updatedAt: true,
  ...reportContentSelect,
  author: { select: { displayName: true } },
  exchange: { select: { slug: true, nameEn: true, nameJa: true, officialDomains: true } },
  events: {
    select: { id: true, kind: true, occurredAt: true, precision: true, language: true, note: true, noteTranslation: true },
    orderBy: [{ occurredAt: "asc" }, { position: "asc" }],
  },
  requiredItems: {
    select: { note: true, noteTranslation: true, item: { select: { code: true, labelEn: true, labelJa: true, sortOrder: true } } },
    orderBy: { item: { sortOrder: "asc" } },
  },
  updates: { select: { kind: true, createdAt: true, changes: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.ReportSelect;

type ReportRow = Prisma.ReportGetPayload<{ select: typeof reportDetailSelect }>;

/** One line of a report's history, as readers see it (who acted is always the author). */
export type ReportHistoryEntry = {
  kind: "CREATED" | "EDITED" | "EVENTS_ADDED" | "CLOSED";
  createdAt: Date;
  fields: string[];
  eventsAdded: number;
  outcome: { from: string; to: string } | null;
};

export type ReportDetail = Omit<ReportRow, "author" | "requiredItems" | "updates"> & {
  authorName: string | null;
  requiredItems: { code: string; labelEn: string; labelJa: string; note: string | null; noteTranslation: string | null }[];
  history: ReportHistoryEntry[];
};

function toHistoryEntry({ kind, createdAt, changes }: ReportRow["updates"][number]): ReportHistoryEntry {
  // `changes` is JSON written by lib/data/report-writes; read it defensively all the same.
  const record = typeof changes === "object" && changes !== null && !Array.isArray(changes) ? changes : {};
  const fields = Array.isArray(record.fields) ? record.fields.filter((field): field is string => typeof field === "string") : [];
  const eventsAdded = typeof record.eventsAdded === "number" ? record.eventsAdded : 0;
  const [from, to] = Array.isArray(record.outcome) ? record.outcome : [];
  return { kind, createdAt, fields, eventsAdded, outcome: typeof from === "string" && typeof to === "string" ? { from, to } : null };
}

export function toReportDetail({ author, requiredItems, updates, ...report }: ReportRow): ReportDetail {
  return {
    ...report,
    authorName: author.displayName,
    requiredItems: requiredItems.map(({ note, noteTranslation, item }) => ({ code: item.code, labelEn: item.labelEn, labelJa: item.labelJa, note, noteTranslation })),
    history: updates.map(toHistoryEntry),
  };
}

/**
 * A report as `viewerId` may see it: published reports for everyone, and the author's own report
 * also while it is held for review or hidden, so the author can see why.
 */
export async function findReportForViewer({ id, viewerId }: { id: string; viewerId: string | null }): Promise<ReportDetail | null> {
  if (!isRecordId(id)) return null;
  const visible: Prisma.ReportWhereInput = viewerId ? { OR: [{ status: "PUBLISHED" }, { authorId: viewerId }] } : { status: "PUBLISHED" };
  const report = await db().report.findFirst({ where: { id, deletedAt: null, ...visible }, select: reportDetailSelect });
  return report ? toReportDetail(report) : null;
}

export async function findPublishedReport({ id }: { id: string }): Promise<ReportDetail | null> {
  if (!isRecordId(id)) return null;
  const report = await db().report.findFirst({ where: { id, ...publishedReportWhere }, select: reportDetailSelect });
  return report ? toReportDetail(report) : null;
}
