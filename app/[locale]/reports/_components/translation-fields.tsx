"use client";

import { useField, useFormMetadata } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FieldError } from "@/lib/validation/field-errors";
import { LIMITS } from "@/lib/validation/report-vocabulary";
import { TRANSLATED_TEXT_FIELDS } from "@/lib/validation/report-translation";
import { Field, inputClass, textProps, type BoundField } from "../../_components/field";
import { eventRows, textOf } from "./form-values";
import { useItemRows, type VocabularyItem } from "./required-items-field";

// The languages readers read the site in: a translation is offered into these only.
const SITE_LANGUAGES = ["en", "ja"] as const;

type TranslatedField = (typeof TRANSLATED_TEXT_FIELDS)[number];
const MAX: Record<TranslatedField, number> = {
  lockoutDetailTranslation: LIMITS.lockoutDetail,
  verificationLevelTranslation: LIMITS.verificationLevel,
  contactPathTranslation: LIMITS.contactPath,
  summaryTranslation: LIMITS.summary,
  tipsTranslation: LIMITS.tips,
};
const ROWS: Record<TranslatedField, number> = { lockoutDetailTranslation: 2, verificationLevelTranslation: 1, contactPathTranslation: 3, summaryTranslation: 4, tipsTranslation: 4 };

/** The field a translation field translates: "summaryTranslation" translates "summary". */
export const originalOf = (field: TranslatedField) => field.slice(0, -"Translation".length) as "lockoutDetail" | "verificationLevel" | "contactPath" | "summary" | "tips";

/** The part of the report form this section reads and writes. */
type TranslationForm = { [name in TranslatedField | ReturnType<typeof originalOf> | "translationLanguage" | "textLanguage"]?: string };

type Translation = { key: string; field: BoundField; label: string; original: string; translation: string; max: number; rows: number; error?: string };

/**
 * The author's own translation, folded away until asked for: one field per text the author has
 * written, each showing the original it translates. Open by itself when the report already has a
 * translation or a translation field has an error; a field with a translation in it stays in the
 * form while folded away, so folding loses nothing.
 */
export function TranslationFields({ vocabulary, locale, errors }: { vocabulary: readonly VocabularyItem[]; locale: string; errors: Record<string, string> }) {
  const t = useTranslations("reportForm");
  const form = useFormMetadata<TranslationForm, FieldError>();
  const fields = form.getFieldset();
  const [events] = useField<{ note?: string; noteTranslation?: string }[]>("events");
  const items = useItemRows(vocabulary);
  const value = form.value ?? {};
  const language = textOf(value.translationLanguage);
  const labelOf = (item: VocabularyItem) => (locale === "ja" ? item.labelJa : item.labelEn);
  const original = (text: string) => t("translation.original", { text: text.length > 160 ? `${text.slice(0, 160)}…` : text });

  const translations: Translation[] = [
    ...TRANSLATED_TEXT_FIELDS.map((name) => ({
      key: name,
      field: fields[name],
      label: t("translation.field", { field: t(`fields.${originalOf(name)}`) }),
      original: textOf(value[originalOf(name)]),
      translation: textOf(value[name]),
      max: MAX[name],
      rows: ROWS[name],
    })),
    ...eventRows(events.value).map((row, index) => ({
      key: `event:${index}`,
      field: events.getFieldList()[index]?.getFieldset().noteTranslation ?? { name: `events[${index}].noteTranslation`, key: undefined, initialValue: "" },
      label: t("translation.eventNote", { number: index + 1 }),
      original: row.note,
      translation: row.noteTranslation,
      max: LIMITS.eventNote,
      rows: 2,
    })),
    ...vocabulary.flatMap((item, index) => {
      const row = items.rows[index];
      if (!row?.ticked) return [];
      const name = `requiredItems[${index}].noteTranslation`;
      return [{ key: `item:${item.code}`, field: { name, key: items.key, initialValue: items.initial[index]?.noteTranslation }, label: t("translation.itemNote", { item: labelOf(item) }), original: row.note, translation: row.noteTranslation, max: LIMITS.itemNote, rows: 1, error: errors[`requiredItems[${row.tickedIndex}].noteTranslation`] }];
    }),
  ].filter((entry) => entry.original.trim() !== "" || entry.translation !== "");

  const hasErrors = Object.keys(errors).some((name) => name === "translationLanguage" || name.endsWith("Translation"));
  const hasValues = language !== "" || translations.some((entry) => entry.translation !== "");
  const [open, setOpen] = useState(hasValues || hasErrors);
  const languages = SITE_LANGUAGES.filter((code) => code !== textOf(value.textLanguage));

  return (
    <details open={open || hasErrors} onToggle={(event) => setOpen(event.currentTarget.open)} className="group">
      <summary className="cursor-pointer font-medium text-brand-700 underline dark:text-brand-300">{t("translation.open")}</summary>
      {open || hasErrors || hasValues ? (
        <div className="mt-3 space-y-4">
          <p className="text-slate-700 dark:text-slate-300">{t("translation.lead")}</p>
          <Field path="translationLanguage" label={t("translation.language")} error={errors.translationLanguage} className="sm:max-w-xs">
            {(props) => (
              <select {...props} {...textProps(fields.translationLanguage)} key={fields.translationLanguage.key} className={inputClass}>
                <option value="">{t("choose")}</option>
                {languages.map((code) => (
                  <option key={code} value={code}>
                    {t(`languages.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {translations.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("translation.nothingYet")}</p> : null}
          {translations.map((entry) => {
            const shared = { lang: language || undefined, maxLength: entry.max * 2, className: inputClass };
            return (
              <Field key={entry.key} path={entry.field.name} label={entry.label} hint={original(entry.original)} optionalLabel={t("optional")} error={entry.error ?? errors[entry.field.name]}>
                {(props) =>
                  entry.rows === 1 ? (
                    <input {...props} {...textProps(entry.field)} key={entry.field.key} type="text" {...shared} />
                  ) : (
                    <textarea {...props} {...textProps(entry.field)} key={entry.field.key} rows={entry.rows} {...shared} />
                  )
                }
              </Field>
            );
          })}
        </div>
      ) : null}
    </details>
  );
}
