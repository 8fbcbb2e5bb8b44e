"use client";

import { useTranslations } from "next-intl";
import { TRANSLATED_TEXT_FIELDS } from "@/lib/validation/report-translation";
import { eventRows, itemRows, textOf } from "./form-values";
import type { ScannedText } from "./personal-data-panel";
import type { VocabularyItem } from "./required-items-field";
import { originalOf } from "./translation-fields";

const FREE_TEXTS = ["contactPath", "lockoutDetail", "verificationLevel", "summary", "tips"] as const;

/**
 * Every free text of the report as the author has typed it so far, keyed by its input's name,
 * with the label the personal-data panel names it by. Translations are published too, so they
 * are scanned like the originals.
 */
export function useReportTexts(formValue: Record<string, unknown> | undefined, vocabulary: readonly VocabularyItem[], locale: string): ScannedText[] {
  const t = useTranslations("reportForm");
  const value = formValue ?? {};
  const events = eventRows(value.events);
  const items = itemRows(
    value.requiredItems,
    vocabulary.map((item) => item.code),
  ).flatMap((row, index) => {
    const item = vocabulary[index];
    return row.ticked && item ? [{ ...row, index, label: locale === "ja" ? item.labelJa : item.labelEn }] : [];
  });
  return [
    ...FREE_TEXTS.map((name) => ({ key: name, label: t(`fields.${name}`), text: textOf(value[name]) })),
    ...events.map((event, index) => ({ key: `events[${index}].note`, label: `${t("timeline.event", { number: index + 1 })} · ${t("timeline.note")}`, text: event.note })),
    ...items.map((item) => ({ key: `requiredItems[${item.index}].note`, label: item.label, text: item.note })),
    ...TRANSLATED_TEXT_FIELDS.map((name) => ({ key: name, label: t("translation.field", { field: t(`fields.${originalOf(name)}`) }), text: textOf(value[name]) })),
    ...events.map((event, index) => ({ key: `events[${index}].noteTranslation`, label: t("translation.eventNote", { number: index + 1 }), text: event.noteTranslation })),
    ...items.map((item) => ({ key: `requiredItems[${item.index}].noteTranslation`, label: t("translation.itemNote", { item: item.label }), text: item.noteTranslation })),
  ];
}
