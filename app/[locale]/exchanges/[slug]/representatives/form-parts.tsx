"use client";

import { getSelectProps, type getFormProps } from "@conform-to/react";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FormState } from "@/lib/actions/form-state";
import type { FieldError } from "@/lib/validation/field-errors";
import { FormFailureNotice } from "../../../_components/form-failure";

// What the representative page's forms share: the frame (hidden exchange and locale, the failure
// notice, the submit button and its confirmation) and one labelled field with hint and error.

export const controlClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:aria-invalid:border-red-400";

/** The parts of a Conform field this needs, whatever its value type. */
type Field = { id: string; descriptionId: string; errorId: string; errors?: unknown };

/** The hint and the error under a control, each named by the id Conform points aria-describedby at. */
function FieldNotes({ field, hint }: { field: Field; hint?: string }) {
  const tRoot = useTranslations();
  const error = field.errors as FieldError | undefined;
  const errorText = error ? tRoot(error.key, error.values) : null;
  return (
    <>
      {hint ? <p id={field.descriptionId} className="mt-1 text-sm text-slate-600 dark:text-slate-400">{hint}</p> : null}
      {errorText ? <p id={field.errorId} className="mt-1 text-sm text-red-700 dark:text-red-400">{errorText}</p> : null}
    </>
  );
}

export function LabelledField({ field, label, hint, children }: { field: Field; label: string; hint?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={field.id} className="block text-sm font-medium">{label}</label>
      {children}
      <FieldNotes field={field} hint={hint} />
    </div>
  );
}

type FrameProps = {
  formProps: ReturnType<typeof getFormProps>;
  formAction: (formData: FormData) => void;
  state: FormState;
  pending: boolean;
  slug: string;
  label: string;
  text: { submit: string; sending: string; done: string };
  children: ReactNode;
};

export function FormFrame({ formProps, formAction, state, pending, slug, label, text, children }: FrameProps) {
  const locale = useLocale();
  return (
    <form {...formProps} action={formAction} aria-label={label} className="space-y-4">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      <FormFailureNotice failure={state.failure} namespace="representatives" />
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600 disabled:opacity-70">
          {pending ? text.sending : text.submit}
        </button>
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {state.done ? text.done : null}
        </p>
      </div>
    </form>
  );
}

/** The language a text is written in: one of the site's two. */
export function LanguageField({ field, label }: { field: Parameters<typeof getSelectProps>[0] & Field; label: string }) {
  const t = useTranslations("representatives.languages");
  return (
    <LabelledField field={field} label={label}>
      <select {...getSelectProps(field)} className={`${controlClass} sm:max-w-xs`}>
        <option value="en">{t("en")}</option>
        <option value="ja">{t("ja")}</option>
      </select>
    </LabelledField>
  );
}
