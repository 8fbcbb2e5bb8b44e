"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { OUTCOMES, type TimelineEventKind } from "@/lib/domain/stats/types";
import { toFieldErrorKeys, translateFieldErrors, type FieldError } from "@/lib/validation/field-errors";
import { consistencyErrorKeys } from "@/lib/validation/report-consistency";
import { errorKey } from "@/lib/validation/report-vocabulary";
import { checkTimelineUpdate, ReportUpdateInputSchema } from "@/lib/validation/report-update";
import { addTimelineEventsAction, type ReportFormState } from "../actions";
import { DerivedDurations } from "./derived-durations";
import { FieldGroup, focusFirstError, primaryButtonClass } from "./field";
import { emptyEvent, newUuid, sortEvents, toUpdateInput, type EventDraft } from "./form-values";
import { TimelineEditor } from "./timeline-editor";

export type ExistingReport = {
  incidentMonth: string;
  outcome: string;
  replyLanguages: string[];
  events: { kind: TimelineEventKind; day: string; time: string; label: string; dayLabel: string }[];
};

/** "Add what happened since": new events for a report and its outcome now. */
export function UpdateForm({ reportId, locale, existing }: { reportId: string; locale: string; existing: ExistingReport }) {
  const t = useTranslations("reportForm");
  const tReport = useTranslations("report");
  const tRoot = useTranslations();
  const [serverState, dispatch, pending] = useActionState(addTimelineEventsAction, null as ReportFormState);
  const [idempotencyKey] = useState(newUuid);
  const [events, setEvents] = useState<EventDraft[]>(() => [emptyEvent("", existing.events[existing.events.length - 1]?.day ?? "")]);
  const [outcome, setOutcome] = useState(existing.outcome);
  const [attempted, setAttempted] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  const clientErrors = useMemo(() => (attempted ? validateUpdate(existing, { events, outcome, idempotencyKey }) : {}), [attempted, existing, events, outcome, idempotencyKey]);
  const failed = serverState && !serverState.ok ? serverState : null;
  const translated = translateFieldErrors(clientErrors, (key, values) => tRoot(key, values));
  const { "": clientFormError, ...fieldErrors } = translated;
  const errors = { ...(failed?.fieldErrors ?? {}), ...fieldErrors };
  const formError = clientFormError ?? failed?.formError ?? null;

  useEffect(() => {
    if (focusRequest > 0) focusFirstError(formRef.current);
  }, [focusRequest]);
  useEffect(() => {
    if (failed) focusFirstError(formRef.current);
  }, [failed]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const sorted = sortEvents(events);
    setEvents(sorted);
    setAttempted(true);
    if (Object.keys(validateUpdate(existing, { events: sorted, outcome, idempotencyKey })).length > 0) {
      setFocusRequest((count) => count + 1);
      return;
    }
    startTransition(() => dispatch({ locale, reportId, input: toUpdateInput({ events: sorted, outcome, idempotencyKey }) }));
  }

  const allEvents = [...existing.events, ...events];

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-6">
      <section aria-labelledby="rf-existing-title" className="space-y-2">
        <h2 id="rf-existing-title" className="text-lg font-semibold">
          {t("timeline.existing")}
        </h2>
        <ol className="space-y-1 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
          {existing.events.map((event, index) => (
            <li key={index}>
              <span className="font-medium">{event.dayLabel}</span> · {event.label}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="rf-new-events-title" className="space-y-4">
        <h2 id="rf-new-events-title" className="text-lg font-semibold">
          {t("update.newEvents")}
        </h2>
        <TimelineEditor events={events} onChange={setEvents} errors={errors} firstNumber={existing.events.length + 1} />
      </section>

      <FieldGroup path="outcome" legend={t("update.outcomeNow")} error={errors.outcome}>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {OUTCOMES.map((value) => (
            <label key={value} className="inline-flex items-center gap-2">
              <input type="radio" name="outcome" value={value} checked={outcome === value} onChange={() => setOutcome(value)} className="size-4 accent-brand-700" />
              {tReport(`outcomeValue.${value}`)}
            </label>
          ))}
        </div>
      </FieldGroup>

      <DerivedDurations events={allEvents} outcome={outcome} />

      {formError ? (
        <div id="rf-form" role="alert" tabIndex={-1} data-error-anchor="true" className="rounded-md border border-rose-300 bg-rose-50 p-3 text-rose-900 dark:border-rose-700 dark:bg-rose-950/40 dark:text-rose-100">
          <p>{formError}</p>
          {failed?.signInUrl ? (
            <a href={failed.signInUrl} className="mt-1 inline-block font-medium underline">
              {t("errors.signInAgain")}
            </a>
          ) : null}
        </div>
      ) : null}
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? t("submit.pending") : t("submit.addUpdate")}
      </button>
    </form>
  );
}

function validateUpdate(existing: ExistingReport, values: { events: EventDraft[]; outcome: string; idempotencyKey: string }): Record<string, FieldError> {
  const input = toUpdateInput(values);
  const parsed = ReportUpdateInputSchema.safeParse(input);
  const errors = parsed.success ? {} : toFieldErrorKeys(parsed.error.issues);
  if (values.events.length === 0 && values.outcome === existing.outcome) return { "": { key: errorKey.nothingToAdd }, ...errors };
  return { ...consistencyErrorKeys(checkTimelineUpdate(existing, input)), ...errors };
}
