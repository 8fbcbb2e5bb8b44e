import "server-only";
import type { Actor } from "../../domain/permissions";
import { isRecordId } from "../../validation/text";
import { NotFoundError } from "../errors";
import { writeOwnCase } from "./write-own-case";

/** Removes an event from the owner's case; an event of another case is not found. */
export async function deleteCaseEvent({ actor, caseId, eventId, now }: { actor: Actor | null; caseId: unknown; eventId: unknown; now?: Date }): Promise<void> {
  await writeOwnCase({ actor, caseId, now, action: "case.event.delete" }, async ({ tx, caseId: id }) => {
    if (!isRecordId(eventId)) throw new NotFoundError("case event (malformed id)");
    const { count } = await tx.caseEvent.deleteMany({ where: { id: eventId, caseId: id } });
    if (count === 0) throw new NotFoundError(`case event ${eventId}`);
  });
}
