import "server-only";
import { db } from "../../db";
import { canReplyToReport, type Actor } from "../../domain/permissions";
import { toFieldErrorKeys } from "../../validation/field-errors";
import { ReportReplyInputSchema } from "../../validation/representatives";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, NotSignedInError } from "../errors";
import { bumpGuideVersion } from "../guides/guide-counters";
import { isUniqueViolation } from "../unique-violation";
import { consumeRateLimit } from "../rate-limit";
import { logRepresentativeAction, requireExchange } from "./representative-steps";
import { requireRepresentative } from "./require-representative";
import { screenRepresentativeTexts } from "./screen-representative-text";

/**
 * An approved representative replies once under a published report about their exchange. The
 * reply is its own row: the report is not touched, and the reply cannot be edited (the unique
 * report id refuses a second one, even from two requests at once). Counted against
 * "representative.write" in the same transaction.
 */
export async function postReportReply({ actor, input }: { actor: Actor | null; input: unknown }): Promise<{ replyId: string }> {
  if (!actor) throw new NotSignedInError();
  const parsed = ReportReplyInputSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(toFieldErrorKeys(parsed.error.issues));
  const report = await db().report.findUnique({
    where: { id: parsed.data.reportId },
    select: { id: true, authorId: true, deletedAt: true, status: true, exchangeId: true, exchange: { select: { slug: true } } },
  });
  if (!report || report.deletedAt !== null || report.status !== "PUBLISHED") throw new NotFoundError(`report ${parsed.data.reportId}`);
  const exchange = await requireExchange(report.exchange.slug);
  const representative = await requireRepresentative({ actor, exchange, action: "reportReply.post" });
  if (!canReplyToReport(actor, { userId: representative.userId, exchangeId: exchange.id, status: "APPROVED" }, report)) throw new ForbiddenError("reportReply.post");
  const { text } = screenRepresentativeTexts(exchange.officialDomains, [{ field: "text", text: parsed.data.text, language: parsed.data.textLanguage }]);

  try {
    return await db().$transaction(async (tx) => {
      await consumeRateLimit({ actor, action: "representative.write" }, tx);
      const reply = await tx.reportReply.create({
        data: { reportId: report.id, representativeId: representative.id, text: text ?? "", textLanguage: parsed.data.textLanguage },
        select: { id: true },
      });
      await logRepresentativeAction(tx, { actorId: actor.id, kind: "REPLY_POSTED", exchangeId: exchange.id, representativeId: representative.id, subjectId: report.id, details: { text } });
      await bumpGuideVersion(tx, exchange.id);
      return { replyId: reply.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`report ${report.id} already has a reply`);
    throw error;
  }
}
