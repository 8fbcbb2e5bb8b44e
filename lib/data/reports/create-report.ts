import "server-only";
import { db } from "../../db";
import { canCreateReport, type Actor } from "../../domain/permissions";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { ReportStatus } from "../../generated/prisma/enums";
import { requireOwnCase } from "../cases/require-own-case";
import { ConflictError, ForbiddenError, NotSignedInError } from "../errors";
import { beginStatsChange } from "../guides/guide-aggregates";
import { bumpGuideVersion } from "../guides/guide-counters";
import { consumeRateLimit } from "../rate-limit";
import { isUniqueViolation } from "../unique-violation";
import { parseReportInput } from "./parse-report-input";
import { prepareReport, requiredItemRows } from "./prepare-report";
import { recordUpdate } from "./report-write-steps";
import { toWriteResult, writeResultSelect, type ReportWriteResult } from "./write-result";

function findByIdempotencyKey(authorId: string, idempotencyKey: string, client: PrismaClient | Prisma.TransactionClient = db()) {
  return client.report.findUnique({ where: { authorId_idempotencyKey: { authorId, idempotencyKey } }, select: writeResultSelect });
}

/**
 * Publishes a report, or holds it for review when the detectors find scam contacts. Idempotent
 * per author and idempotency key: a repeated submission (double click, a retry after a timeout,
 * two tabs) returns the first report with `changed: false`, even when both arrive at once.
 * `caseId`: the actor's own tracked case the report is published from, linked in the same
 * transaction (anyone else's case is not found; a case already published is a conflict).
 */
export async function createReport({ actor, input, caseId }: { actor: Actor | null; input: unknown; caseId?: string }): Promise<ReportWriteResult> {
  if (!actor) throw new NotSignedInError();
  if (!canCreateReport(actor)) throw new ForbiddenError("report.create");
  const report = parseReportInput(input);
  if (caseId !== undefined) await requireOwnCase(actor, caseId);

  const existing = await findByIdempotencyKey(actor.id, report.idempotencyKey);
  if (existing) return toWriteResult(existing, false);

  try {
    return await db().$transaction(async (tx) => {
      // Submissions with one key queue here; a later one finds the first's report and spends
      // nothing. The limit is counted in this transaction, so a write that fails spends nothing.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`report.create:${actor.id}:${report.idempotencyKey}`}))`;
      const first = await findByIdempotencyKey(actor.id, report.idempotencyKey, tx);
      if (first) return toWriteResult(first, false);
      await consumeRateLimit({ actor, action: "report.create" }, tx);
      const prepared = await prepareReport(tx, report);
      const status: ReportStatus = prepared.reasons.length > 0 ? "PENDING_REVIEW" : "PUBLISHED";
      const stats = status === "PUBLISHED" ? await beginStatsChange(tx, { exchangeIds: [prepared.exchange.id] }) : null;
      const created = await tx.report.create({
        data: {
          exchangeId: prepared.exchange.id,
          authorId: actor.id,
          ...prepared.scalars,
          status,
          heldReasons: prepared.reasons,
          idempotencyKey: report.idempotencyKey,
          events: { create: prepared.events },
          requiredItems: { create: requiredItemRows(prepared.items) },
        },
        select: writeResultSelect,
      });
      await recordUpdate(tx, created.id, actor.id, "CREATED", { status, heldReasons: prepared.reasons });
      if (caseId !== undefined) {
        const linked = await tx.recoveryCase.updateMany({ where: { id: caseId, ownerId: actor.id, publishedReportId: null }, data: { publishedReportId: created.id } });
        if (linked.count === 0) throw new ConflictError(`case ${caseId} was already published`);
      }
      // A held report is not in any guide until a moderator publishes it (which bumps then).
      if (stats) {
        await stats.finish([created.id]);
        await bumpGuideVersion(tx, prepared.exchange.id);
      }
      return toWriteResult(created, true);
    });
  } catch (error) {
    // The same submission raced this one to the unique index (authorId, idempotencyKey).
    if (isUniqueViolation(error)) {
      const first = await findByIdempotencyKey(actor.id, report.idempotencyKey);
      if (first) return toWriteResult(first, false);
    }
    throw error;
  }
}
