"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { failedState, type FormState } from "@/lib/actions/form-state";
import { guardedForActor, type Guarded } from "@/lib/actions/guard";
import type { SessionUser } from "@/lib/auth/session";
import { postedForm, postedLocale, signInUrlFor } from "@/lib/actions/posted-form";
import { refusedWriteQuery } from "@/lib/actions/refused-write";
import { createCase } from "@/lib/data/cases/create-case";
import { deleteCaseEvent } from "@/lib/data/cases/delete-case-event";
import { saveCaseEvent } from "@/lib/data/cases/save-case-event";
import { setCaseReminders } from "@/lib/data/cases/set-case-reminders";
import { setCaseStatus } from "@/lib/data/cases/set-case-status";
import { routing } from "@/lib/i18n/routing";
import { CaseEventInputSchema, CaseOpenSchema } from "@/lib/validation/case";
import { parseForm } from "@/lib/validation/parse-form";

// The case tracker's server actions. Thin: parse, then lib/data, which lets only the case's owner
// read or write it. Anyone else, moderators and admins included, and anyone signed out, gets the
// 404 page for every action on a case, as for the case's page: nobody learns whether it exists.

function textOf(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

function revalidateCase(caseId: string): void {
  for (const locale of routing.locales) {
    revalidatePath(`/${locale}/cases`);
    revalidatePath(`/${locale}/cases/${caseId}`);
  }
}

/** A case that is not the actor's (or no actor, or a post from another site) is the 404 page. */
function notFoundUnlessOwn(result: Guarded<unknown>): void {
  if (!result.ok && ["notFound", "notSignedIn", "forbidden"].includes(result.failure.code)) notFound();
}

export async function createCaseAction(_previous: FormState, posted: FormData): Promise<FormState> {
  const formData = postedForm(posted);
  const locale = postedLocale(formData);
  const submission = parseForm(formData, CaseOpenSchema);
  if (submission.status !== "success") return { reply: submission.reply() };
  const result = await guardedForActor("Case creation", (actor) => createCase({ actor, input: submission.value }));
  if (!result.ok) return failedState(submission, result.failure, { signInUrl: signInUrlFor(locale, `/cases/new?exchange=${encodeURIComponent(submission.value.exchangeSlug)}`) });
  revalidateCase(result.value.id);
  redirect(`/${locale}/cases/${result.value.id}`);
}

/** Logs a new event, or changes one when the form carries its `eventId`. */
export async function saveCaseEventAction(_previous: FormState, posted: FormData): Promise<FormState> {
  const formData = postedForm(posted);
  const locale = postedLocale(formData);
  const caseId = textOf(formData, "caseId");
  const eventId = textOf(formData, "eventId") || undefined;
  const submission = parseForm(formData, CaseEventInputSchema);
  if (submission.status !== "success") return { reply: submission.reply() };
  const result = await guardedForActor("Case event", (actor) => saveCaseEvent({ actor, caseId, eventId, input: submission.value }));
  notFoundUnlessOwn(result);
  if (!result.ok) return failedState(submission, result.failure);
  revalidateCase(caseId);
  // An edit is done: back to the case, where the add form takes the edit form's place again.
  if (eventId !== undefined) redirect(`/${locale}/cases/${caseId}`);
  return { reply: submission.reply({ resetForm: true }), done: true };
}

/** The forms below post plain FormData (buttons), so they work before the page's scripts load. */
async function plainCaseWrite(posted: FormData, context: string, write: (actor: SessionUser, caseId: string, formData: FormData) => Promise<unknown>): Promise<void> {
  const formData = postedForm(posted);
  const locale = postedLocale(formData);
  const caseId = textOf(formData, "caseId");
  const result = await guardedForActor(context, (actor) => write(actor, caseId, formData));
  notFoundUnlessOwn(result);
  // Refused for a while (a rate limit, an outage): back to the case, which says how long to wait.
  const refused = result.ok ? null : refusedWriteQuery(result.failure);
  if (refused) redirect(`/${locale}/cases/${caseId}?${refused}`);
  // A forged value (a status that does not exist) changes nothing: back to the case as it is.
  if (!result.ok && result.failure.code !== "invalidInput") throw new Error(`${context} refused: ${result.failure.code}`);
  revalidateCase(caseId);
  redirect(`/${locale}/cases/${caseId}`);
}

export async function deleteCaseEventAction(posted: FormData): Promise<void> {
  await plainCaseWrite(posted, "Case event deletion", (actor, caseId, formData) => deleteCaseEvent({ actor, caseId, eventId: textOf(formData, "eventId") }));
}

export async function setCaseStatusAction(posted: FormData): Promise<void> {
  await plainCaseWrite(posted, "Case status", (actor, caseId, formData) => setCaseStatus({ actor, caseId, input: { status: textOf(formData, "status") } }));
}

export async function setCaseRemindersAction(posted: FormData): Promise<void> {
  await plainCaseWrite(posted, "Case reminders", (actor, caseId, formData) => setCaseReminders({ actor, caseId, input: { remindersEnabled: formData.get("remindersEnabled") } }));
}
