import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import { NotSignedInError } from "../errors";
import { exchangeNameSelect } from "../exchanges/exchange-select";

/** The actor's own live reports, newest first, for the account page: any status, so held ones show too. */
export async function listOwnReports({ actor }: { actor: Actor | null }) {
  if (!actor) throw new NotSignedInError();
  return db().report.findMany({
    where: { authorId: actor.id, deletedAt: null },
    select: { id: true, status: true, outcome: true, createdAt: true, exchange: { select: exchangeNameSelect } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

export type OwnReport = Awaited<ReturnType<typeof listOwnReports>>[number];
