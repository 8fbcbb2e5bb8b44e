"use client";

import { getFormProps, getInputProps, getSelectProps, getTextareaProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { OFFICIAL_FACT_KINDS } from "@/lib/domain/official-procedure";
import { officialFactSchema } from "@/lib/validation/official-fact";
import { useActionForm } from "../../../_components/use-action-form";
import { proposeFactAction } from "./actions";
import { controlClass, FormFrame, LabelledField } from "./form-parts";

/** A proposed official fact: what the page says in both languages, and the page on an official domain. */
export function ProposalForm({ slug, officialDomains, today }: { slug: string; officialDomains: string[]; today: string }) {
  const t = useTranslations("representatives.proposal");
  const tKinds = useTranslations("official.kinds");
  const schema = useMemo(() => officialFactSchema(officialDomains), [officialDomains]);
  const { state, formAction, pending, form, fields } = useActionForm(proposeFactAction, schema, { defaultValue: { kind: "NOTE", checkedOn: today } });
  return (
    <FormFrame formProps={getFormProps(form)} formAction={formAction} state={state} pending={pending} slug={slug} label={t("title")} text={{ submit: t("submit"), sending: t("sending"), done: t("sent") }}>
      <LabelledField field={fields.kind} label={t("kind")}>
        <select {...getSelectProps(fields.kind)} className={controlClass}>
          {OFFICIAL_FACT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {tKinds(kind)}
            </option>
          ))}
        </select>
      </LabelledField>
      <LabelledField field={fields.textEn} label={t("textEn")}>
        <textarea {...getTextareaProps(fields.textEn)} rows={3} className={controlClass} />
      </LabelledField>
      <LabelledField field={fields.textJa} label={t("textJa")}>
        <textarea {...getTextareaProps(fields.textJa)} rows={3} className={controlClass} />
      </LabelledField>
      <LabelledField field={fields.sourceUrl} label={t("sourceUrl")}>
        <input {...getInputProps(fields.sourceUrl, { type: "url" })} className={controlClass} />
      </LabelledField>
      <LabelledField field={fields.checkedOn} label={t("checkedOn")}>
        <input {...getInputProps(fields.checkedOn, { type: "date" })} className={`${controlClass} sm:max-w-xs`} />
      </LabelledField>
    </FormFrame>
  );
}
