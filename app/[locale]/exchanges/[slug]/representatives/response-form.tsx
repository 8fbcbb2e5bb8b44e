"use client";

import { getFormProps, getTextareaProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { ExchangeResponseInputSchema, REPRESENTATIVE_LIMITS } from "@/lib/validation/representatives";
import { useActionForm } from "../../../_components/use-action-form";
import { saveResponseAction } from "./actions";
import { controlClass, FormFrame, LabelledField, LanguageField } from "./form-parts";

export type ResponseDefaults = { responseId?: string; text?: string; textLanguage?: "en" | "ja"; textTranslation?: string };

/** A new official response, or (with a responseId) an edit of one. */
export function ResponseForm({ slug, label, defaults }: { slug: string; label: string; defaults: ResponseDefaults }) {
  const t = useTranslations("representatives.response");
  const { state, formAction, pending, form, fields } = useActionForm(saveResponseAction, ExchangeResponseInputSchema, { defaultValue: defaults });
  const editing = defaults.responseId !== undefined;
  return (
    <FormFrame formProps={getFormProps(form)} formAction={formAction} state={state} pending={pending} slug={slug} label={label} text={{ submit: editing ? t("save") : t("submit"), sending: t("sending"), done: t("saved") }}>
      {editing ? <input type="hidden" name="responseId" value={defaults.responseId} /> : null}
      <LabelledField field={fields.text} label={t("text")} hint={t("textHint")}>
        <textarea {...getTextareaProps(fields.text)} rows={6} maxLength={REPRESENTATIVE_LIMITS.response} className={controlClass} />
      </LabelledField>
      <LanguageField field={fields.textLanguage} label={t("language")} />
      <LabelledField field={fields.textTranslation} label={t("translation")} hint={t("translationHint")}>
        <textarea {...getTextareaProps(fields.textTranslation)} rows={4} maxLength={REPRESENTATIVE_LIMITS.response} className={controlClass} />
      </LabelledField>
    </FormFrame>
  );
}
