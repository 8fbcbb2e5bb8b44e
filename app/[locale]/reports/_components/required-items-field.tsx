"use client";

import { useField } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { LIMITS, OTHER_ITEM_CODE } from "@/lib/validation/report-vocabulary";
import { Field, FieldGroup, inputClass } from "../../_components/field";
import { itemRows } from "./form-values";

export type VocabularyItem = { code: string; labelEn: string; labelJa: string; descriptionEn: string; descriptionJa: string };
export type ItemFields = { code?: string; note?: string; noteTranslation?: string };

/** The vocabulary's rows of the form's value, live and as the form started, with the rows' shared key. */
export function useItemRows(vocabulary: readonly VocabularyItem[]) {
  const [list] = useField<ItemFields[]>("requiredItems");
  const codes = vocabulary.map((item) => item.code);
  return { key: list.key, rows: itemRows(list.value, codes), initial: itemRows(list.initialValue, codes) };
}

/**
 * The shared vocabulary as a checklist; a ticked item opens its note (by CSS, so it works without
 * JavaScript). Each row is named by its place in the vocabulary; the schema sees the ticked items
 * only, so the error of "requiredItems.2.note" belongs to the third ticked item.
 */
export function RequiredItemsField({ vocabulary, errors, locale }: { vocabulary: readonly VocabularyItem[]; errors: Record<string, string>; locale: string }) {
  const t = useTranslations("reportForm");
  const { key, rows, initial } = useItemRows(vocabulary);

  return (
    <FieldGroup path="requiredItems" legend={t("sections.requiredItems")} hint={t("requiredItems.lead")} error={errors.requiredItems} legendHidden className="space-y-2">
      <ul className="mt-2 grid gap-2 sm:grid-cols-2">
        {vocabulary.map((item, index) => {
          const row = rows[index];
          const name = `requiredItems[${index}]`;
          const label = locale === "ja" ? item.labelJa : item.labelEn;
          const description = locale === "ja" ? item.descriptionJa : item.descriptionEn;
          const checkboxId = `rf-item-${item.code}`;
          const isOther = item.code === OTHER_ITEM_CODE;
          return (
            <li
              key={`${key}:${item.code}`}
              className="group rounded-md border border-slate-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:has-[:checked]:border-brand-300 dark:has-[:checked]:bg-slate-900"
            >
              <div className="flex items-start gap-2">
                <input
                  id={checkboxId}
                  type="checkbox"
                  name={`${name}.code`}
                  value={item.code}
                  defaultChecked={initial[index]?.ticked}
                  aria-describedby={`${checkboxId}-description`}
                  className="mt-1 size-4 shrink-0 accent-brand-700"
                />
                <div className="min-w-0 flex-1">
                  <label htmlFor={checkboxId} className="font-medium">
                    {label}
                  </label>
                  <p id={`${checkboxId}-description`} className="text-sm text-slate-600 dark:text-slate-400">
                    {description}
                  </p>
                </div>
              </div>
              <Field
                path={`${name}.note`}
                label={isOther ? t("requiredItems.otherNote") : t("requiredItems.note", { item: label })}
                optionalLabel={isOther ? undefined : t("optional")}
                error={row?.ticked ? errors[`requiredItems[${row.tickedIndex}].note`] : undefined}
                className="mt-2 hidden text-sm group-has-[:checked]:block"
              >
                {(props) => <textarea {...props} name={`${name}.note`} defaultValue={initial[index]?.note} rows={2} maxLength={LIMITS.itemNote * 2} className={inputClass} />}
              </Field>
            </li>
          );
        })}
      </ul>
    </FieldGroup>
  );
}
