import "server-only";
import { db } from "../../db";
import { canDecideProcedureProposal, type Actor } from "../../domain/permissions";
import { isRecordId } from "../../validation/text";
import { ConflictError, ForbiddenError, NotFoundError, NotSignedInError } from "../errors";
import { saveOfficialFact } from "../official-procedures/save-official-fact";
import { logRepresentativeAction } from "./representative-steps";

/**
 * A moderator or admin accepts a representative's proposed fact, which is then saved through
 * saveOfficialFact (the official-fact log records it, the guide's version moves), or rejects it.
 * The proposal is claimed first by a conditional update, so two moderators cannot apply it twice;
 * if saving fails (the exchange's domains changed, say) the claim is undone and the error shown.
 */
export async function decideProposal({ actor, proposalId, decision }: { actor: Actor | null; proposalId: string; decision: "accept" | "reject" }): Promise<void> {
  if (!actor) throw new NotSignedInError();
  if (!canDecideProcedureProposal(actor)) throw new ForbiddenError(`proposal.${decision}`);
  if (!isRecordId(proposalId)) throw new NotFoundError("proposal (malformed id)");
  const status = decision === "accept" ? "ACCEPTED" : "REJECTED";
  const { count } = await db().officialProcedureProposal.updateMany({ where: { id: proposalId, status: "PENDING" }, data: { status, decidedById: actor.id, decidedAt: new Date() } });
  const proposal = await db().officialProcedureProposal.findUnique({ where: { id: proposalId }, select: { exchangeId: true, representativeId: true, fact: true, exchange: { select: { slug: true } } } });
  if (!proposal) throw new NotFoundError(`proposal ${proposalId}`);
  if (count !== 1) throw new ConflictError(`proposal ${proposalId} was already decided`);

  let factId: string | null = null;
  if (decision === "accept") {
    try {
      factId = (await saveOfficialFact({ actor, slug: proposal.exchange.slug, input: proposal.fact })).factId;
    } catch (error) {
      await db().officialProcedureProposal.update({ where: { id: proposalId }, data: { status: "PENDING", decidedById: null, decidedAt: null } });
      throw error;
    }
  }
  await db().$transaction(async (tx) => {
    if (factId) await tx.officialProcedureProposal.update({ where: { id: proposalId }, data: { factId } });
    await logRepresentativeAction(tx, {
      actorId: actor.id,
      kind: decision === "accept" ? "PROPOSAL_ACCEPTED" : "PROPOSAL_REJECTED",
      exchangeId: proposal.exchangeId,
      representativeId: proposal.representativeId,
      subjectId: proposalId,
      details: factId ? { factId } : undefined,
    });
  });
}
