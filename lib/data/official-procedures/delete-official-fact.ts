import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import { isRecordId } from "../../validation/text";
import { NotFoundError } from "../errors";
import { bumpGuideVersion } from "../guides/guide-counters";
import { requireEditableExchange } from "./editable-exchange";
import { auditSnapshot, officialFactSelect } from "./official-fact-row";

/** A moderator or admin removes a fact (a page that no longer says it); the log keeps what it said. */
export async function deleteOfficialFact({ actor, slug, factId }: { actor: Actor | null; slug: string; factId: string }): Promise<void> {
  const editor = await requireEditableExchange({ actor, slug, action: "officialFact.delete" });
  const { exchange } = editor;
  if (!isRecordId(factId)) throw new NotFoundError("official fact (malformed id)");
  await db().$transaction(async (tx) => {
    const before = await tx.officialFact.findFirst({ where: { id: factId, exchangeId: exchange.id }, select: officialFactSelect });
    if (!before) throw new NotFoundError(`official fact ${factId}`);
    await tx.officialFact.delete({ where: { id: before.id } });
    await tx.officialFactEdit.create({ data: { exchangeId: exchange.id, factId: before.id, editorId: editor.id, kind: "DELETED", before: auditSnapshot(before) } });
    await bumpGuideVersion(tx, exchange.id);
  });
}
