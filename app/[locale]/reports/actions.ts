"use server";

import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getActor, type SessionUser } from "@/lib/auth/session";
import { asServiceUnavailable, ForbiddenError, NotFoundError, NotSignedInError, RateLimitedError } from "@/lib/data/errors";
import { addTimelineEvents } from "@/lib/data/reports/add-timeline-events";
import { createReport } from "@/lib/data/reports/create-report";
import { deleteReport } from "@/lib/data/reports/delete-report";
import { ReportInputError } from "@/lib/data/reports/report-input-error";
import { updateReport } from "@/lib/data/reports/update-report";
import { routing, type Locale } from "@/lib/i18n/routing";
import { assertSameOrigin } from "@/lib/security/origin";
import { toFieldErrorKeys, translateFieldErrors, type FieldError } from "@/lib/validation/field-errors";
import { ReportInputSchema } from "@/lib/validation/report";
import { ReportUpdateInputSchema } from "@/lib/validation/report-update";

// The report form's server actions. Thin: same-origin check, session, the form's own schema,
// then lib/data, which decides who may write. Errors come back as translated messages next to
// their fields, so the form keeps everything typed; success redirects to the report.

export type ReportFormState =
  | { ok: false; fieldErrors: Record<string, string>; formError: string | null; signInUrl: string | null }
  | { ok: true; message: string }
  | null;

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** What the report form sends: the whole report as the form holds it, parsed here again. */
export type ReportFormPayload = { locale: string; reportId?: string; input: unknown };

function localeOf(value: unknown): Locale {
  return hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}

/**
 * The payload as sent: a server action is a public endpoint, so anything may arrive, including
 * nothing at all. What is not an object reads as an empty form, which the schema then refuses.
 */
function readPayload(payload: unknown): { locale: Locale; reportId: string; input: unknown } {
  const fields: Partial<Record<keyof ReportFormPayload, unknown>> = typeof payload === "object" && payload !== null ? (payload as Record<string, unknown>) : {};
  return { locale: localeOf(fields.locale), reportId: typeof fields.reportId === "string" ? fields.reportId : "", input: fields.input };
}

function withFieldErrors(t: Translate, errors: Record<string, FieldError>): ReportFormState {
  const { "": formError = null, ...fieldErrors } = translateFieldErrors(errors, (key, values) => t(key, values));
  return { ok: false, fieldErrors, formError, signInUrl: null };
}

function withFormError(formError: string, signInUrl: string | null = null): ReportFormState {
  return { ok: false, fieldErrors: {}, formError, signInUrl };
}

