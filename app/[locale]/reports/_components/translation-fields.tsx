"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { LIMITS } from "@/lib/validation/report-vocabulary";
import { Field, inputClass } from "./field";
import { checkedItemCodes, type ReportFormValues, type TranslationDraft } from "./form-values";
import type { VocabularyItem } from "./required-items-field";

// The languages readers read the site in: a translation is offered into these only.
const SITE_LANGUAGES = ["en", "ja"] as const;

type TextField = "lockoutDetail" | "verificationLevel" | "contactPath" | "summary" | "tips";
const TEXT_FIELDS: { field: TextField; max: number; rows: number }[] = [
  { field: "lockoutDetail", max: LIMITS.lockoutDetail, rows: 2 },
  { field: "verificationLevel", max: LIMITS.verificationLevel, rows: 1 },
  { field: "contactPath", max: LIMITS.contactPath, rows: 3 },
  { field: "summary", max: LIMITS.summary, rows: 4 },
  { field: "tips", max: LIMITS.tips, rows: 4 },
];

/**
 * The author's own translation, folded away until asked for: one field per text the author has
 * written, each showing the original it translates. Opens by itself when the report already has
 * a translation or a translation field has an error.
 */
export function TranslationFields({
  values,
  vocabulary,
  locale,
  errors,
  onChange,
}: {
  values: ReportFormValues;
  vocabulary: readonly VocabularyItem[];
  locale: string;
  errors: Record<string, string>;
  onChange: (patch: Partial<ReportFormValues>) => void;
}) {
  const t = useTranslations("reportForm");
  const languages = SITE_LANGUAGES.filter((code) => code !== values.textLanguage);
  const hasErrors = Object.keys(errors).some((path) => path === "translationLanguage" || path.endsWith("Translation"));
  const hasValues =
    values.translationLanguage !== "" ||
    TEXT_FIELDS.some(({ field }) => values[`${field}Translation`] !== "") ||
    values.events.some((event) => (event.noteTranslation ?? "") !== "") ||
    Object.values(values.requiredItems).some((item) => (item.noteTranslation ?? "") !== "");
  // The fields exist only while open: a folded-away section adds nothing to the form's labels.
  const [open, setOpen] = useState(hasValues || hasErrors);
  const textFields = TEXT_FIELDS.filter(({ field }) => values[field].trim() !== "" || values[`${field}Translation`] !== "");
  const events = values.events.map((event, index) => ({ event, index })).filter(({ event }) => event.note.trim() !== "" || (event.noteTranslation ?? "") !== "");
  const items = checkedItemCodes(values, vocabulary.map((item) => item.code))
    .map((code, index) => ({ code, index, draft: values.requiredItems[code] }))
    .filter(({ draft }) => draft && (draft.note.trim() !== "" || (draft.noteTranslation ?? "") !== ""));
  const labelOf = (code: string) => {
    const item = vocabulary.find((entry) => entry.code === code);
    return item ? (locale === "ja" ? item.labelJa : item.labelEn) : code;
  };
  const original = (text: string) => t("translation.original", { text: text.length > 160 ? `${text.slice(0, 160)}…` : text });

  return (
    <details open={open || hasErrors} onToggle={(event) => setOpen(event.currentTarget.open)} className="group">
      <summary className="cursor-pointer font-medium text-brand-700 underline dark:text-brand-300">{t("translation.open")}</summary>
      {open || hasErrors ? (
        <div className="mt-3 space-y-4">
          <p className="text-slate-700 dark:text-slate-300">{t("translation.lead")}</p>
          <Field path="translationLanguage" label={t("translation.language")} error={errors.translationLanguage} className="sm:max-w-xs">
            {(props) => (
              <select {...props} value={values.translationLanguage} onChange={(event) => onChange({ translationLanguage: event.target.value })} className={inputClass}>
                <option value="">{t("choose")}</option>
                {languages.map((code) => (
                  <option key={code} value={code}>
                    {t(`languages.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {textFields.length === 0 && events.length === 0 && items.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("translation.nothingYet")}</p> : null}
          {textFields.map(({ field, max, rows }) => {
            const key: keyof TranslationDraft = `${field}Translation`;
            return (
              <Field key={field} path={key} label={t("translation.field", { field: t(`fields.${field}`) })} hint={original(values[field])} optionalLabel={t("optional")} error={errors[key]}>
                {(props) =>
                  rows === 1 ? (
                    <input {...props} type="text" lang={values.translationLanguage || undefined} maxLength={max * 2} value={values[key]} onChange={(event) => onChange({ [key]: event.target.value })} className={inputClass} />
                  ) : (
                    <textarea {...props} rows={rows} lang={values.translationLanguage || undefined} maxLength={max * 2} value={values[key]} onChange={(event) => onChange({ [key]: event.target.value })} className={inputClass} />
                  )
                }
              </Field>
            );
          })}
          {events.map(({ event, index }) => (
            <Field
              key={event.id}
              path={`events.${index}.noteTranslation`}
              label={t("translation.eventNote", { number: index + 1 })}
              hint={original(event.note)}
              optionalLabel={t("optional")}
              error={errors[`events.${index}.noteTranslation`]}
            >
              {(props) => (
                <textarea
                  {...props}
                  rows={2}
                  lang={values.translationLanguage || undefined}
                  maxLength={LIMITS.eventNote * 2}
                  value={event.noteTranslation ?? ""}
                  onChange={(change) => onChange({ events: values.events.map((row) => (row.id === event.id ? { ...row, noteTranslation: change.target.value } : row)) })}
                  className={inputClass}
                />
              )}
            </Field>
          ))}
          {items.map(({ code, index, draft }) => (
            <Field
              key={code}
              path={`requiredItems.${index}.noteTranslation`}
              label={t("translation.itemNote", { item: labelOf(code) })}
              hint={original(draft?.note ?? "")}
              optionalLabel={t("optional")}
              error={errors[`requiredItems.${index}.noteTranslation`]}
            >
              {(props) => (
                <input
                  {...props}
                  type="text"
                  lang={values.translationLanguage || undefined}
                  maxLength={LIMITS.itemNote * 2}
                  value={draft?.noteTranslation ?? ""}
                  onChange={(change) => onChange({ requiredItems: { ...values.requiredItems, [code]: { checked: true, note: draft?.note ?? "", noteTranslation: change.target.value } } })}
                  className={inputClass}
                />
              )}
            </Field>
          ))}
        </div>
      ) : null}
    </details>
  );
}
