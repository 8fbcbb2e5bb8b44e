"use server";

import { guardedForActor } from "@/lib/actions/guard";
import { failedState, type FormState } from "@/lib/actions/form-state";
import { createFlag } from "@/lib/data/moderation/create-flag";
import { FlagInputSchema } from "@/lib/validation/flag";
import { parseForm } from "@/lib/validation/parse-form";
import { postedForm } from "@/lib/actions/posted-form";

/** "sent" for a new flag; "already" when this reader had flagged the report before. */
export type FlagState = FormState<"sent" | "already">;

/** The "Report a problem" form on a report, posted with or without JavaScript. Thin: parse, guard, lib/data. */
export async function flagReportAction(_previous: FlagState, formData: FormData): Promise<FlagState> {
  // A public endpoint: a forged call may send anything, or nothing, instead of the form.
  const form = postedForm(formData);
  const submission = parseForm(form, FlagInputSchema);
  if (submission.status !== "success") return { reply: submission.reply() };
  // lib/data checks the id: a malformed one names no report.
  const reportId = String(form.get("reportId") ?? "");
  const result = await guardedForActor("flagReportAction", (actor) => createFlag({ actor, reportId, input: submission.value }));
  if (!result.ok) return failedState(submission, result.failure);
  return { reply: submission.reply(), done: result.value.created ? "sent" : "already" };
}
