"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { failedState, type FormState } from "@/lib/actions/form-state";
import { guardedForActor } from "@/lib/actions/guard";
import { postedForm, postedLocale, signInUrlFor } from "@/lib/actions/posted-form";
import type { SessionUser } from "@/lib/auth/session";
import { findOfficialProcedure } from "@/lib/data/official-procedures/find-official-procedure";
import { postReportReply } from "@/lib/data/representatives/post-report-reply";
import { proposeOfficialFact } from "@/lib/data/representatives/propose-official-fact";
import { requestRepresentation } from "@/lib/data/representatives/request-representation";
import { saveExchangeResponse } from "@/lib/data/representatives/save-exchange-response";
import { officialFactSchema } from "@/lib/validation/official-fact";
import { ExchangeResponseInputSchema, ReportReplyInputSchema, RepresentativeRequestSchema } from "@/lib/validation/representatives";
import { parseForm } from "@/lib/validation/parse-form";
import { isExchangeSlug } from "@/lib/validation/text";

// The representative page's forms. Thin: read the post, parse with the form's own schema, run
// lib/data (which checks the role, screens the text and logs), then refresh the page and guide.

type Work = (actor: SessionUser, slug: string, value: unknown) => Promise<unknown>;

async function handle(formData: unknown, context: string, schemaFor: z.ZodType | ((slug: string) => Promise<z.ZodType>), work: Work): Promise<FormState> {
  const form = postedForm(formData);
  const slugValue = form.get("slug");
  const slug = isExchangeSlug(slugValue) ? slugValue : "";
  const locale = postedLocale(form);
  const schema = typeof schemaFor === "function" ? await schemaFor(slug) : schemaFor;
  const submission = parseForm(form, schema);
  if (submission.status !== "success") return { reply: submission.reply() };
  const result = await guardedForActor(context, (actor) => work(actor, slug, submission.value));
  if (!result.ok) return failedState(submission, result.failure, { signInUrl: signInUrlFor(locale, `/exchanges/${slug}/representatives`) });
  // The guide (both languages) and this page show the change; cached guides follow the bumped version.
  revalidatePath("/[locale]/exchanges/[slug]", "layout");
  return { reply: submission.reply({ resetForm: true }), done: true };
}

export async function requestRepresentationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handle(formData, "representative.request", RepresentativeRequestSchema, (actor, slug, input) => requestRepresentation({ actor, slug, input }));
}

export async function saveResponseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handle(formData, "exchangeResponse.save", ExchangeResponseInputSchema, (actor, slug, input) => saveExchangeResponse({ actor, slug, input }));
}

export async function postReplyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handle(formData, "reportReply.post", ReportReplyInputSchema, (actor, _slug, input) => postReportReply({ actor, input }));
}

/** The moderators' own fact schema, for this exchange's official domains (none for an unknown one). */
async function factSchemaFor(slug: string) {
  const found = await findOfficialProcedure({ slug });
  return officialFactSchema(found?.exchange.officialDomains ?? []);
}

export async function proposeFactAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handle(formData, "officialFact.propose", factSchemaFor, (actor, slug, input) => proposeOfficialFact({ actor, slug, input }));
}
