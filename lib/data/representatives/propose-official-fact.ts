import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import { toFieldErrorKeys } from "../../validation/field-errors";
import { officialFactSchema } from "../../validation/official-fact";
import { InvalidInputError } from "../errors";
import { consumeRateLimit } from "../rate-limit";
import { logRepresentativeAction, requireExchange } from "./representative-steps";
import { requireRepresentative } from "./require-representative";
import { screenRepresentativeTexts } from "./screen-representative-text";

/**
 * An approved representative proposes a fact for their exchange's official procedure, with its
 * source on one of the exchange's official domains (the moderators' own schema decides). Nothing
 * changes on the guide until a moderator accepts it. Counted against "representative.write" in
 * the same transaction.
 */
export async function proposeOfficialFact({ actor, slug, input }: { actor: Actor | null; slug: string; input: unknown }): Promise<{ proposalId: string }> {
  const exchange = await requireExchange(slug);
  const representative = await requireRepresentative({ actor, exchange, action: "officialFact.propose" });
  const parsed = officialFactSchema(exchange.officialDomains).safeParse(input);
  if (!parsed.success) throw new InvalidInputError(toFieldErrorKeys(parsed.error.issues));
  const screened = screenRepresentativeTexts(exchange.officialDomains, [
    { field: "textEn", text: parsed.data.textEn, language: "en" },
    { field: "textJa", text: parsed.data.textJa, language: "ja" },
  ]);
  const fact = { ...parsed.data, textEn: screened.textEn ?? "", textJa: screened.textJa ?? "" };
  return db().$transaction(async (tx) => {
    await consumeRateLimit({ actor: representative.actor, action: "representative.write" }, tx);
    const proposal = await tx.officialProcedureProposal.create({ data: { exchangeId: exchange.id, representativeId: representative.id, fact }, select: { id: true } });
    await logRepresentativeAction(tx, { actorId: representative.userId, kind: "PROPOSAL_SUBMITTED", exchangeId: exchange.id, representativeId: representative.id, subjectId: proposal.id, details: fact });
    return { proposalId: proposal.id };
  });
}
