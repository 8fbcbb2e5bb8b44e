import "server-only";
import { db } from "../../db";
import { canDecideRepresentation, type Actor } from "../../domain/permissions";
import type { RepresentativeStatus } from "../../generated/prisma/enums";
import { ForbiddenError, NotSignedInError } from "../errors";
import { exchangeNameSelect } from "../exchanges/exchange-select";

export type RepresentativeEntry = {
  id: string;
  status: RepresentativeStatus;
  roleTitle: string;
  email: string;
  displayName: string | null;
  createdAt: Date;
  exchange: { slug: string; nameEn: string; nameJa: string; officialDomains: string[] };
};

/** Open requests first, then approved representatives (to revoke). Admins only: it shows addresses. */
export async function listRepresentativeRequests({ actor }: { actor: Actor | null }): Promise<RepresentativeEntry[]> {
  if (!actor) throw new NotSignedInError();
  if (!canDecideRepresentation(actor)) throw new ForbiddenError("representative.list");
  const rows = await db().exchangeRepresentative.findMany({
    where: { status: { in: ["REQUESTED", "APPROVED"] } },
    select: { id: true, status: true, roleTitle: true, email: true, createdAt: true, user: { select: { displayName: true } }, exchange: { select: { ...exchangeNameSelect, officialDomains: true } } },
    orderBy: [{ status: "desc" }, { createdAt: "asc" }],
    take: 200,
  });
  return rows.map(({ user, ...row }) => ({ ...row, displayName: user.displayName }));
}
