"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { EMAIL_ERRORS, fieldErrorsOf, SignInInputSchema, type EmailError } from "@/lib/validation/account";
import { requestSignInLink, type SignInEmailError, type SignInFormState } from "./actions";

const initialState: SignInFormState = { email: "", fieldErrors: {} };

export function SignInForm({ redirectTo }: { redirectTo: string }) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(requestSignInLink, initialState);
  // Checked in the browser first for instant feedback; the server action checks again.
  const [clientError, setClientError] = useState<EmailError | null>(null);
  const error: SignInEmailError | undefined = clientError ?? state.fieldErrors.email;

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    const parsed = SignInInputSchema.safeParse({ email: new FormData(event.currentTarget).get("email") });
    if (parsed.success) {
      setClientError(null);
      return;
    }
    event.preventDefault();
    setClientError(fieldErrorsOf(parsed.error, EMAIL_ERRORS).email ?? "invalid");
  }

  return (
    <form action={formAction} onSubmit={checkBeforeSending} noValidate className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <div>
        <label htmlFor="sign-in-email" className="block text-sm font-medium">
          {t("signIn.emailLabel")}
        </label>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          required
          defaultValue={state.email}
          placeholder={t("signIn.emailHint")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "sign-in-email-error" : undefined}
          className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:aria-invalid:border-red-400"
        />
        {error ? (
          <p id="sign-in-email-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
            {t(`emailErrors.${error}`, { minutes: state.retryAfterMinutes ?? 60 })}
          </p>
        ) : null}
      </div>
      {state.formError ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {t(`signIn.${state.formError}`)}
        </p>
      ) : null}
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
