"use client";

import { useTranslations } from "next-intl";
import { useRef, type FocusEvent } from "react";
import { TIMELINE_EVENT_KINDS, type TimelineEventKind } from "@/lib/domain/stats/types";
import { COMMON_LANGUAGES, LIMITS } from "@/lib/validation/report-vocabulary";
import { buttonClass, Field, inputClass } from "./field";
import { emptyEvent, sortEvents, type EventDraft } from "./form-values";

/**
 * The timeline as a list of events, shown in date order. Rows re-sort when focus leaves a row,
 * not on every keystroke, so the row being edited never jumps away from the cursor.
 */
export function TimelineEditor({
  events,
  onChange,
  errors,
  pathPrefix = "events",
  firstNumber = 1,
}: {
  events: EventDraft[];
  onChange: (events: EventDraft[]) => void;
  errors: Record<string, string>;
  pathPrefix?: string;
  /** Number of the first row, when earlier events are shown above (the update form). */
  firstNumber?: number;
}) {
  const t = useTranslations("reportForm");
  const tReport = useTranslations("report");
  const addButton = useRef<HTMLButtonElement>(null);
  const groupError = errors[pathPrefix];

  function update(index: number, change: Partial<EventDraft>) {
    onChange(events.map((event, position) => (position === index ? { ...event, ...change } : event)));
  }

  function add() {
    const last = events[events.length - 1];
    const next = emptyEvent(events.length === 0 && firstNumber === 1 ? "CONTACTED" : "", last?.day ?? "");
    onChange([...events, next]);
    // Focus the new row's first control once it exists.
    requestAnimationFrame(() => document.getElementById(`rf-${pathPrefix}-${events.length}-kind`)?.focus());
  }

  // When focus leaves a row, rows take their date order. The element receiving focus keeps it
  // even if its row moves (moving a node in the DOM drops focus in some browsers). Only focus
  // that was dropped is given back: when the click was on "Publish" and the form then moved
  // focus to the first error (often on the row that just moved), that focus stays.
  function commitOrder(event: FocusEvent<HTMLElement>) {
    const next = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
    if (next && event.currentTarget.contains(next)) return;
    const sorted = sortEvents(events);
    if (sorted.every((row, index) => row.id === events[index]?.id)) return;
    onChange(sorted);
    requestAnimationFrame(() => {
      const dropped = document.activeElement === null || document.activeElement === document.body;
      if (next?.isConnected && dropped) next.focus();
    });
  }

  function remove(index: number) {
    onChange(events.filter((_, position) => position !== index));
    addButton.current?.focus();
  }

  return (
    <div className="space-y-4">
      {groupError ? (
        <p id={`rf-${pathPrefix}-error`} tabIndex={-1} data-error-anchor="true" className="text-sm font-medium text-rose-700 dark:text-rose-300">
          {groupError}
        </p>
      ) : null}
      {events.length === 0 ? <p className="text-slate-600 dark:text-slate-400">{t("timeline.empty")}</p> : <p className="sr-only">{t("timeline.orderNotice")}</p>}
      <ol className="space-y-4">
        {events.map((event, index) => {
          const path = (field: string) => `${pathPrefix}.${index}.${field}`;
          const number = firstNumber + index;
          return (
            <li key={event.id}>
              <fieldset onBlur={commitOrder} className="rounded-lg border border-slate-200 p-3 sm:p-4 dark:border-slate-700">
                <legend className="px-1 text-sm font-semibold">{t("timeline.event", { number })}</legend>
                <div className="grid gap-3 sm:grid-cols-2">
                  <Field path={path("kind")} label={t("timeline.kind")} error={errors[path("kind")]} className="sm:col-span-2">
                    {(props) => (
                      <select {...props} value={event.kind} onChange={(change) => update(index, { kind: change.target.value as TimelineEventKind | "" })} className={inputClass}>
                        <option value="">{t("choose")}</option>
                        {TIMELINE_EVENT_KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {tReport(`eventKind.${kind}`)}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field path={path("day")} label={t("timeline.day")} error={errors[path("day")]}>
                    {(props) => (
                      <input
                        {...props}
                        type="date"
                        value={event.day}
                        onChange={(change) => update(index, { day: change.target.value })}
                        className={inputClass}
                      />
                    )}
                  </Field>
                  <Field path={path("time")} label={t("timeline.time")} optionalLabel={t("optional")} error={errors[path("time")]}>
                    {(props) => (
                      <input
                        {...props}
                        type="time"
                        value={event.time}
                        onChange={(change) => update(index, { time: change.target.value })}
                        className={inputClass}
                      />
                    )}
                  </Field>
                  <Field path={path("note")} label={t("timeline.note")} optionalLabel={t("optional")} error={errors[path("note")]} className="sm:col-span-2">
                    {(props) => (
                      <textarea
                        {...props}
                        rows={2}
                        maxLength={LIMITS.eventNote * 2}
                        value={event.note}
                        onChange={(change) => update(index, { note: change.target.value })}
                        className={inputClass}
                      />
                    )}
                  </Field>
                  <Field path={path("language")} label={t("timeline.language")} optionalLabel={t("optional")} error={errors[path("language")]}>
                    {(props) => (
                      <select {...props} value={event.language} onChange={(change) => update(index, { language: change.target.value })} className={inputClass}>
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
                    <button type="button" onClick={() => remove(index)} className={`${buttonClass} text-rose-700 dark:text-rose-300`}>
                      {t("timeline.remove", { number })}
                    </button>
                  </div>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button ref={addButton} type="button" onClick={add} className={buttonClass}>
        + {t("timeline.addEvent")}
      </button>
    </div>
  );
}
