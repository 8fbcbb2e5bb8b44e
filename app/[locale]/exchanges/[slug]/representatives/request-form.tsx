"use client";

import { getFormProps, getInputProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { RepresentativeRequestSchema, REPRESENTATIVE_LIMITS } from "@/lib/validation/representatives";
import { useActionForm } from "../../../_components/use-action-form";
import { requestRepresentationAction } from "./actions";
import { controlClass, FormFrame, LabelledField } from "./form-parts";

export function RequestForm({ slug, exchangeName }: { slug: string; exchangeName: string }) {
  const t = useTranslations("representatives.request");
  const { state, formAction, pending, form, fields } = useActionForm(requestRepresentationAction, RepresentativeRequestSchema);
  return (
    <FormFrame formProps={getFormProps(form)} formAction={formAction} state={state} pending={pending} slug={slug} label={t("title", { exchange: exchangeName })} text={{ submit: t("submit"), sending: t("sending"), done: t("sent") }}>
      <LabelledField field={fields.roleTitle} label={t("roleTitle", { exchange: exchangeName })} hint={t("roleHint")}>
        <input {...getInputProps(fields.roleTitle, { type: "text" })} maxLength={REPRESENTATIVE_LIMITS.roleTitle} autoComplete="organization-title" className={controlClass} />
      </LabelledField>
    </FormFrame>
  );
}
