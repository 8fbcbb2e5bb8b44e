import "server-only";
import { db } from "../../db";
import { canDecideProcedureProposal, type Actor } from "../../domain/permissions";
import { ForbiddenError, NotSignedInError } from "../errors";
import { exchangeNameSelect } from "../exchanges/exchange-select";

export type ProposalEntry = {
  id: string;
  createdAt: Date;
  roleTitle: string;
  exchange: { slug: string; nameEn: string; nameJa: string };
  fact: { kind?: string; textEn?: string; textJa?: string; sourceUrl?: string; checkedOn?: string };
};

/** Proposed official facts waiting for a moderator, oldest first. */
export async function listProcedureProposals({ actor }: { actor: Actor | null }): Promise<ProposalEntry[]> {
  if (!actor) throw new NotSignedInError();
  if (!canDecideProcedureProposal(actor)) throw new ForbiddenError("proposal.list");
  const rows = await db().officialProcedureProposal.findMany({
    where: { status: "PENDING" },
    select: { id: true, createdAt: true, fact: true, exchange: { select: exchangeNameSelect }, representative: { select: { roleTitle: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 100,
  });
  return rows.map(({ representative, fact, ...row }) => ({ ...row, roleTitle: representative.roleTitle, fact: (fact ?? {}) as ProposalEntry["fact"] }));
}
