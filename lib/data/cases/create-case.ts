import "server-only";
import { db } from "../../db";
import { isActive, type Actor } from "../../domain/permissions";
import { CaseOpenSchema } from "../../validation/case";
import { toFieldErrorKeys } from "../../validation/field-errors";
import { ForbiddenError, InvalidInputError, NotSignedInError } from "../errors";
import { consumeRateLimit } from "../rate-limit";

/**
 * Opens a private case for the actor at an exchange, within their allowance of new cases
 * ("case.create"); no event yet, so no follow-up is due.
 */
export async function createCase({ actor, input }: { actor: Actor | null; input: unknown }): Promise<{ id: string }> {
  if (!actor) throw new NotSignedInError();
  if (!isActive(actor)) throw new ForbiddenError("case.create");
  const parsed = CaseOpenSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(toFieldErrorKeys(parsed.error.issues));
  const { exchangeSlug, ...fields } = parsed.data;
  const exchange = await db().exchange.findUnique({ where: { slug: exchangeSlug }, select: { id: true } });
  if (!exchange) throw new InvalidInputError({ exchangeSlug: { key: "reportForm.errors.invalidExchange" } });
  return db().$transaction(async (tx) => {
    await consumeRateLimit({ actor, action: "case.create" }, tx);
    return tx.recoveryCase.create({
      data: { ownerId: actor.id, exchangeId: exchange.id, ...fields, ticketReference: fields.ticketReference ?? null, notes: fields.notes ?? null },
      select: { id: true },
    });
  });
}
