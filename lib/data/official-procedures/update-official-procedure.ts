import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import { toFieldErrorKeys } from "../../validation/field-errors";
import { OfficialProcedureInputSchema } from "../../validation/official-fact";
import { InvalidInputError } from "../errors";
import { bumpGuideVersion } from "../guides/guide-counters";
import { requireEditableExchange } from "./editable-exchange";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A moderator or admin records whether the exchange's site has a page about getting back in
 * after losing the 2FA device, and the day its pages were searched ("still not found, checked
 * today"). Logged with the values before and after; the guide's version moves with it.
 */
export async function updateOfficialProcedure({ actor, slug, input }: { actor: Actor | null; slug: string; input: unknown }): Promise<void> {
  const editor = await requireEditableExchange({ actor, slug, action: "officialProcedure.update" });
  const { exchange } = editor;
  const parsed = OfficialProcedureInputSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(toFieldErrorKeys(parsed.error.issues));
  const after = { recoveryPageFound: parsed.data.recoveryPageFound, checkedOn: new Date(`${parsed.data.checkedOn}T00:00:00Z`) };
  await db().$transaction(async (tx) => {
    const before = await tx.officialProcedure.findUnique({ where: { exchangeId: exchange.id }, select: { recoveryPageFound: true, checkedOn: true } });
    await tx.officialProcedure.upsert({ where: { exchangeId: exchange.id }, create: { exchangeId: exchange.id, ...after }, update: after });
    await tx.officialFactEdit.create({
      data: {
        exchangeId: exchange.id,
        factId: null,
        editorId: editor.id,
        kind: before ? "UPDATED" : "CREATED",
        before: before ? { ...before, checkedOn: isoDay(before.checkedOn) } : undefined,
        after: { ...after, checkedOn: isoDay(after.checkedOn) },
      },
    });
    await bumpGuideVersion(tx, exchange.id);
  });
}
