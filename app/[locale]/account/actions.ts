"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { guardedForActor } from "@/lib/actions/guard";
import { failedState, type FormState } from "@/lib/actions/form-state";
import { updateDisplayName } from "@/lib/data/users/update-display-name";
import { DisplayNameInputSchema } from "@/lib/validation/account";
import { parseForm } from "@/lib/validation/parse-form";
import { postedForm, postedLocale, signInUrlFor } from "@/lib/actions/posted-form";

/** Done: the name as saved (trimmed and normalised). */
export type DisplayNameState = FormState<string>;

export async function changeDisplayName(_previous: DisplayNameState, formData: FormData): Promise<DisplayNameState> {
  // A public endpoint: a forged call may send anything, or nothing, instead of the form.
  const form = postedForm(formData);
  const submission = parseForm(form, DisplayNameInputSchema);
  if (submission.status !== "success") return { reply: submission.reply() };
  const result = await guardedForActor("changeDisplayName", (actor) => updateDisplayName({ actor, displayName: submission.value.displayName }));
  if (!result.ok && result.failure.code === "notSignedIn") {
    redirect(signInUrlFor(postedLocale(form), "/account"));
  }
  if (!result.ok) return failedState(submission, result.failure);
  if (!result.value.ok) {
    const fieldErrors = Object.fromEntries(Object.entries(result.value.fieldErrors).map(([field, key]) => [field, { key }]));
    return failedState(submission, { code: "invalidInput", fieldErrors });
  }
  // The header shows the name on every page.
  revalidatePath("/", "layout");
  // Reset to the page's name, which is now the one saved: trimmed and normalised as stored.
  return { reply: submission.reply({ resetForm: true }), done: result.value.displayName };
}
