"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { DISPLAY_NAME_ERRORS, DISPLAY_NAME_MAX, DisplayNameInputSchema, fieldErrorsOf, type DisplayNameError } from "@/lib/validation/account";
import { changeDisplayName, type DisplayNameFormState } from "./actions";

export function DisplayNameForm({ current }: { current: string }) {
  const t = useTranslations("auth.account");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(changeDisplayName, { displayName: current, fieldErrors: {}, status: "idle" } satisfies DisplayNameFormState);
  // Checked in the browser first for instant feedback; the server checks again.
  const [clientError, setClientError] = useState<DisplayNameError | null>(null);
  const error = clientError ?? state.fieldErrors.displayName;

  function checkBeforeSaving(event: FormEvent<HTMLFormElement>) {
    const parsed = DisplayNameInputSchema.safeParse({ displayName: new FormData(event.currentTarget).get("displayName") });
    if (parsed.success) {
      setClientError(null);
      return;
    }
    event.preventDefault();
    setClientError(fieldErrorsOf(parsed.error, DISPLAY_NAME_ERRORS).displayName ?? "required");
  }

  const describedBy = ["display-name-hint", error ? "display-name-error" : null].filter(Boolean).join(" ");

  return (
    <form action={formAction} onSubmit={checkBeforeSaving} noValidate className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <div>
        <label htmlFor="display-name" className="block text-sm font-medium">
          {t("displayNameLabel")}
        </label>
        <input
          id="display-name"
          name="displayName"
          type="text"
          autoComplete="nickname"
          required
          // A little room over the limit, so a pasted name shows the error instead of being cut.
          maxLength={DISPLAY_NAME_MAX * 2}
          defaultValue={state.displayName}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:aria-invalid:border-red-400"
        />
        <p id="display-name-hint" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {t("displayNameHint")}
        </p>
        {error ? (
          <p id="display-name-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
            {t(`errors.${error}`)}
          </p>
        ) : null}
      </div>
      {state.status === "forbidden" || state.status === "unavailable" ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {t(state.status)}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600 disabled:opacity-70">
          {pending ? t("saving") : t("save")}
        </button>
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {state.status === "saved" && !clientError ? t("saved", { name: state.displayName }) : null}
        </p>
      </div>
    </form>
  );
}
