"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { failedState } from "@/lib/actions/form-state";
import { guardedForActor } from "@/lib/actions/guard";
import { NotFoundError } from "@/lib/data/errors";
import { deleteOfficialFact } from "@/lib/data/official-procedures/delete-official-fact";
import { findOfficialProcedure } from "@/lib/data/official-procedures/find-official-procedure";
import { saveOfficialFact } from "@/lib/data/official-procedures/save-official-fact";
import { updateOfficialProcedure } from "@/lib/data/official-procedures/update-official-procedure";
import { officialFactSchema, OfficialProcedureInputSchema } from "@/lib/validation/official-fact";
import { parseForm } from "@/lib/validation/parse-form";
import { isExchangeSlug, isRecordId } from "@/lib/validation/text";
import { postedLocale, signInUrlFor } from "@/lib/actions/posted-form";

export type OfficialFactDone = "created" | "updated" | "deleted";
export type OfficialFactFormState = FormState<OfficialFactDone>;

/** The exchange and page a post is about, and where to sign in again; read before anything else. */
function postContext(formData: FormData) {
  const slugValue = formData.get("slug");
  const slug = typeof slugValue === "string" && isExchangeSlug(slugValue) ? slugValue : "";
  const locale = postedLocale(formData);
  const page = `/${locale}/exchanges/${slug}/official`;
  return { slug, page, guide: `/${locale}/exchanges/${slug}`, signInUrl: signInUrlFor(locale, `/exchanges/${slug}/official`) };
}

/**
 * Saves (or, with intent "delete", removes) one fact of an exchange's official procedure. Works
 * as a plain form post: the state carries the values as typed and any field errors back.
 */
export async function saveOfficialFactAction(_previous: OfficialFactFormState, formData: FormData): Promise<OfficialFactFormState> {
  // A public endpoint: a forged call may send anything instead of the form.
  if (!(formData instanceof FormData)) return { failure: { code: "unexpected" } };
  const { slug, page, guide, signInUrl } = postContext(formData);
  const factId = formData.get("factId");

  let submission: ReturnType<typeof parseForm> | null = null;
  const result = await guardedForActor("officialFact.save", async (actor): Promise<OfficialFactDone | null> => {
    if (formData.get("intent") === "delete") {
      await deleteOfficialFact({ actor, slug, factId: typeof factId === "string" && isRecordId(factId) ? factId : "" });
      return "deleted";
    }
    const found = await findOfficialProcedure({ slug });
    if (!found) throw new NotFoundError(`exchange ${slug}`);
    submission = parseForm(formData, officialFactSchema(found.exchange.officialDomains));
    if (submission.status !== "success") return null;
    const saved = await saveOfficialFact({ actor, slug, input: submission.value });
    return saved.created ? "created" : "updated";
  });
  const parsed = submission as ReturnType<typeof parseForm> | null;
  if (!result.ok) return failedState(parsed, result.failure, { signInUrl });
  if (result.value === null) return { reply: parsed?.reply() };
  // The guide and this page show the change; cached guides follow the bumped version.
  revalidatePath(page);
  revalidatePath(guide);
  // A new fact's form starts empty again; an edited one keeps what was saved.
  return { reply: parsed?.reply({ resetForm: result.value === "created" }), done: result.value };
}

/** Records whether a recovery page was found and when the exchange's pages were searched. */
export async function saveOfficialProcedureAction(_previous: FormState<"updated">, formData: FormData): Promise<FormState<"updated">> {
  if (!(formData instanceof FormData)) return { failure: { code: "unexpected" } };
  const { slug, page, guide, signInUrl } = postContext(formData);
  const submission = parseForm(formData, OfficialProcedureInputSchema);
  if (submission.status !== "success") return { reply: submission.reply() };
  const result = await guardedForActor("officialProcedure.update", (actor) => updateOfficialProcedure({ actor, slug, input: submission.value }));
  if (!result.ok) return failedState(submission, result.failure, { signInUrl });
  revalidatePath(page);
  revalidatePath(guide);
  return { reply: submission.reply(), done: "updated" };
}
