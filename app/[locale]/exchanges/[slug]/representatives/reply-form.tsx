"use client";

import { getFormProps, getSelectProps, getTextareaProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { ReportReplyInputSchema, REPRESENTATIVE_LIMITS } from "@/lib/validation/representatives";
import { useActionForm } from "../../../_components/use-action-form";
import { postReplyAction } from "./actions";
import { controlClass, FormFrame, LabelledField, LanguageField } from "./form-parts";

/** One reply under one report; the list offers reports without a reply yet. */
export function ReplyForm({ slug, reports, locale }: { slug: string; reports: { id: string; label: string }[]; locale: "en" | "ja" }) {
  const t = useTranslations("representatives.replyForm");
  const { state, formAction, pending, form, fields } = useActionForm(postReplyAction, ReportReplyInputSchema, { defaultValue: { textLanguage: locale } });
  return (
    <FormFrame formProps={getFormProps(form)} formAction={formAction} state={state} pending={pending} slug={slug} label={t("title")} text={{ submit: t("submit"), sending: t("sending"), done: t("sent") }}>
      <LabelledField field={fields.reportId} label={t("report")}>
        <select {...getSelectProps(fields.reportId)} className={controlClass}>
          {reports.map((report) => (
            <option key={report.id} value={report.id}>
              {report.label}
            </option>
          ))}
        </select>
      </LabelledField>
      <LabelledField field={fields.text} label={t("text")} hint={t("textHint")}>
        <textarea {...getTextareaProps(fields.text)} rows={4} maxLength={REPRESENTATIVE_LIMITS.reply} className={controlClass} />
      </LabelledField>
      <LanguageField field={fields.textLanguage} label={t("language")} />
    </FormFrame>
  );
}
