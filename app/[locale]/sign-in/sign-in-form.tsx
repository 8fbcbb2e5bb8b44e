"use client";

import { getFormProps, getInputProps } from "@conform-to/react";
import { useLocale, useTranslations } from "next-intl";
import { SignInInputSchema } from "@/lib/validation/account";
import { FormFailureNotice } from "../_components/form-failure";
import { useActionForm } from "../_components/use-action-form";
import { requestSignInLink } from "./actions";

export function SignInForm({ redirectTo }: { redirectTo: string }) {
  const t = useTranslations("auth");
  const locale = useLocale();
  // Checked in the browser first for instant feedback; the server action checks again.
  const { state, formAction, pending, form, fields } = useActionForm(requestSignInLink, SignInInputSchema);
  const error = fields.email.errors;
  const errorText = error ? t(`emailErrors.${t.has(`emailErrors.${error.key}`) ? error.key : "invalid"}`, { minutes: 60, ...error.values }) : null;

  return (
    <form {...getFormProps(form)} action={formAction} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <div>
        <label htmlFor={fields.email.id} className="block text-sm font-medium">
          {t("signIn.emailLabel")}
        </label>
        <input
          {...getInputProps(fields.email, { type: "email" })}
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          required
          placeholder={t("signIn.emailHint")}
          className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:aria-invalid:border-red-400"
        />
        {errorText ? (
          <p id={fields.email.errorId} className="mt-1 text-sm text-red-700 dark:text-red-400">
            {errorText}
          </p>
        ) : null}
      </div>
      <FormFailureNotice failure={pending ? undefined : state.failure} namespace="auth.signIn" />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600 disabled:opacity-70 sm:w-auto"
      >
        {pending ? t("signIn.sending") : t("signIn.submit")}
      </button>
    </form>
  );
}
