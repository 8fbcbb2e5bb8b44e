import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import { NotSignedInError } from "../errors";

export type OwnCaseSummary = {
  id: string;
  status: "OPEN" | "RESOLVED" | "REJECTED" | "GAVE_UP";
  createdAt: Date;
  followUpDueAt: Date | null;
  exchange: { slug: string; nameEn: string; nameJa: string };
  eventCount: number;
  publishedReportId: string | null;
};

/** The actor's own cases, newest first; never anyone else's, whatever their role. */
export async function listOwnCases({ actor }: { actor: Actor | null }): Promise<OwnCaseSummary[]> {
  if (!actor) throw new NotSignedInError();
  const rows = await db().recoveryCase.findMany({
    where: { ownerId: actor.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, createdAt: true, followUpDueAt: true, publishedReportId: true, exchange: { select: { slug: true, nameEn: true, nameJa: true } }, _count: { select: { events: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, eventCount: _count.events }));
}
