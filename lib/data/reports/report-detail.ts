import "server-only";
import { toHistoryEntry, type ReportHistoryEntry } from "../../domain/report-history";
import type { Prisma } from "../../generated/prisma/client";

// A report as readers see it: the rows every page that shows reports loads, and their shape.

// Only published reports that were not deleted are ever shown to readers.
export const publishedReportWhere = { status: "PUBLISHED", deletedAt: null } satisfies Prisma.ReportWhereInput;

/** A report's events in time order, the author's order breaking ties within a day. */
export const eventOrder = [{ occurredAt: "asc" }, { position: "asc" }] satisfies Prisma.TimelineEventOrderByWithRelationInput[];

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
  author: { select: { displayName: true, deletedAt: true } },
  exchange: { select: { slug: true, nameEn: true, nameJa: true, officialDomains: true } },
  events: {
    select: { id: true, kind: true, occurredAt: true, precision: true, language: true, note: true, noteTranslation: true },
    orderBy: eventOrder,
  },
  requiredItems: {
    select: { note: true, noteTranslation: true, item: { select: { code: true, labelEn: true, labelJa: true, sortOrder: true } } },
    orderBy: { item: { sortOrder: "asc" } },
  },
  updates: { select: { kind: true, createdAt: true, changes: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.ReportSelect;

type ReportRow = Prisma.ReportGetPayload<{ select: typeof reportDetailSelect }>;

export type ReportDetail = Omit<ReportRow, "author" | "requiredItems" | "updates"> & {
  authorName: string | null;
  /** Authored by the stand-in of deleted accounts (lib/data/users/deleted-user.ts): shown as "deleted user". */
  authorDeleted: boolean;
  requiredItems: { code: string; labelEn: string; labelJa: string; note: string | null; noteTranslation: string | null }[];
  history: ReportHistoryEntry[];
};

export function toReportDetail({ author, requiredItems, updates, ...report }: ReportRow): ReportDetail {
  return {
    ...report,
    authorName: author.displayName,
    authorDeleted: author.deletedAt !== null,
    requiredItems: requiredItems.map(({ note, noteTranslation, item }) => ({ code: item.code, labelEn: item.labelEn, labelJa: item.labelJa, note, noteTranslation })),
    history: updates.map(toHistoryEntry),
  };
}
