"use client";

import { getFormProps, getInputProps } from "@conform-to/react";
import { useLocale, useTranslations } from "next-intl";
import { DISPLAY_NAME_MAX, DisplayNameInputSchema } from "@/lib/validation/account";
import { FormFailureNotice } from "../_components/form-failure";
import { useActionForm } from "../_components/use-action-form";
import { changeDisplayName } from "./actions";

export function DisplayNameForm({ current }: { current: string }) {
  const t = useTranslations("auth.account");
  const locale = useLocale();
  const { state, formAction, pending, form, fields } = useActionForm(changeDisplayName, DisplayNameInputSchema, { defaultValue: { displayName: current } });
  const error = fields.displayName.errors;
  const errorText = error ? (t.has(`errors.${error.key}`) ? t(`errors.${error.key}`) : t("errors.unexpected")) : null;

  return (
    <form {...getFormProps(form)} action={formAction} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <div>
        <label htmlFor={fields.displayName.id} className="block text-sm font-medium">
          {t("displayNameLabel")}
        </label>
        <input
          {...getInputProps(fields.displayName, { type: "text", ariaDescribedBy: "display-name-hint" })}
          autoComplete="nickname"
          required
          // A little room over the limit, so a pasted name shows the error instead of being cut.
          maxLength={DISPLAY_NAME_MAX * 2}
          className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:aria-invalid:border-red-400"
        />
        <p id="display-name-hint" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {t("displayNameHint")}
        </p>
        {errorText ? (
          <p id={fields.displayName.errorId} className="mt-1 text-sm text-red-700 dark:text-red-400">
            {errorText}
          </p>
        ) : null}
      </div>
      <FormFailureNotice failure={pending ? undefined : state.failure} namespace="auth.account" />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600 disabled:opacity-70">
          {pending ? t("saving") : t("save")}
        </button>
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {state.done && !pending && !error ? t("saved", { name: state.done }) : null}
        </p>
      </div>
    </form>
  );
}
