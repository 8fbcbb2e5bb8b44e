import "server-only";
import { db } from "../../db";
import { describesRecovery } from "../../domain/official-procedure";
import type { Actor } from "../../domain/permissions";
import { toFieldErrorKeys } from "../../validation/field-errors";
import { officialErrorKey, officialFactSchema } from "../../validation/official-fact";
import { InvalidInputError, NotFoundError } from "../errors";
import { bumpGuideVersion } from "../guides/guide-counters";
import { requireEditableExchange } from "./editable-exchange";
import { auditSnapshot, officialFactSelect } from "./official-fact-row";

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/**
 * A moderator or admin adds a fact to an exchange's official procedure (no factId) or changes
 * one. The input is parsed with the form's schema for this exchange, so a source off its official
 * domains is refused here too. The change, its audit row and the guide's new version are written
 * in one transaction: the log cannot miss an edit, and cached guides show it at once.
 */
export async function saveOfficialFact({ actor, slug, input }: { actor: Actor | null; slug: string; input: unknown }): Promise<{ factId: string; created: boolean }> {
  const editor = await requireEditableExchange({ actor, slug, action: "officialFact.save" });
  const { exchange } = editor;
  const parsed = officialFactSchema(exchange.officialDomains).safeParse(input);
  if (!parsed.success) throw new InvalidInputError(toFieldErrorKeys(parsed.error.issues));
  const { factId, ...fields } = parsed.data;

  const codes = [...new Set(fields.requiredItemCodes)];
  const known = await db().requiredItem.count({ where: { code: { in: codes } } });
  if (known !== codes.length) throw new InvalidInputError({ requiredItemCodes: { key: officialErrorKey.invalidItem } });

  const data = {
    ...fields,
    requiredItemCodes: codes,
    sourceDate: fields.sourceDate ? day(fields.sourceDate) : null,
    checkedOn: day(fields.checkedOn),
    language: fields.language ?? null,
    selfService: fields.selfService ?? null,
    minHours: fields.minHours ?? null,
    maxHours: fields.maxHours ?? null,
    channel: fields.channel ?? null,
  };

  return db().$transaction(async (tx) => {
    const procedure = await tx.officialProcedure.findUnique({ where: { exchangeId: exchange.id }, select: { checkedOn: true, recoveryPageFound: true } });
    const found = (procedure?.recoveryPageFound ?? false) || describesRecovery(fields.kind);
    const checkedOn = procedure && procedure.checkedOn > data.checkedOn ? procedure.checkedOn : data.checkedOn;
    await tx.officialProcedure.upsert({
      where: { exchangeId: exchange.id },
      create: { exchangeId: exchange.id, recoveryPageFound: found, checkedOn },
      update: { recoveryPageFound: found, checkedOn },
    });

    const before = factId ? await tx.officialFact.findFirst({ where: { id: factId, exchangeId: exchange.id }, select: officialFactSelect }) : null;
    if (factId && !before) throw new NotFoundError(`official fact ${factId}`);
    const after = before
      ? await tx.officialFact.update({ where: { id: before.id }, data, select: officialFactSelect })
      : await tx.officialFact.create({ data: { ...data, exchangeId: exchange.id }, select: officialFactSelect });
    await tx.officialFactEdit.create({
      data: { exchangeId: exchange.id, factId: after.id, editorId: editor.id, kind: before ? "UPDATED" : "CREATED", before: before ? auditSnapshot(before) : undefined, after: auditSnapshot(after) },
    });
    await bumpGuideVersion(tx, exchange.id);
    return { factId: after.id, created: !before };
  });
}
