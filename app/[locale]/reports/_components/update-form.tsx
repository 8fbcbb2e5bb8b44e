"use client";

import { FormProvider, useForm } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useMemo, useRef } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { OUTCOMES, type TimelineEventKind } from "@/lib/domain/stats/types";
import type { FieldError } from "@/lib/validation/field-errors";
import { parseForm } from "@/lib/validation/parse-form";
import { errorKey } from "@/lib/validation/report-vocabulary";
import { checkTimelineUpdate, ReportUpdateInputSchema, type ReportUpdateInputDraft } from "@/lib/validation/report-update";
import { FormFailureNotice } from "../../_components/form-failure";
import { addTimelineEventsAction } from "../actions";
import { DerivedDurations } from "./derived-durations";
import { primaryButtonClass, textProps } from "../../_components/field";
import { useErrorTexts, useFocusOnRefusal, ChoiceGroup } from "../../_components/form-parts";
import { eventRows, listOf, textOf } from "./form-values";
import { TimelineEditor } from "./timeline-editor";

export type ExistingReport = {
  incidentMonth: string;
  outcome: string;
  replyLanguages: string[];
  events: { kind: TimelineEventKind; day: string; time: string; label: string; dayLabel: string }[];
};

/**
 * The update's schema with the rules the browser can check against the report as it stands (lib/data
 * checks them again): the timeline stays consistent, and an update adds something.
 */
function updateSchemaFor(existing: ExistingReport) {
  return ReportUpdateInputSchema.superRefine(
    (update: unknown, ctx) => {
      const { events, outcome } = typeof update === "object" && update !== null ? (update as { events?: unknown; outcome?: unknown }) : {};
      const rows = listOf(events).map((row) => (typeof row === "object" && row !== null ? row : {}));
      if (rows.length === 0 && (outcome ?? existing.outcome) === existing.outcome) ctx.addIssue({ code: "custom", path: [], message: errorKey.nothingToAdd });
      for (const issue of checkTimelineUpdate(existing, { events: rows, outcome })) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    },
    // Runs even when other fields failed: one round trip shows the author every problem.
    { when: () => true },
  );
}

/** "Add what happened since": new events for a report and its outcome now. */
export function UpdateForm({ reportId, locale, existing, idempotencyKey }: { reportId: string; locale: string; existing: ExistingReport; idempotencyKey: string }) {
  const t = useTranslations("reportForm");
  const tReport = useTranslations("report");
  const [state, formAction, pending] = useActionState(addTimelineEventsAction, {} as FormState);
  const formRef = useRef<HTMLFormElement>(null);
  const schema = useMemo(() => updateSchemaFor(existing), [existing]);
  const [form, fields] = useForm<ReportUpdateInputDraft, unknown, FieldError>({
    id: "update-form",
    lastResult: state.reply,
    defaultValue: { idempotencyKey, outcome: existing.outcome as ReportUpdateInputDraft["outcome"], events: [{ kind: "" as TimelineEventKind, day: existing.events.at(-1)?.day ?? "" }] },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseForm(formData, schema),
    onSubmit(event, { formData }) {
      // Posted from here rather than by React's form action, which would reset every field.
      event.preventDefault();
      if (!pending) startTransition(() => formAction(formData));
    },
  });
  const errors = useErrorTexts(form.allErrors);
  const formError = errors[""];


  const onSubmit = useFocusOnRefusal(formRef, state, form.onSubmit);

  return (
    <FormProvider context={form.context}>
      <form ref={formRef} id={form.id} action={formAction} onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-6">
        {/* Enter in a field adds to the report, rather than pressing the first row button. */}
        <button type="submit" hidden tabIndex={-1} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="reportId" value={reportId} />
        <input type="hidden" {...textProps(fields.idempotencyKey)} key={fields.idempotencyKey.key} />
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
          <TimelineEditor errors={errors} firstNumber={existing.events.length + 1} />
        </section>

        <ChoiceGroup field={fields.outcome} type="radio" legend={t("update.outcomeNow")} error={errors.outcome} options={OUTCOMES} optionLabel={(outcome) => tReport(`outcomeValue.${outcome}`)} />

        <DerivedDurations events={[...existing.events, ...eventRows(form.value?.events)]} outcome={textOf(form.value?.outcome)} />

        {formError ? (
          <div id="rf-form" role="alert" tabIndex={-1} data-error-anchor="true" className="rounded-md border border-rose-300 bg-rose-50 p-3 text-rose-900 dark:border-rose-700 dark:bg-rose-950/40 dark:text-rose-100">
            <p>{formError}</p>
          </div>
        ) : null}
        <FormFailureNotice failure={state.failure} namespace="reportForm" id="rf-form-error" />
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? t("submit.pending") : t("submit.addUpdate")}
        </button>
      </form>
    </FormProvider>
  );
}
