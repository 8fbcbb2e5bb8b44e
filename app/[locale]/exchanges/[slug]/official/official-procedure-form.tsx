"use client";

import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import type { FieldError } from "@/lib/validation/field-errors";
import { OfficialProcedureInputSchema, type OfficialProcedureInput } from "@/lib/validation/official-fact";
import { parseForm } from "@/lib/validation/parse-form";
import { FormFailureNotice } from "../../../_components/form-failure";
import { saveOfficialProcedureAction } from "./actions";
import { ErrorText, Field, inputClass, type AnyField } from "./form-fields";

/** Whether the exchange's site has a recovery page at all, and the day its pages were searched. */
export function OfficialProcedureForm({ slug, defaults, label }: { slug: string; defaults: { recoveryPageFound: boolean; checkedOn: string }; label: string }) {
  const t = useTranslations("official.edit");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState<FormState<"updated">, FormData>(saveOfficialProcedureAction, {});
  const [form, fields] = useForm<OfficialProcedureInput, OfficialProcedureInput, FieldError>({
    id: "official-procedure",
    lastResult: state.reply,
    defaultValue: defaults,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseForm(formData, OfficialProcedureInputSchema),
  });
  return (
    <form {...getFormProps(form)} action={formAction} aria-label={label} className="space-y-4">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      <FormFailureNotice failure={state.failure} namespace="official.edit" />
      <div>
        <label className="flex items-center gap-2">
          <input {...getInputProps(fields.recoveryPageFound, { type: "checkbox" })} className="size-4" />
          {t("fields.recoveryPageFound")}
        </label>
        <ErrorText field={fields.recoveryPageFound as AnyField} />
      </div>
      <Field field={fields.checkedOn} label={t("fields.searchedOn")}>
        <input {...getInputProps(fields.checkedOn, { type: "date" })} className={`${inputClass} sm:max-w-xs`} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600 disabled:opacity-70">
          {pending ? t("saving") : t("saveRecord")}
        </button>
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {state.done ? t("recordSaved") : null}
        </p>
      </div>
    </form>
  );
}
