"use client";

import { useField, useFormMetadata } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { useRef, type FocusEvent } from "react";
import { TIMELINE_EVENT_KINDS } from "@/lib/domain/stats/types";
import type { FieldError } from "@/lib/validation/field-errors";
import { COMMON_LANGUAGES, LIMITS } from "@/lib/validation/report-vocabulary";
import { buttonClass, Field, fieldId, inputClass, textProps } from "../../_components/field";
import { eventRows, sortEvents } from "./form-values";

type EventFields = { kind: string; day: string; time?: string; note?: string; language?: string; noteTranslation?: string };

/**
 * The timeline as a list of events, shown in date order. Adding and removing rows are the form's
 * own buttons, so they work without JavaScript too (the server sends the form back with the row).
 * Rows re-sort when focus leaves a row, not on every keystroke, so the row being edited never
 * jumps away from the cursor.
 */
export function TimelineEditor({ name = "events", errors, firstNumber = 1 }: { name?: string; errors: Record<string, string>; firstNumber?: number }) {
  const t = useTranslations("reportForm");
  const tReport = useTranslations("report");
  const form = useFormMetadata<Record<string, unknown>, FieldError>();
  const [list] = useField<EventFields[]>(name);
  const addButton = useRef<HTMLButtonElement>(null);
  const rows = list.getFieldList();
  const values = eventRows(list.value);
  const groupError = errors[list.name];
  const addProps = form.insert.getButtonProps<EventFields[]>({
    name: list.name,
    defaultValue: { kind: rows.length === 0 && firstNumber === 1 ? "CONTACTED" : "", day: values.at(-1)?.day ?? "" },
  });

  // When focus leaves a row, rows take their date order. Focus that the move dropped goes back
  // to where the author was heading, unless the form has moved it on (to its first error).
  function commitOrder(event: FocusEvent<HTMLElement>) {
    const next = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
    if (next && event.currentTarget.contains(next)) return;
    const sorted = sortEvents(values);
    if (sorted.every((row, index) => row === values[index])) return;
    form.update<EventFields[]>({ name: list.name, value: sorted });
    requestAnimationFrame(() => {
      const dropped = document.activeElement === null || document.activeElement === document.body;
      if (next?.isConnected && dropped) next.focus();
    });
  }

  return (
    <div className="space-y-4">
      {groupError ? (
        <p id={`${fieldId(list.name)}-error`} tabIndex={-1} data-error-anchor="true" className="text-sm font-medium text-rose-700 dark:text-rose-300">
          {groupError}
        </p>
      ) : null}
      {rows.length === 0 ? <p className="text-slate-600 dark:text-slate-400">{t("timeline.empty")}</p> : <p className="sr-only">{t("timeline.orderNotice")}</p>}
      <ol className="space-y-4">
        {rows.map((row, index) => {
          const fields = row.getFieldset();
          const number = firstNumber + index;
          return (
            <li key={row.key}>
              <fieldset onBlur={commitOrder} className="rounded-lg border border-slate-200 p-3 sm:p-4 dark:border-slate-700">
                <legend className="px-1 text-sm font-semibold">{t("timeline.event", { number })}</legend>
                <div className="grid gap-3 sm:grid-cols-2">
                  <Field path={fields.kind.name} label={t("timeline.kind")} error={errors[fields.kind.name]} className="sm:col-span-2">
                    {(props) => (
                      <select {...props} {...textProps(fields.kind)} key={fields.kind.key} className={inputClass}>
                        <option value="">{t("choose")}</option>
                        {TIMELINE_EVENT_KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {tReport(`eventKind.${kind}`)}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field path={fields.day.name} label={t("timeline.day")} error={errors[fields.day.name]}>
                    {(props) => <input {...props} {...textProps(fields.day)} key={fields.day.key} type="date" className={inputClass} />}
                  </Field>
                  <Field path={fields.time.name} label={t("timeline.time")} optionalLabel={t("optional")} error={errors[fields.time.name]}>
                    {(props) => <input {...props} {...textProps(fields.time)} key={fields.time.key} type="time" className={inputClass} />}
                  </Field>
                  <Field path={fields.note.name} label={t("timeline.note")} optionalLabel={t("optional")} error={errors[fields.note.name]} className="sm:col-span-2">
                    {(props) => <textarea {...props} {...textProps(fields.note)} key={fields.note.key} rows={2} maxLength={LIMITS.eventNote * 2} className={inputClass} />}
                  </Field>
                  <Field path={fields.language.name} label={t("timeline.language")} optionalLabel={t("optional")} error={errors[fields.language.name]}>
                    {(props) => (
                      <select {...props} {...textProps(fields.language)} key={fields.language.key} className={inputClass}>
                        <option value="">{t("timeline.languageNone")}</option>
                        {COMMON_LANGUAGES.map((code) => (
                          <option key={code} value={code}>
                            {t(`languages.${code}`)}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <div className="flex items-end justify-end">
                    <button
                      type="submit"
                      {...form.remove.getButtonProps({ name: list.name, index })}
                      onClick={() => requestAnimationFrame(() => addButton.current?.focus())}
                      className={`${buttonClass} text-rose-700 dark:text-rose-300`}
                    >
                      {t("timeline.remove", { number })}
                    </button>
                  </div>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        ref={addButton}
        type="submit"
        {...addProps}
        // The new row's first control, once it exists.
        onClick={() => requestAnimationFrame(() => document.getElementById(`${fieldId(`${list.name}[${rows.length}].kind`)}`)?.focus())}
        className={buttonClass}
      >
        + {t("timeline.addEvent")}
      </button>
    </div>
  );
}
