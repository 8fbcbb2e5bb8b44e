import "server-only";
import { db } from "../../db";
import { canFlag, type Actor } from "../../domain/permissions";
import type { PrismaClient } from "../../generated/prisma/client";
import { FlagInputSchema, type FlagInput } from "../../validation/flag";
import { isRecordId } from "../../validation/text";
import { ForbiddenError, NotFoundError, NotSignedInError } from "../errors";
import { consumeRateLimit } from "../rate-limit";
import { isUniqueViolation } from "../unique-violation";

/**
 * A signed-in reader flags a published report that is not their own. One flag per reader and
 * report: a second attempt returns the first flag with `created: false` and does not count
 * towards the rate limit.
 */
export async function createFlag({ actor, reportId, input }: { actor: Actor | null; reportId: string; input: FlagInput }): Promise<{ flagId: string; created: boolean }> {
  if (!actor) throw new NotSignedInError();
  const { reason, details } = FlagInputSchema.parse(input);
  if (!isRecordId(reportId)) throw new NotFoundError("report (malformed id)");
  const report = await db().report.findUnique({ where: { id: reportId }, select: { authorId: true, deletedAt: true, status: true } });
  // Readers see only published reports; anything else does not exist for them.
  if (!report || report.deletedAt !== null || report.status !== "PUBLISHED") throw new NotFoundError(`report ${reportId}`);
  if (!canFlag(actor, report)) throw new ForbiddenError("flag.create");

  const existing = await findOwnFlag(db(), actor.id, reportId);
  if (existing) return { flagId: existing.id, created: false };
  await consumeRateLimit({ actor, action: "flag.create" });
  try {
    const flag = await db().flag.create({ data: { reporterId: actor.id, reportId, reason, details }, select: { id: true } });
    return { flagId: flag.id, created: true };
  } catch (error) {
    // A double submit raced us to the unique index (reporterId, reportId).
    if (isUniqueViolation(error)) {
      const raced = await findOwnFlag(db(), actor.id, reportId);
      if (raced) return { flagId: raced.id, created: false };
    }
    throw error;
  }
}

function findOwnFlag(client: PrismaClient, reporterId: string, reportId: string) {
  return client.flag.findUnique({ where: { reporterId_reportId: { reporterId, reportId } }, select: { id: true } });
}
