"use client";

import { getFormProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { TIMELINE_EVENT_KINDS } from "@/lib/domain/stats/types";
import { CaseEventInputSchema } from "@/lib/validation/case";
import { LIMITS } from "@/lib/validation/report-vocabulary";
import { Field, inputClass, primaryButtonClass, textProps } from "../../_components/field";
import { FormFailureNotice } from "../../_components/form-failure";
import { CountedTextArea, SelectField, useErrorTexts } from "../../_components/form-parts";
import { useActionForm } from "../../_components/use-action-form";
import { saveCaseEventAction } from "../actions";

export type CaseEventValues = { kind?: string; day?: string; time?: string; note?: string };

/**
 * Logs an event on a case, or edits one (`eventId`): the report timeline's kinds and dates. The
 * page shows one such form at a time, so its fields' ids are unique.
 */
export function CaseEventForm({ locale, caseId, eventId, defaultValue, today }: { locale: string; caseId: string; eventId?: string; defaultValue: CaseEventValues; today: string }) {
  const t = useTranslations("cases.timeline");
  const tForm = useTranslations("reportForm");
  const tReport = useTranslations("report");
  const { state, formAction, pending, form, fields } = useActionForm(saveCaseEventAction, CaseEventInputSchema, { defaultValue });
  const errors = useErrorTexts(form.allErrors);

  return (
    <form {...getFormProps(form)} action={formAction} aria-busy={pending} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="caseId" value={caseId} />
      {eventId ? <input type="hidden" name="eventId" value={eventId} /> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField field={fields.kind} label={tForm("timeline.kind")} error={errors.kind} options={TIMELINE_EVENT_KINDS} optionLabel={(kind) => tReport(`eventKind.${kind}`)} empty={tForm("choose")} />
        <Field path={fields.day.name} label={tForm("timeline.day")} error={errors.day}>
          {(props) => <input {...props} {...textProps(fields.day)} key={fields.day.key} type="date" max={today} className={inputClass} />}
        </Field>
        <Field path={fields.time.name} label={tForm("timeline.time")} optionalLabel={tForm("optional")} error={errors.time}>
          {(props) => <input {...props} {...textProps(fields.time)} key={fields.time.key} type="time" className={inputClass} />}
        </Field>
      </div>
      <Field path={fields.note.name} label={tForm("timeline.note")} optionalLabel={tForm("optional")} error={errors.note}>
        {(props) => <CountedTextArea control={props} field={fields.note} rows={2} max={LIMITS.eventNote} />}
      </Field>
      <FormFailureNotice failure={pending ? undefined : state.failure} namespace="cases" />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
