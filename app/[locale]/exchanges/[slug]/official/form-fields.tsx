"use client";

import { getCollectionProps, getSelectProps, type FieldMetadata } from "@conform-to/react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FieldError } from "@/lib/validation/field-errors";

// The fields of the official-procedure forms: a label, the control, a hint and the error the
// shared schema gave, wired for screen readers through Conform's ids.

export type Option = { value: string; label: string };

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:aria-invalid:border-red-400";

export type AnyField = FieldMetadata<unknown, Record<string, unknown>, FieldError>;

/** A field's error in words, from the key the shared schema gave it. */
export function ErrorText({ field }: { field: AnyField }) {
  const tRoot = useTranslations();
  const error = field.errors as FieldError | undefined;
  if (!error) return null;
  return (
    <p id={field.errorId} className="mt-1 text-sm text-red-700 dark:text-red-400">
      {tRoot(error.key, error.values)}
    </p>
  );
}

export function Field({ field, label, hint, children }: { field: AnyField; label: string; hint?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={field.id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={field.descriptionId} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <ErrorText field={field} />
    </div>
  );
}

/** A choice among options; `notStated` adds an empty first choice for a field that may be left out. */
export function SelectField({ field, label, options, notStated }: { field: AnyField; label: string; options: Option[]; notStated?: string }) {
  return (
    <Field field={field} label={label}>
      <select {...getSelectProps(field)} className={inputClass}>
        {notStated ? <option value="">{notStated}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function Checkboxes({ field, legend, options }: { field: FieldMetadata<string[] | undefined, Record<string, unknown>, FieldError>; legend: string; options: Option[] }) {
  const labels = new Map(options.map((option) => [option.value, option.label]));
  return (
    <fieldset aria-describedby={field.errors ? field.errorId : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {getCollectionProps(field, { type: "checkbox", options: options.map((option) => option.value) }).map((props) => (
          <label key={props.key} className="flex items-center gap-2 text-sm">
            <input {...props} key={props.key} className="size-4" />
            {labels.get(props.value) ?? props.value}
          </label>
        ))}
      </div>
      <ErrorText field={field as AnyField} />
    </fieldset>
  );
}
