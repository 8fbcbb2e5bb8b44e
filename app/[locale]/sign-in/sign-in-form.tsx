"use client";

import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { useLocale, useTranslations } from "next-intl";
import { startTransition, useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { SignInInputSchema } from "@/lib/validation/account";
import { parseForm } from "@/lib/validation/parse-form";
import { FormFailureNotice } from "../_components/form-failure";
import { requestSignInLink } from "./actions";

const initialState: FormState = {};

export function SignInForm({ redirectTo }: { redirectTo: string }) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(requestSignInLink, initialState);
  const [form, fields] = useForm({
    lastResult: state.reply,
    // Checked in the browser first for instant feedback; the server action checks again.
    onValidate: ({ formData }) => parseForm(formData, SignInInputSchema),
    onSubmit(event, { formData }) {
      // Sent from here so that React does not clear the address when a limit refuses it.
      event.preventDefault();
      startTransition(() => formAction(formData));
    },
  });
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
