import "server-only";
import { db } from "../../db";
import { canDecideRepresentation, type Actor } from "../../domain/permissions";
import type { RepresentativeActionKind } from "../../generated/prisma/enums";
import { exchangeNameSelect } from "../exchanges/exchange-select";
import { ForbiddenError, NotSignedInError } from "../errors";

export type RepresentativeLogEntry = { id: string; kind: RepresentativeActionKind; createdAt: Date; actorName: string | null; exchange: { slug: string; nameEn: string; nameJa: string } | null; subjectId: string | null };

/** The newest representative actions and decisions first. Admins only. */
export async function listRepresentativeLog({ actor, take = 100 }: { actor: Actor | null; take?: number }): Promise<RepresentativeLogEntry[]> {
  if (!actor) throw new NotSignedInError();
  if (!canDecideRepresentation(actor)) throw new ForbiddenError("representative.log");
  const rows = await db().representativeAction.findMany({
    select: { id: true, kind: true, createdAt: true, exchangeId: true, subjectId: true, actor: { select: { displayName: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, take), 100),
  });
  // The log has no foreign keys (it outlives what it names), so exchanges are looked up by id.
  const exchanges = await db().exchange.findMany({ where: { id: { in: [...new Set(rows.map((row) => row.exchangeId))] } }, select: { id: true, ...exchangeNameSelect } });
  const byId = new Map(exchanges.map(({ id, ...names }) => [id, names]));
  return rows.map(({ actor: who, exchangeId, ...row }) => ({ ...row, actorName: who.displayName, exchange: byId.get(exchangeId) ?? null }));
}
