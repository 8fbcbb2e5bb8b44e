"use client";

import { getFormProps, getInputProps } from "@conform-to/react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { DeleteAccountInputSchema, REPORT_FATES } from "@/lib/validation/account-data";
import type { FieldError } from "@/lib/validation/field-errors";
import { FormFailureNotice } from "../../_components/form-failure";
import { useActionForm } from "../../_components/use-action-form";
import { buttonClass, dangerButtonClass } from "../account-styles";
import { deleteAccountAction } from "../data-actions";

const fateLabels = { keep: { label: "keep", hint: "keepHint" }, delete: { label: "remove", hint: "removeHint" } } as const;
const errorClass = "mt-1 text-sm text-red-700 dark:text-red-400";

export function DeleteAccountForm() {
  const t = useTranslations("accountData.delete");
  const locale = useLocale();
  const { state, formAction, pending, form, fields } = useActionForm(deleteAccountAction, DeleteAccountInputSchema);
  const errorText = (error: FieldError | undefined) => (error ? (t.has(`errors.${error.key}`) ? t(`errors.${error.key}`) : t("errors.invalid")) : null);
  const reportsError = errorText(fields.reports.errors);
  const confirmError = errorText(fields.confirmed.errors);

  return (
    <form {...getFormProps(form)} action={formAction} className="space-y-5">
      <input type="hidden" name="locale" value={locale} />
      <fieldset aria-describedby={reportsError ? fields.reports.errorId : undefined} aria-invalid={reportsError ? true : undefined} className="space-y-3">
        <legend className="font-semibold">{t("reportsLegend")}</legend>
        {REPORT_FATES.map((fate) => (
          <label key={fate} className="flex gap-3 rounded-md border border-slate-300 p-3 dark:border-slate-700">
            <input type="radio" name={fields.reports.name} value={fate} defaultChecked={fields.reports.initialValue === fate} aria-describedby={`fate-${fate}-hint`} className="mt-1" />
            <span>
              <span className="block font-medium">{t(fateLabels[fate].label)}</span>
              <span id={`fate-${fate}-hint`} className="block text-sm text-slate-600 dark:text-slate-400">
                {t(fateLabels[fate].hint)}
              </span>
            </span>
          </label>
        ))}
        {reportsError ? (
          <p id={fields.reports.errorId} className={errorClass}>
            {reportsError}
          </p>
        ) : null}
      </fieldset>
      <div>
        <label className="flex gap-3">
          <input {...getInputProps(fields.confirmed, { type: "checkbox" })} className="mt-1" />
          <span className="font-medium">{t("confirm")}</span>
        </label>
        {confirmError ? (
          <p id={fields.confirmed.errorId} className={errorClass}>
            {confirmError}
          </p>
        ) : null}
      </div>
      <FormFailureNotice failure={pending ? undefined : state.failure} namespace="accountData.delete" />
      <div className="flex flex-col gap-3 sm:flex-row">
        <button type="submit" disabled={pending} className={dangerButtonClass}>
          {pending ? t("submitting") : t("submit")}
        </button>
        <Link href="/account" className={buttonClass}>
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