function signInUrlFor(locale: Locale, returnPath: string): string {
  return `/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}${returnPath}`)}`;
}

/** lib/data's errors as messages in the user's language; anything unexpected is logged and reported as such. */
function failure(error: unknown, t: Translate, locale: Locale, returnPath: string): ReportFormState {
  if (error instanceof ReportInputError) return withFieldErrors(t, error.fieldErrors);
  if (error instanceof NotSignedInError) return withFormError(t("reportForm.errors.notSignedIn"), signInUrlFor(locale, returnPath));
  if (error instanceof ForbiddenError) return withFormError(t("reportForm.errors.forbidden"));
  if (error instanceof NotFoundError) return withFormError(t("reportForm.errors.notFound"));
  if (error instanceof RateLimitedError) {
    const minutes = Math.ceil(error.retryAfterSeconds / 60);
    return withFormError(
      minutes < 60 ? t("reportForm.errors.rateLimitedMinutes", { minutes }) : t("reportForm.errors.rateLimitedHours", { hours: Math.ceil(minutes / 60) }),
    );
  }
  // The database down or every connection busy: "try again", and the form keeps everything.
  if (asServiceUnavailable(error)) return withFormError(t("reportForm.errors.unavailable"));
  console.error("Report write failed", error);
  return withFormError(t("reportForm.errors.unexpected"));
}

/**
 * The signed-in actor, or the form's answer: "sign in" when there is no session, "try again"
 * when the session could not be read (a database outage is not a signed-out reader).
 */
async function signedInActor(t: Translate, locale: Locale, returnPath: string): Promise<{ actor: SessionUser } | { refused: ReportFormState }> {
  try {
    const actor = await getActor();
    return actor ? { actor } : { refused: withFormError(t("reportForm.errors.notSignedIn"), signInUrlFor(locale, returnPath)) };
  } catch (error) {
    return { refused: failure(error, t, locale, returnPath) };
  }
}

/** Everything that shows a report: its page, its exchange's page and the catalogue's counts. */
function revalidateReportPages(reportId: string, exchangeSlugs: string[]): void {
  for (const locale of routing.locales) {
    revalidatePath(`/${locale}`);
    revalidatePath(`/${locale}/reports/${reportId}`);
    for (const slug of exchangeSlugs) revalidatePath(`/${locale}/exchanges/${slug}`);
  }
}

async function sameOriginOr(t: Translate): Promise<ReportFormState | null> {
  try {
    await assertSameOrigin();
    return null;
  } catch {
    return withFormError(t("reportForm.errors.forbidden"));
  }
}

export async function createReportAction(_previous: ReportFormState, payload: ReportFormPayload): Promise<ReportFormState> {
  const { locale, input } = readPayload(payload);
  const t = await getTranslations({ locale });
  const refused = await sameOriginOr(t);
  if (refused) return refused;
  const session = await signedInActor(t, locale, "/reports/new");
  if ("refused" in session) return session.refused;
  const { actor } = session;
  const parsed = ReportInputSchema.safeParse(input);
  if (!parsed.success) return withFieldErrors(t, toFieldErrorKeys(parsed.error.issues));

  let result;
  try {
    result = await createReport({ actor, input: parsed.data });
  } catch (error) {
    return failure(error, t, locale, `/reports/new?exchange=${encodeURIComponent(parsed.data.exchangeSlug)}`);
  }
  revalidateReportPages(result.id, [result.exchangeSlug]);
  redirect(`/${locale}/reports/${result.id}?saved=created`);
}

export async function updateReportAction(_previous: ReportFormState, payload: ReportFormPayload): Promise<ReportFormState> {
  const { locale, reportId, input } = readPayload(payload);
  const t = await getTranslations({ locale });
  const refused = await sameOriginOr(t);
  if (refused) return refused;
  const returnPath = `/reports/${encodeURIComponent(reportId)}/edit`;
  const session = await signedInActor(t, locale, returnPath);
  if ("refused" in session) return session.refused;
  const { actor } = session;
  const parsed = ReportInputSchema.safeParse(input);
  if (!parsed.success) return withFieldErrors(t, toFieldErrorKeys(parsed.error.issues));

  let result;
  try {
    result = await updateReport({ actor, reportId, input: parsed.data });
  } catch (error) {
    return failure(error, t, locale, returnPath);
  }
  // The exchange may have changed; the old one's page loses the report.
  revalidatePath("/[locale]/exchanges/[slug]", "page");
  revalidateReportPages(result.id, [result.exchangeSlug]);
  redirect(`/${locale}/reports/${result.id}?saved=updated`);
}

export async function addTimelineEventsAction(_previous: ReportFormState, payload: ReportFormPayload): Promise<ReportFormState> {
  const { locale, reportId, input } = readPayload(payload);
  const t = await getTranslations({ locale });
  const refused = await sameOriginOr(t);
  if (refused) return refused;
  const returnPath = `/reports/${encodeURIComponent(reportId)}/edit`;
  const session = await signedInActor(t, locale, returnPath);
  if ("refused" in session) return session.refused;
  const { actor } = session;
  const parsed = ReportUpdateInputSchema.safeParse(input);
  if (!parsed.success) return withFieldErrors(t, toFieldErrorKeys(parsed.error.issues));

  let result;
  try {
    result = await addTimelineEvents({ actor, reportId, ...parsed.data });
  } catch (error) {
    return failure(error, t, locale, returnPath);
  }
  revalidateReportPages(result.id, [result.exchangeSlug]);
  redirect(`/${locale}/reports/${result.id}?saved=updated`);
}

/** The delete page's form: plain FormData, so it works before the page's scripts load. */
export async function deleteReportAction(formData: FormData): Promise<void> {
  // Anything but the form's FormData is a forged request: there is nothing to delete.
  if (!(formData instanceof FormData)) notFound();
  const locale = localeOf(formData.get("locale"));
  const typedId = formData.get("reportId");
  const reportId = typeof typedId === "string" ? typedId : "";
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
