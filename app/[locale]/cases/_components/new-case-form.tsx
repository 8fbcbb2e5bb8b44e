"use client";

import { getFormProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { CONTACT_CHANNELS } from "@/lib/domain/stats/types";
import { CASE_LIMITS, CaseOpenSchema, type CaseOpenDraft } from "@/lib/validation/case";
import { COMMON_LANGUAGES, LOCKOUT_CAUSES } from "@/lib/validation/report-vocabulary";
import { Field, inputClass, primaryButtonClass, textProps } from "../../_components/field";
import { FormFailureNotice } from "../../_components/form-failure";
import { CountedTextArea, SelectField, useErrorTexts } from "../../_components/form-parts";
import { useActionForm } from "../../_components/use-action-form";
import { createCaseAction } from "../actions";

export type CaseExchangeOption = { slug: string; name: string };

/** Opens a case: a real form post, so it works without JavaScript; with it, errors show as typed. */
export function NewCaseForm({ locale, exchanges, defaultValue }: { locale: string; exchanges: CaseExchangeOption[]; defaultValue: Partial<CaseOpenDraft> }) {
  const t = useTranslations("cases");
  const tForm = useTranslations("reportForm");
  const tReport = useTranslations("report");
  const { state, formAction, pending, form, fields } = useActionForm(createCaseAction, CaseOpenSchema, { defaultValue });
  const errors = useErrorTexts(form.allErrors);
  const names = new Map(exchanges.map((exchange) => [exchange.slug, exchange.name]));

  return (
    <form {...getFormProps(form)} action={formAction} aria-busy={pending} className="space-y-5">
      <input type="hidden" name="locale" value={locale} />
      <SelectField field={fields.exchangeSlug} label={t("fields.exchange")} error={errors.exchangeSlug} options={exchanges.map((exchange) => exchange.slug)} optionLabel={(slug) => names.get(slug) ?? slug} empty={tForm("choose")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField field={fields.lockoutCause} label={t("fields.lockoutCause")} error={errors.lockoutCause} options={LOCKOUT_CAUSES} optionLabel={(cause) => tReport(`lockoutCause.${cause}`)} empty={tForm("choose")} />
        <SelectField field={fields.contactChannel} label={t("fields.contactChannel")} error={errors.contactChannel} options={CONTACT_CHANNELS} optionLabel={(channel) => tReport(`channelValue.${channel}`)} empty={tForm("choose")} />
      </div>
      <SelectField field={fields.inquiryLanguage} label={t("fields.inquiryLanguage")} error={errors.inquiryLanguage} options={COMMON_LANGUAGES} optionLabel={(code) => tForm(`languages.${code}`)} empty={tForm("choose")} />
      <Field path={fields.ticketReference.name} label={t("fields.ticketReference")} hint={t("fields.ticketReferenceHint")} optionalLabel={tForm("optional")} error={errors.ticketReference}>
        {(props) => <input {...props} {...textProps(fields.ticketReference)} key={fields.ticketReference.key} type="text" autoComplete="off" maxLength={CASE_LIMITS.ticketReference * 2} className={inputClass} />}
      </Field>
      <Field path={fields.notes.name} label={t("fields.notes")} hint={t("fields.notesHint")} optionalLabel={tForm("optional")} error={errors.notes}>
        {(props) => <CountedTextArea control={props} field={fields.notes} rows={3} max={CASE_LIMITS.notes} />}
      </Field>
      <FormFailureNotice failure={pending ? undefined : state.failure} namespace="cases" />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? t("creating") : t("create")}
      </button>
    </form>
  );
}
