import type { ReactNode } from "react";

// One way to lay out a labelled control with its hint and error, so every field is described
// the same way to assistive technology: aria-describedby names the hint and the error,
// aria-invalid marks a field with an error, and the first such field receives focus.

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm aria-[invalid=true]:border-rose-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:aria-[invalid=true]:border-rose-400";
export const buttonClass =
  "inline-flex items-center justify-center rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800";
export const dangerButtonClass =
  "inline-flex items-center justify-center rounded-md bg-rose-700 px-4 py-2.5 font-semibold text-white hover:bg-rose-600 disabled:opacity-70";
export const primaryButtonClass =
  "inline-flex items-center justify-center rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-600 disabled:cursor-wait disabled:opacity-70";

/** The DOM id of the control named "events[2].day": "rf-events-2-day". */
export function fieldId(name: string): string {
  return `rf-${name.split(/[[\].]+/).filter(Boolean).join("-") || "form"}`;
}

/** A field as Conform describes it: its input's name, the value it starts from, the key that remounts it. */
export type BoundField = { name: string; key: string | undefined; initialValue: unknown };

/** An uncontrolled text input, textarea or select for the field; give it `key={field.key}` too. */
export function textProps(field: BoundField): { name: string; defaultValue: string } {
  return { name: field.name, defaultValue: typeof field.initialValue === "string" ? field.initialValue : "" };
}

/** One radio or checkbox of the field, ticked when the field starts with its value. */
export function choiceProps(field: BoundField, value: string): { name: string; value: string; defaultChecked: boolean } {
  const initial = field.initialValue;
  return { name: field.name, value, defaultChecked: Array.isArray(initial) ? initial.includes(value) : initial === value };
}

export type ControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

export function controlProps(path: string, { error, hint }: { error?: string; hint?: boolean }): ControlProps {
  const id = fieldId(path);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { id, ...(describedBy ? { "aria-describedby": describedBy } : {}), ...(error ? { "aria-invalid": true as const } : {}) };
}

export function FieldError({ path, error }: { path: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${fieldId(path)}-error`} className="mt-1 text-sm font-medium text-rose-700 dark:text-rose-300">
      {error}
    </p>
  );
}

export function FieldHint({ path, children }: { path: string; children: ReactNode }) {
  return (
    <p id={`${fieldId(path)}-hint`} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
      {children}
    </p>
  );
}

export function Field({
  path,
  label,
  hint,
  error,
  optionalLabel,
  className,
  children,
}: {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Shown after the label of an optional field, with its brackets: "(optional)", "（任意）". */
  optionalLabel?: string;
  className?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={fieldId(path)} className="block font-medium">
        {label}
        {optionalLabel ? <span className="ml-1 text-sm font-normal text-slate-600 dark:text-slate-400">{optionalLabel}</span> : null}
      </label>
      {hint ? <FieldHint path={path}>{hint}</FieldHint> : null}
      {children(controlProps(path, { error, hint: Boolean(hint) }))}
      <FieldError path={path} error={error} />
    </div>
  );
}

/**
 * A group of radios or checkboxes. The legend names it; an error on the group as a whole is
 * announced with it, and the fieldset takes focus when it holds the first error.
 */
export function FieldGroup({
  path,
  legend,
  hint,
  error,
  className,
  legendHidden = false,
  children,
}: {
  path: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  /** When a visible heading right above already says the same. */
  legendHidden?: boolean;
  children: ReactNode;
}) {
  // aria-invalid belongs on the controls; the group carries its description and the focus anchor.
  const { id, "aria-invalid": _invalid, ...described } = controlProps(path, { error, hint: Boolean(hint) });
  return (
    <fieldset id={id} tabIndex={error ? -1 : undefined} data-error-anchor={error ? "true" : undefined} {...described} className={className}>
      <legend className={legendHidden ? "sr-only" : "font-medium"}>{legend}</legend>
      {hint ? <FieldHint path={path}>{hint}</FieldHint> : null}
      {children}
      <FieldError path={path} error={error} />
    </fieldset>
  );
}

/** Moves focus to the first field marked invalid, in page order. */
export function focusFirstError(container: HTMLElement | null): void {
  const first = container?.querySelector<HTMLElement>('[aria-invalid="true"], [data-error-anchor="true"]');
  if (!first) return;
  first.focus();
  first.scrollIntoView({ block: "center" });
}
