import type { Prisma } from "../../generated/prisma/client";
import type { ReportStatus } from "../../generated/prisma/enums";

/** What every write to a report answers. */
export type ReportWriteResult = {
  id: string;
  status: ReportStatus;
  heldReasons: string[];
  exchangeSlug: string;
  /** false: nothing was written (a repeated submission, or an edit that changed nothing). */
  changed: boolean;
};

export const writeResultSelect = { id: true, status: true, heldReasons: true, exchange: { select: { slug: true } } } satisfies Prisma.ReportSelect;
type WriteResultRow = Prisma.ReportGetPayload<{ select: typeof writeResultSelect }>;

export function toWriteResult(row: WriteResultRow, changed: boolean): ReportWriteResult {
  return { id: row.id, status: row.status, heldReasons: row.heldReasons, exchangeSlug: row.exchange.slug, changed };
}
