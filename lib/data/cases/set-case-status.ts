import "server-only";
import type { Actor } from "../../domain/permissions";
import { CaseStatusSchema } from "../../validation/case";
import { toFieldErrorKeys } from "../../validation/field-errors";
import { InvalidInputError } from "../errors";
import { writeOwnCase } from "./write-own-case";

/** Closes the owner's case as resolved, rejected or given up, or reopens it; closing ends its follow-ups. */
export async function setCaseStatus({ actor, caseId, input, now = new Date() }: { actor: Actor | null; caseId: unknown; input: unknown; now?: Date }): Promise<void> {
  await writeOwnCase({ actor, caseId, now, action: "case.status" }, async ({ tx, caseId: id }) => {
    const parsed = CaseStatusSchema.safeParse(input);
    if (!parsed.success) throw new InvalidInputError(toFieldErrorKeys(parsed.error.issues));
    const { status } = parsed.data;
    await tx.recoveryCase.update({ where: { id }, data: { status, closedAt: status === "OPEN" ? null : now } });
  });
}
