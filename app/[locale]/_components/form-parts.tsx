"use client";

import { useTranslations } from "next-intl";
import { useEffect, type FormEvent, type ReactNode, type RefObject } from "react";
import type { FormState } from "@/lib/actions/form-state";
import type { FieldError } from "@/lib/validation/field-errors";
import { choiceProps, Field, FieldGroup, focusFirstError, inputClass, textProps, type BoundField, type ControlProps } from "./field";

// The forms' repeated shapes (report and case forms): a titled section, a text area with its count, a select, and
// a group of radios or checkboxes, each bound to its Conform field.

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function CharCount({ value, max }: { value: string; max: number }) {
  const t = useTranslations("reportForm");
  const count = value.trim().length;
  return <p className={`mt-1 text-right text-xs ${count > max ? "font-semibold text-rose-700 dark:text-rose-300" : "text-slate-500 dark:text-slate-400"}`}>{t("charCount", { count, max })}</p>;
}

/** A text area for the field, with the count of characters the limit applies to. */
export function CountedTextArea({ control, field, rows, max }: { control: ControlProps; field: BoundField & { value: unknown }; rows: number; max: number }) {
  return (
    <>
      <textarea {...control} {...textProps(field)} key={field.key} rows={rows} maxLength={max * 2} className={inputClass} />
      <CharCount value={typeof field.value === "string" ? field.value : ""} max={max} />
    </>
  );
}

/** A labelled select of `options`, each worded by `label`; `empty` is the choice of nothing. */
export function SelectField({ field, label, error, options, optionLabel, empty, hint, className }: { field: BoundField; label: string; error?: string; options: readonly string[]; optionLabel: (option: string) => string; empty?: string; hint?: string; className?: string }) {
  return (
    <Field path={field.name} label={label} hint={hint} error={error} className={className}>
      {(props) => (
        <select {...props} {...textProps(field)} key={field.key} className={inputClass}>
          {empty !== undefined ? <option value="">{empty}</option> : null}
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Radios (one answer) or checkboxes (any number) for the field, in a labelled group. */
export function ChoiceGroup({ field, type, legend, hint, error, options, optionLabel, columns }: { field: BoundField; type: "radio" | "checkbox"; legend: string; hint?: string; error?: string; options: readonly string[]; optionLabel: (option: string) => string; columns?: boolean }) {
  return (
    <FieldGroup path={field.name} legend={legend} hint={hint} error={error}>
      <div key={field.key} className={columns ? "mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4" : "mt-2 flex flex-wrap gap-x-6 gap-y-2"}>
        {options.map((option) => (
          <label key={option} className="inline-flex items-center gap-2">
            <input type={type} {...choiceProps(field, option)} className="size-4 accent-brand-700" />
            {optionLabel(option)}
          </label>
        ))}
      </div>
    </FieldGroup>
  );
}

/** Every field error the form shows, in the reader's language, by field name ("" is the form's own). */
export function useErrorTexts(allErrors: Record<string, FieldError>): Record<string, string> {
  const t = useTranslations();
  return Object.fromEntries(Object.entries(allErrors).map(([name, error]) => [name, t(error.key, error.values)]));
}

/**
 * Where focus goes when a submission is refused: to the failure the server answered, else to the
 * first field with an error, whether the server or the browser found it. Returns the form's
 * onSubmit, wrapping Conform's. A row added or removed is not a refusal.
 */
export function useFocusOnRefusal(formRef: RefObject<HTMLFormElement | null>, state: FormState, submit: (event: FormEvent<HTMLFormElement>) => void) {
  useEffect(() => {
    if (state.failure) document.getElementById("rf-form-error")?.focus();
    else if (state.reply) focusFirstError(formRef.current);
  }, [state, formRef]);
  return (event: FormEvent<HTMLFormElement>) => {
    submit(event);
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (event.defaultPrevented && submitter?.getAttribute("name") !== "__intent__") requestAnimationFrame(() => focusFirstError(formRef.current));
  };
}
