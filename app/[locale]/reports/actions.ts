"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { failedState, type FormState } from "@/lib/actions/form-state";
import { guardedForActor } from "@/lib/actions/guard";
import type { z } from "zod";
import { getActor, type SessionUser } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { addTimelineEvents } from "@/lib/data/reports/add-timeline-events";
import { createReport } from "@/lib/data/reports/create-report";
import { deleteReport } from "@/lib/data/reports/delete-report";
import { updateReport } from "@/lib/data/reports/update-report";
import type { ReportWriteResult } from "@/lib/data/reports/write-result";
import { routing, type Locale } from "@/lib/i18n/routing";
import { assertSameOrigin } from "@/lib/security/origin";
import { parseForm } from "@/lib/validation/parse-form";
import { ReportFormSchema } from "@/lib/validation/report-form";
import { ReportUpdateInputSchema } from "@/lib/validation/report-update";
import { postedForm, postedLocale, signInUrlFor } from "@/lib/actions/posted-form";

// The report forms' server actions. Thin: the posted form parsed with the form's own schema, then
// lib/data, which decides who may write, behind the shared guard. Whatever goes wrong comes back
// as FormState with the values as typed, so the page renders again with nothing lost, with or
// without JavaScript; success redirects to the report. Locale and report id travel as hidden inputs.

function textOf(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** Everything that shows a report: its page, its exchange's page and the catalogue's counts. */
function revalidateReportPages(reportId: string, exchangeSlugs: string[]): void {
  for (const locale of routing.locales) {
    revalidatePath(`/${locale}`);
    revalidatePath(`/${locale}/reports/${reportId}`);
    for (const slug of exchangeSlugs) revalidatePath(`/${locale}/exchanges/${slug}`);
  }
}

type Write = { locale: Locale; reportId: string; caseId: string | undefined; actor: SessionUser };

/**
 * One write from a posted form: parsed with the form's schema (invalid input, or a row added or
 * removed without JavaScript, is the form again, as typed), then lib/data behind the shared
 * guard. A refusal is the form's state; success revalidates and redirects to the report.
 */
async function writeFromForm<Schema extends z.ZodType>(
  posted: unknown,
  { schema, context, returnPath, saved }: { schema: Schema; context: string; returnPath: (reportId: string) => string; saved: "created" | "updated" },
  write: (value: z.output<Schema>, target: Write) => Promise<ReportWriteResult>,
): Promise<FormState> {
  const formData = postedForm(posted);
  const locale = postedLocale(formData);
  const reportId = textOf(formData, "reportId");
  // The tracked case a new report is published from (app/[locale]/cases), linked by createReport.
  const caseId = textOf(formData, "caseId") || undefined;
  const submission = parseForm(formData, schema);
  if (submission.status !== "success") return { reply: submission.reply() };
  const value: z.output<Schema> = submission.value;
  const result = await guardedForActor(context, (actor) => write(value, { locale, reportId, caseId, actor }));
  if (!result.ok) return failedState(submission, result.failure, { signInUrl: signInUrlFor(locale, returnPath(encodeURIComponent(reportId))) });
  revalidateReportPages(result.value.id, [result.value.exchangeSlug]);
  if (caseId) for (const pageLocale of routing.locales) revalidatePath(`/${pageLocale}/cases/${caseId}`);
  redirect(`/${locale}/reports/${result.value.id}?saved=${saved}`);
}

export async function createReportAction(_previous: FormState, posted: FormData): Promise<FormState> {
  return writeFromForm(posted, { schema: ReportFormSchema, context: "Report creation", returnPath: () => "/reports/new", saved: "created" }, (input, { actor, caseId }) =>
    createReport({ actor, input, caseId }),
  );
}

export async function updateReportAction(_previous: FormState, posted: FormData): Promise<FormState> {
  return writeFromForm(posted, { schema: ReportFormSchema, context: "Report update", returnPath: (id) => `/reports/${id}/edit`, saved: "updated" }, async (input, { actor, reportId }) => {
    const result = await updateReport({ actor, reportId, input });
    // The exchange may have changed; the old one's page loses the report.
    revalidatePath("/[locale]/exchanges/[slug]", "page");
    return result;
  });
}

export async function addTimelineEventsAction(_previous: FormState, posted: FormData): Promise<FormState> {
  return writeFromForm(posted, { schema: ReportUpdateInputSchema, context: "Timeline update", returnPath: (id) => `/reports/${id}/update`, saved: "updated" }, (update, { actor, reportId }) =>
    addTimelineEvents({ actor, reportId, ...update }),
  );
}

/** The delete page's form: plain FormData, so it works before the page's scripts load. */
export async function deleteReportAction(formData: FormData): Promise<void> {
  // Anything but the form's FormData is a forged request: there is nothing to delete.
  if (!(formData instanceof FormData)) notFound();
  const locale = postedLocale(formData);
  const reportId = textOf(formData, "reportId");
  const actor = await getActor();
  if (!actor) redirect(signInUrlFor(locale, `/reports/${encodeURIComponent(reportId)}/delete`));
  let exchangeSlug: string | null = null;
  try {
    await assertSameOrigin();
    exchangeSlug = (await deleteReport({ actor, reportId })).exchangeSlug;
  } catch (error) {
    // Someone else's report, or a post from another site: the same 404 page the delete page
    // itself shows anyone but the author, so it tells nobody whether the report exists.
    if (error instanceof ForbiddenError) notFound();
    // Already deleted (a second click): nothing left to do but leave.
    if (!(error instanceof NotFoundError)) throw error;
  }
  if (exchangeSlug) revalidateReportPages(reportId, [exchangeSlug]);
  redirect(exchangeSlug ? `/${locale}/exchanges/${exchangeSlug}?deleted=1` : `/${locale}`);
}
