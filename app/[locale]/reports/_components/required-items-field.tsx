"use client";

import { useTranslations } from "next-intl";
import { LIMITS, OTHER_ITEM_CODE } from "@/lib/validation/report-vocabulary";
import { Field, FieldGroup, inputClass } from "./field";
import type { ItemDraft } from "./form-values";

export type VocabularyItem = { code: string; labelEn: string; labelJa: string; descriptionEn: string; descriptionJa: string };

/**
 * The shared vocabulary as a checklist; a ticked item opens its note. The schema sees the ticked
 * items in vocabulary order, so "requiredItems.2.note" is the note of the third ticked item.
 */
export function RequiredItemsField({
  vocabulary,
  items,
  onChange,
  errors,
  locale,
}: {
  vocabulary: readonly VocabularyItem[];
  items: Record<string, ItemDraft>;
  onChange: (items: Record<string, ItemDraft>) => void;
  errors: Record<string, string>;
  locale: string;
}) {
  const t = useTranslations("reportForm");
  const set = (code: string, change: Partial<ItemDraft>) => {
    const current = items[code] ?? { checked: false, note: "" };
    onChange({ ...items, [code]: { ...current, ...change } });
  };
  const checkedCodes = vocabulary.filter((item) => items[item.code]?.checked).map((item) => item.code);

  return (
    <FieldGroup path="requiredItems" legend={t("sections.requiredItems")} hint={t("requiredItems.lead")} error={errors.requiredItems} legendHidden className="space-y-2">
      <ul className="mt-2 grid gap-2 sm:grid-cols-2">
        {vocabulary.map((item) => {
          const draft = items[item.code];
          const checked = draft?.checked ?? false;
          const index = checkedCodes.indexOf(item.code);
          const label = locale === "ja" ? item.labelJa : item.labelEn;
          const description = locale === "ja" ? item.descriptionJa : item.descriptionEn;
          const checkboxId = `rf-item-${item.code}`;
          const isOther = item.code === OTHER_ITEM_CODE;
          return (
            <li key={item.code} className={`rounded-md border p-3 ${checked ? "border-brand-600 bg-brand-50 dark:border-brand-300 dark:bg-slate-900" : "border-slate-200 dark:border-slate-700"}`}>
              <div className="flex items-start gap-2">
                <input
                  id={checkboxId}
                  type="checkbox"
                  checked={checked}
                  onChange={(event) => set(item.code, { checked: event.target.checked })}
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
              {checked ? (
                <Field
                  path={`requiredItems.${index}.note`}
                  label={isOther ? t("requiredItems.otherNote") : t("requiredItems.note", { item: label })}
                  optionalLabel={isOther ? undefined : t("optional")}
                  error={errors[`requiredItems.${index}.note`]}
                  className="mt-2 text-sm"
                >
                  {(props) => (
                    <textarea
                      {...props}
                      rows={2}
                      maxLength={LIMITS.itemNote * 2}
                      value={draft?.note ?? ""}
                      onChange={(event) => set(item.code, { note: event.target.value })}
                      className={inputClass}
                    />
                  )}
                </Field>
              ) : null}
            </li>
          );
        })}
      </ul>
    </FieldGroup>
  );
}
