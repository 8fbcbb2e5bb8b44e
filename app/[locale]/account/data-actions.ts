"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { failedState, type FormState } from "@/lib/actions/form-state";
import { guardedForActor } from "@/lib/actions/guard";
import { postedForm, postedLocale, signInUrlFor } from "@/lib/actions/posted-form";
import { clearSessionCookie } from "@/lib/auth/clear-session-cookie";
import { getActor } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { deleteAccount } from "@/lib/data/users/delete-account";
import { deleteOwnCase } from "@/lib/data/users/delete-own-case";
import { routing } from "@/lib/i18n/routing";
import { assertSameOrigin } from "@/lib/security/origin";
import { DeleteAccountInputSchema } from "@/lib/validation/account-data";
import { parseForm } from "@/lib/validation/parse-form";

// The account page's data rights: deleting a private case, deleting the whole account. Thin, as
// every action: parse, check who asks, lib/data, revalidate, go on.

export async function deleteAccountAction(_previous: FormState, posted: FormData): Promise<FormState> {
  const form = postedForm(posted);
  const locale = postedLocale(form);
  const submission = parseForm(form, DeleteAccountInputSchema);
  if (submission.status !== "success") return { reply: submission.reply() };
  const result = await guardedForActor("deleteAccount", (actor) => deleteAccount({ actor, reports: submission.value.reports }));
  if (!result.ok) return failedState(submission, result.failure, { signInUrl: signInUrlFor(locale, "/account/delete") });

  for (const pageLocale of routing.locales) {
    revalidatePath(`/${pageLocale}`);
    for (const slug of result.value.exchangeSlugs) revalidatePath(`/${pageLocale}/exchanges/${slug}`);
    for (const reportId of result.value.reportIds) revalidatePath(`/${pageLocale}/reports/${reportId}`);
  }
  // The header showed the account's name on every page.
  revalidatePath("/", "layout");
  await clearSessionCookie();
  redirect(`/${locale}/account/deleted`);
}

/** The case delete page's form: plain FormData, so it works before the page's scripts load. */
export async function deleteCaseAction(formData: FormData): Promise<void> {
  // Anything but the form's FormData is a forged request: there is nothing to delete.
  if (!(formData instanceof FormData)) notFound();
  const locale = postedLocale(formData);
  const caseId = String(formData.get("caseId") ?? "");
  const actor = await getActor();
  if (!actor) redirect(signInUrlFor(locale, `/account/cases/${encodeURIComponent(caseId)}/delete`));
  try {
    await assertSameOrigin();
    await deleteOwnCase({ actor, caseId });
  } catch (error) {
    // Someone else's case, one already deleted, or a post from another site: the 404 the delete
    // page shows too, so it tells nobody whether the case exists.
    if (error instanceof ForbiddenError || error instanceof NotFoundError) notFound();
    throw error;
  }
  revalidatePath(`/${locale}/account`);
  redirect(`/${locale}/account?caseDeleted=1`);
}
