"use client";

import { getCollectionProps, getFormProps, getTextareaProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import type { FieldError } from "@/lib/validation/field-errors";
import { FLAG_DETAILS_MAX, FLAG_REASONS, FlagInputSchema } from "@/lib/validation/flag";
import { FormFailureNotice } from "./form-failure";
import { flagReportAction } from "./flag-report-action";
import { useActionForm } from "./use-action-form";

/**
 * "Report a problem" under a report: a disclosure with the reason and optional details, posted as
 * a form that works without JavaScript. The server component decides who sees it (signed-in
 * readers who are not the author).
 */
export function FlagReport({ reportId, alreadyFlagged }: { reportId: string; alreadyFlagged: boolean }) {
  const t = useTranslations("moderation.flag");
  const { state, formAction, pending, form, fields } = useActionForm(flagReportAction, FlagInputSchema);

  if (alreadyFlagged || state.done) {
    return (
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {state.done === "sent" ? t("sent") : t("already")}
      </p>
    );
  }

  const errorText = (error: FieldError | undefined) => {
    if (!error) return null;
    return t.has(`errors.${error.key}`) ? t(`errors.${error.key}`, { max: FLAG_DETAILS_MAX }) : t("errors.unexpected");
  };
  const reasonError = errorText(fields.reason.errors);
  const detailsError = errorText(fields.details.errors);
  const failure = pending ? undefined : state.failure;
  const hintId = `${fields.details.id}-hint`;

  return (
    <details className="group text-sm" open={failure || reasonError || detailsError ? true : undefined}>
      <summary className="cursor-pointer text-slate-600 underline decoration-dotted hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100">
        {t("disclosure")}
      </summary>
      <form {...getFormProps(form)} action={formAction} className="mt-3 space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
        <input type="hidden" name="reportId" value={reportId} />
        <fieldset aria-describedby={reasonError ? fields.reason.errorId : undefined}>
          <legend className="font-medium">{t("legend")}</legend>
          <div className="mt-2 space-y-1">
            {getCollectionProps(fields.reason, { type: "radio", options: [...FLAG_REASONS], ariaAttributes: false }).map(({ key, ...radio }) => (
              <label key={key} className="flex items-start gap-2">
                <input {...radio} className="mt-1" />
                <span>{t(`reasons.${radio.value as (typeof FLAG_REASONS)[number]}`)}</span>
              </label>
            ))}
          </div>
          {reasonError ? (
            <p id={fields.reason.errorId} role="alert" className="mt-1 text-rose-700 dark:text-rose-300">
              {reasonError}
            </p>
          ) : null}
        </fieldset>
        <div>
          <label htmlFor={fields.details.id} className="font-medium">
            {t("detailsLabel")}{" "}
            <span className="font-normal text-slate-600 dark:text-slate-400">{fields.reason.value === "OTHER" ? t("detailsRequiredHint") : t("detailsOptional")}</span>
          </label>
          <textarea
            {...getTextareaProps(fields.details, { ariaDescribedBy: hintId })}
            rows={3}
            maxLength={FLAG_DETAILS_MAX}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          />
          <p id={hintId} className="mt-1 text-slate-600 dark:text-slate-400">
            {t("detailsHint", { max: FLAG_DETAILS_MAX })}
          </p>
          {detailsError ? (
            <p id={fields.details.errorId} role="alert" className="mt-1 text-rose-700 dark:text-rose-300">
              {detailsError}
            </p>
          ) : null}
        </div>
        <FormFailureNotice failure={failure} namespace="moderation.flag" />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-slate-800 px-3 py-1.5 font-medium text-white hover:bg-slate-700 disabled:opacity-60 dark:bg-slate-200 dark:text-slate-900"
        >
          {pending ? t("sending") : t("submit")}
        </button>
      </form>
    </details>
  );
}
