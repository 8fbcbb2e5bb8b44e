"use client";

import { useTranslations } from "next-intl";
import type { FormFailure } from "@/lib/actions/form-state";
import { retryWaitValues } from "@/lib/actions/refused-write";

/**
 * A form's failure in words from the form's own catalogue (`<namespace>.errors.<code>`), given the
 * wait in seconds, minutes and hours so each message can say it its own way. Focusable, so a form
 * can move focus here when there is no field to point at.
 */
export function FormFailureNotice({ failure, namespace, id }: { failure: FormFailure | undefined; namespace: string; id?: string }) {
  const t = useTranslations(namespace);
  const tError = useTranslations("error");
  if (!failure) return null;
  const values = retryWaitValues(failure.retryAfterSeconds);
  return (
    <div id={id} role="alert" tabIndex={-1} className="rounded-md border border-rose-300 bg-rose-50 p-3 text-rose-900 dark:border-rose-700 dark:bg-rose-950/40 dark:text-rose-100">
      <p>{t(`errors.${failure.code}`, values)}</p>
      {failure.signInUrl ? (
        <a href={failure.signInUrl} className="mt-1 inline-block font-medium underline">
          {tError("signInAgain")}
        </a>
      ) : null}
    </div>
  );
}
