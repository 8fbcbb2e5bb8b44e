import "server-only";
import type { Actor } from "../../domain/permissions";
import { CaseRemindersSchema } from "../../validation/case";
import { writeOwnCase } from "./write-own-case";

/** The owner's opt-in to an e-mail when a follow-up falls due (sent by the reminder job). */
export async function setCaseReminders({ actor, caseId, input, now }: { actor: Actor | null; caseId: unknown; input: unknown; now?: Date }): Promise<{ remindersEnabled: boolean }> {
  return writeOwnCase({ actor, caseId, now, action: "case.reminders" }, async ({ tx, caseId: id }) => {
    const { remindersEnabled } = CaseRemindersSchema.parse(input);
    return tx.recoveryCase.update({ where: { id }, data: { remindersEnabled }, select: { remindersEnabled: true } });
  });
}
