"use client";

import { getFormProps, getInputProps, getTextareaProps, useForm } from "@conform-to/react";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { OFFICIAL_FACT_KINDS, SELF_SERVICE_AVAILABILITIES, SELF_SERVICE_NEEDS } from "@/lib/domain/official-procedure";
import type { FieldError } from "@/lib/validation/field-errors";
import { OFFICIAL_FACT_LIMITS, officialFactSchema, type OfficialFactInput } from "@/lib/validation/official-fact";
import { parseForm } from "@/lib/validation/parse-form";
import { FormFailureNotice } from "../../../_components/form-failure";
import { saveOfficialFactAction, type OfficialFactFormState } from "./actions";
import { Checkboxes, Field, inputClass, SelectField, type Option } from "./form-fields";

/** A fact's values as the form shows them: what was stored, days as "YYYY-MM-DD". */
export type OfficialFactDefaults = Partial<Omit<OfficialFactInput, "position" | "minHours" | "maxHours">> & { position?: number; minHours?: number; maxHours?: number };

/**
 * One fact of an exchange's official procedure: a new one (no factId) or an existing one, with
 * a delete button. A real form post that works without JavaScript; with it, Conform checks each
 * field with the server's own schema as the moderator types.
 */
export function OfficialFactForm({
  slug,
  officialDomains,
  factId,
  defaults,
  itemOptions,
  channelOptions,
  label,
}: {
  slug: string;
  officialDomains: string[];
  factId?: string;
  defaults: OfficialFactDefaults;
  itemOptions: Option[];
  channelOptions: Option[];
  label: string;
}) {
  const t = useTranslations("official");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState<OfficialFactFormState, FormData>(saveOfficialFactAction, {});
  const schema = officialFactSchema(officialDomains);
  const [form, fields] = useForm<OfficialFactInput, OfficialFactInput, FieldError>({
    id: factId ? `official-fact-${factId}` : "official-fact-new",
    lastResult: state.reply,
    defaultValue: defaults,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseForm(formData, schema),
  });
  const f = (key: string) => t(`edit.fields.${key}`);
  const domains = officialDomains.join(", ");

  return (
    <form {...getFormProps(form)} action={formAction} aria-label={label} className="space-y-4">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      {factId ? <input type="hidden" name="factId" value={factId} /> : null}
      <FormFailureNotice failure={state.failure} namespace="official.edit" />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField field={fields.kind} label={f("kind")} options={OFFICIAL_FACT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} />
        <Field field={fields.position} label={f("position")}>
          <input {...getInputProps(fields.position, { type: "number" })} min={0} max={OFFICIAL_FACT_LIMITS.position} className={inputClass} />
        </Field>
      </div>
      <Field field={fields.textEn} label={f("textEn")}>
        <textarea {...getTextareaProps(fields.textEn)} rows={3} lang="en" className={inputClass} />
      </Field>
      <Field field={fields.textJa} label={f("textJa")}>
        <textarea {...getTextareaProps(fields.textJa)} rows={3} lang="ja" className={inputClass} />
      </Field>
      <Field field={fields.sourceUrl} label={f("sourceUrl")} hint={t("edit.fields.sourceUrlHint", { domains })}>
        <input {...getInputProps(fields.sourceUrl, { type: "url", ariaDescribedBy: fields.sourceUrl.descriptionId })} className={inputClass} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field field={fields.checkedOn} label={f("checkedOn")}>
          <input {...getInputProps(fields.checkedOn, { type: "date" })} className={inputClass} />
        </Field>
        <Field field={fields.sourceDate} label={f("sourceDate")}>
          <input {...getInputProps(fields.sourceDate, { type: "date" })} className={inputClass} />
        </Field>
        <Field field={fields.language} label={f("language")}>
          <input {...getInputProps(fields.language, { type: "text" })} maxLength={3} className={inputClass} />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          field={fields.selfService}
          label={f("selfService")}
          notStated={f("notStated")}
          options={SELF_SERVICE_AVAILABILITIES.map((value) => ({ value, label: t(`selfService.${value}`) }))}
        />
        <SelectField field={fields.channel} label={f("channel")} notStated={f("notStated")} options={channelOptions} />
      </div>
      <Checkboxes field={fields.selfServiceNeeds} legend={f("selfServiceNeeds")} options={SELF_SERVICE_NEEDS.map((need) => ({ value: need, label: t(`needs.${need}`) }))} />
      <Checkboxes field={fields.requiredItemCodes} legend={f("requiredItemCodes")} options={itemOptions} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field field={fields.minHours} label={f("minHours")}>
          <input {...getInputProps(fields.minHours, { type: "number" })} min={0} max={OFFICIAL_FACT_LIMITS.hours} className={inputClass} />
        </Field>
        <Field field={fields.maxHours} label={f("maxHours")}>
          <input {...getInputProps(fields.maxHours, { type: "number" })} min={0} max={OFFICIAL_FACT_LIMITS.hours} className={inputClass} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600 disabled:opacity-70">
          {pending ? t("edit.saving") : factId ? t("edit.save") : t("edit.add")}
        </button>
        {factId ? (
          <button
            type="submit"
            name="intent"
            value="delete"
            formNoValidate
            disabled={pending}
            className="rounded-md border border-rose-700 px-4 py-2 font-medium text-rose-800 hover:bg-rose-50 disabled:opacity-70 dark:text-rose-200 dark:hover:bg-rose-950"
          >
            {t("edit.delete")}
          </button>
        ) : null}
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {state.done ? t(`edit.done.${state.done}`) : null}
        </p>
      </div>
    </form>
  );
}
