import "server-only";
import type { PublicReportRow } from "../../domain/public-api/mapping";
import type { Prisma } from "../../generated/prisma/client";
import { eventOrder, publishedReportWhere, reportContentSelect } from "../reports/report-detail";

// What the API and the exports read of a report: the reader's view, never the author's id,
// e-mail, status, held reasons or edit history. Only published, undeleted reports, as on the pages.

export const publicReportWhere = publishedReportWhere;

export const publicReportSelect = {
  id: true,
  createdAt: true,
  updatedAt: true,
  helpfulVotes: true,
  voteCount: true,
  ...reportContentSelect,
  author: { select: { displayName: true } },
  exchange: { select: { slug: true } },
  events: { select: { kind: true, occurredAt: true, precision: true, language: true, note: true, noteTranslation: true }, orderBy: eventOrder },
  requiredItems: { select: { note: true, noteTranslation: true, item: { select: { code: true } } }, orderBy: { item: { sortOrder: "asc" } } },
} satisfies Prisma.ReportSelect;

type Row = Prisma.ReportGetPayload<{ select: typeof publicReportSelect }>;

export function toPublicReportRow({ author, exchange, requiredItems, ...report }: Row): PublicReportRow {
  return {
    ...report,
    exchangeSlug: exchange.slug,
    authorName: author.displayName,
    requiredItems: requiredItems.map(({ note, noteTranslation, item }) => ({ code: item.code, note, noteTranslation })),
  };
}
