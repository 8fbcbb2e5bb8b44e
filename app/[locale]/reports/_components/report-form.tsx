"use client";

import { useFormatter, useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { CONTACT_CHANNELS, OUTCOMES } from "@/lib/domain/stats/types";
import { toFieldErrorKeys, translateFieldErrors } from "@/lib/validation/field-errors";
import { ReportInputSchema } from "@/lib/validation/report";
import { BACKUP_CODE_ANSWERS, COMMON_LANGUAGES, LIMITS, LOCKOUT_CAUSES } from "@/lib/validation/report-vocabulary";
import { createReportAction, updateReportAction, type ReportFormState } from "../actions";
import { DerivedDurations } from "./derived-durations";
import { draftStorageKey, markDraftSubmitted, parseDraft, readDraftText, removeDraft, saveDraft, subscribeToDrafts, type StoredDraft } from "./draft-store";
import { ExchangePicker } from "./exchange-picker";
import { buttonClass, Field, FieldGroup, focusFirstError, inputClass, primaryButtonClass, type ControlProps } from "./field";
import { emptyValues, hasContent, sortEvents, toReportInput, valuesFromReport, type ReportFormValues, type StoredReportValues } from "./form-values";
import { PersonalDataPanel, type ScannedText } from "./personal-data-panel";
import { RequiredItemsField, type VocabularyItem } from "./required-items-field";
import { TimelineEditor } from "./timeline-editor";
import { TranslationFields } from "./translation-fields";

export type FormExchange = { slug: string; nameEn: string; nameJa: string; aliases: string[]; officialDomains: string[] };

const AUTOSAVE_DELAY_MS = 400;
const translatedFieldKeys = ["lockoutDetailTranslation", "verificationLevelTranslation", "contactPathTranslation", "summaryTranslation", "tipsTranslation"] as const;
const noSubscription = () => () => {};

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function CountedTextArea({ control, rows, max, value, onChange }: { control: ControlProps; rows: number; max: number; value: string; onChange: (value: string) => void }) {
  return (
    <>
      <textarea {...control} rows={rows} maxLength={max * 2} value={value} onChange={(event) => onChange(event.target.value)} className={inputClass} />
      <CharCount value={value} max={max} />
    </>
  );
}

function CharCount({ value, max }: { value: string; max: number }) {
  const t = useTranslations("reportForm");
  const over = value.trim().length > max;
  return <p className={`mt-1 text-right text-xs ${over ? "font-semibold text-rose-700 dark:text-rose-300" : "text-slate-500 dark:text-slate-400"}`}>{t("charCount", { count: value.trim().length, max })}</p>;
}

/**
 * The report form, for a new report and for editing one. Validates with the shared schema as the
 * author types (after the first attempt to submit), keeps a draft in localStorage, scans the free
 * texts for personal data, and sends the whole report to the server action in one go.
 */
export function ReportForm({
  mode,
  reportId,
  locale,
  userId,
  exchanges,
  vocabulary,
  stored,
  preselectedExchange = "",
}: {
  mode: "create" | "edit";
  reportId?: string;
  locale: string;
  userId: string;
  exchanges: FormExchange[];
  vocabulary: VocabularyItem[];
  stored?: StoredReportValues;
  preselectedExchange?: string;
}) {
  const t = useTranslations("reportForm");
  const tReport = useTranslations("report");
  const tRoot = useTranslations();
  const format = useFormatter();
  const action = mode === "create" ? createReportAction : updateReportAction;
  const [serverState, dispatch, pending] = useActionState(action, null as ReportFormState);
  const [initialValues] = useState<ReportFormValues>(() =>
    stored ? valuesFromReport(stored) : emptyValues({ exchangeSlug: preselectedExchange, textLanguage: locale }),
  );
  const [values, setValues] = useState<ReportFormValues>(initialValues);
  const [generation, setGeneration] = useState(0);
  const [attempted, setAttempted] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [staleServerState, setStaleServerState] = useState<ReportFormState>(null);
  const [draftDecided, setDraftDecided] = useState(false);
  const [lastSaved, setLastSaved] = useState<Date | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const unsaved = useRef<ReportFormValues | null>(null);

  const storageKey = draftStorageKey(userId, mode === "create" ? "new" : `edit:${reportId}`);
  const storedText = useSyncExternalStore(subscribeToDrafts, () => readDraftText(storageKey), () => null);
  const storedDraft = useMemo(() => parseDraft(storedText), [storedText]);
  // Offered once, when the page opens with a draft that differs from what the form shows. Until
  // the author answers, nothing is autosaved, so the offered draft cannot be overwritten.
  const offer: StoredDraft | null = !draftDecided && storedDraft && hasContent(storedDraft.values, initialValues) ? storedDraft : null;

  const vocabularyCodes = useMemo(() => vocabulary.map((item) => item.code), [vocabulary]);
  const selectedExchange = exchanges.find((exchange) => exchange.slug === values.exchangeSlug);

  const clientErrors = useMemo(() => {
    if (!attempted) return {};
    const result = ReportInputSchema.safeParse(toReportInput(values, vocabularyCodes));
    return result.success ? {} : translateFieldErrors(toFieldErrorKeys(result.error.issues), (key, params) => tRoot(key, params));
  }, [attempted, values, vocabularyCodes, tRoot]);
  const failed = serverState && !serverState.ok ? serverState : null;
  const serverErrors = failed && failed !== staleServerState ? failed.fieldErrors : {};
  const errors: Record<string, string> = { ...serverErrors, ...clientErrors };
  const errorCount = Object.keys(errors).length;

  useEffect(() => {
    if (focusRequest > 0) focusFirstError(formRef.current);
  }, [focusRequest]);

  useEffect(() => {
    if (!failed) return;
    if (Object.keys(failed.fieldErrors).length > 0) focusFirstError(formRef.current);
    else document.getElementById("rf-form-error")?.focus();
  }, [failed]);

  // Whatever is typed in the last moments before the page goes away is saved too.
  useEffect(() => {
    const flush = () => {
      if (unsaved.current) saveDraft(storageKey, unsaved.current);
    };
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      if (saveTimer.current) clearTimeout(saveTimer.current);
    };
  }, [storageKey]);

  function scheduleSave(next: ReportFormValues) {
    if (offer) return;
    if (!draftDecided) setDraftDecided(true);
    unsaved.current = next;
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      saveDraft(storageKey, next);
      unsaved.current = null;
      setLastSaved(new Date());
    }, AUTOSAVE_DELAY_MS);
  }

  function change(patch: Partial<ReportFormValues>) {
    const next = { ...values, ...patch };
    setValues(next);
    if (failed) setStaleServerState(failed);
    scheduleSave(next);
  }

  function restoreDraft(draft: StoredDraft) {
    setValues({ ...initialValues, ...draft.values });
    setGeneration((current) => current + 1);
    setDraftDecided(true);
  }

  function discardDraft() {
    removeDraft(storageKey);
    setDraftDecided(true);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const events = sortEvents(values.events);
    const next = events.some((row, index) => row.id !== values.events[index]?.id) ? { ...values, events } : values;
    if (next !== values) setValues(next);
    setAttempted(true);
    const input = toReportInput(next, vocabularyCodes);
    if (!ReportInputSchema.safeParse(input).success) {
      setFocusRequest((count) => count + 1);
      return;
    }
    // The draft, with its idempotency key, stays until the page after a successful save removes it.
    if (saveTimer.current) clearTimeout(saveTimer.current);
    unsaved.current = null;
    saveDraft(storageKey, next);
    markDraftSubmitted(storageKey, next.idempotencyKey);
    startTransition(() => dispatch({ locale, reportId, input }));
  }

  const texts: ScannedText[] = [
    { key: "contactPath", label: t("fields.contactPath"), text: values.contactPath },
    { key: "lockoutDetail", label: t("fields.lockoutDetail"), text: values.lockoutDetail },
    { key: "verificationLevel", label: t("fields.verificationLevel"), text: values.verificationLevel },
    { key: "summary", label: t("fields.summary"), text: values.summary },
    { key: "tips", label: t("fields.tips"), text: values.tips },
    ...values.events.map((event, index) => ({ key: `event:${event.id}`, label: `${t("timeline.event", { number: index + 1 })} · ${t("timeline.note")}`, text: event.note })),
    ...vocabulary
      .filter((item) => values.requiredItems[item.code]?.checked)
      .map((item) => ({ key: `item:${item.code}`, label: locale === "ja" ? item.labelJa : item.labelEn, text: values.requiredItems[item.code]?.note ?? "" })),
    // The translation is published too, so it is scanned like the original.
    ...translatedFieldKeys.map((key) => ({ key, label: t("translation.field", { field: t(`fields.${key.slice(0, -"Translation".length)}`) }), text: values[key] })),
    ...values.events.map((event, index) => ({ key: `eventTranslation:${event.id}`, label: t("translation.eventNote", { number: index + 1 }), text: event.noteTranslation ?? "" })),
    ...vocabulary
      .filter((item) => values.requiredItems[item.code]?.checked)
      .map((item) => ({
        key: `itemTranslation:${item.code}`,
        label: t("translation.itemNote", { item: locale === "ja" ? item.labelJa : item.labelEn }),
        text: values.requiredItems[item.code]?.noteTranslation ?? "",
      })),
  ];

  function replaceTexts(changes: { key: string; text: string }[]) {
    const patch: Partial<ReportFormValues> = {};
    let events = values.events;
    let items = values.requiredItems;
    for (const { key, text } of changes) {
      if (key.startsWith("event:")) events = events.map((event) => (`event:${event.id}` === key ? { ...event, note: text } : event));
      else if (key.startsWith("eventTranslation:")) events = events.map((event) => (`eventTranslation:${event.id}` === key ? { ...event, noteTranslation: text } : event));
      else if (key.startsWith("item:")) {
        const code = key.slice("item:".length);
        items = { ...items, [code]: { ...items[code], checked: true, note: text } };
      } else if (key.startsWith("itemTranslation:")) {
        const code = key.slice("itemTranslation:".length);
        items = { ...items, [code]: { note: "", ...items[code], checked: true, noteTranslation: text } };
      } else if ((translatedFieldKeys as readonly string[]).includes(key)) patch[key as (typeof translatedFieldKeys)[number]] = text;
      else if (key === "contactPath" || key === "lockoutDetail" || key === "verificationLevel" || key === "summary" || key === "tips") patch[key] = text;
    }
    change({ ...patch, events, requiredItems: items });
  }

  // The author's own clock for draft times; these lines only ever render in the browser.
  const userTimeZone = useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "UTC",
  );
  const atLocalTime = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: userTimeZone });

  const textArea = (name: "contactPath" | "lockoutDetail" | "summary" | "tips", rows: number, max: number) =>
    function TextAreaControl(props: ControlProps) {
      return <CountedTextArea control={props} rows={rows} max={max} value={values[name]} onChange={(text) => change({ [name]: text })} />;
    };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-6">
      {offer ? (
        <div role="region" aria-label={t("draft.restore")} className="flex flex-col gap-3 rounded-lg border border-brand-600 bg-brand-50 p-4 sm:flex-row sm:items-center sm:justify-between dark:border-brand-300 dark:bg-slate-900">
          <p>{t("draft.restorePrompt", { time: atLocalTime(new Date(offer.savedAt)) })}</p>
          <div className="flex gap-2">
            <button type="button" onClick={() => restoreDraft(offer)} className={primaryButtonClass}>
              {t("draft.restore")}
            </button>
            <button type="button" onClick={discardDraft} className={buttonClass}>
              {t("draft.discard")}
            </button>
          </div>
        </div>
      ) : null}

      <div key={generation} className="space-y-6">
        <Section id="rf-section-exchange" title={t("sections.exchange")}>
          <ExchangePicker exchanges={exchanges} value={values.exchangeSlug} onChange={(exchangeSlug) => change({ exchangeSlug })} error={errors.exchangeSlug} locale={locale} />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field path="incidentMonth" label={t("fields.incidentMonth")} hint={t("fields.incidentMonthHint")} error={errors.incidentMonth}>
              {(props) => (
                <input {...props} type="month" placeholder="2017-10" value={values.incidentMonth} onChange={(event) => change({ incidentMonth: event.target.value })} className={inputClass} />
              )}
            </Field>
            <Field path="lockoutCause" label={t("fields.lockoutCause")} error={errors.lockoutCause}>
              {(props) => (
                <select {...props} value={values.lockoutCause} onChange={(event) => change({ lockoutCause: event.target.value as ReportFormValues["lockoutCause"] })} className={inputClass}>
                  <option value="">{t("choose")}</option>
                  {LOCKOUT_CAUSES.map((cause) => (
                    <option key={cause} value={cause}>
                      {tReport(`lockoutCause.${cause}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field path="lockoutDetail" label={t("fields.lockoutDetail")} hint={t("fields.lockoutDetailHint")} optionalLabel={t("optional")} error={errors.lockoutDetail}>
            {textArea("lockoutDetail", 2, LIMITS.lockoutDetail)}
          </Field>
          <FieldGroup path="hadBackupCodes" legend={t("fields.hadBackupCodes")} error={errors.hadBackupCodes}>
            <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
              {BACKUP_CODE_ANSWERS.map((answer) => (
                <label key={answer} className="inline-flex items-center gap-2">
                  <input type="radio" name="hadBackupCodes" value={answer} checked={values.hadBackupCodes === answer} onChange={() => change({ hadBackupCodes: answer })} className="size-4 accent-brand-700" />
                  {t(`backupCodes.${answer}`)}
                </label>
              ))}
            </div>
          </FieldGroup>
          <Field path="verificationLevel" label={t("fields.verificationLevel")} hint={t("fields.verificationLevelHint")} optionalLabel={t("optional")} error={errors.verificationLevel}>
            {(props) => (
              <input {...props} type="text" maxLength={LIMITS.verificationLevel * 2} value={values.verificationLevel} onChange={(event) => change({ verificationLevel: event.target.value })} className={inputClass} />
            )}
          </Field>
        </Section>

        <Section id="rf-section-contact" title={t("sections.contact")}>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field path="contactChannel" label={t("fields.contactChannel")} error={errors.contactChannel}>
              {(props) => (
                <select {...props} value={values.contactChannel} onChange={(event) => change({ contactChannel: event.target.value })} className={inputClass}>
                  <option value="">{t("choose")}</option>
                  {CONTACT_CHANNELS.map((channel) => (
                    <option key={channel} value={channel}>
                      {tReport(`channelValue.${channel}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field path="inquiryLanguage" label={t("fields.inquiryLanguage")} error={errors.inquiryLanguage}>
              {(props) => (
                <select {...props} value={values.inquiryLanguage} onChange={(event) => change({ inquiryLanguage: event.target.value })} className={inputClass}>
                  <option value="">{t("choose")}</option>
                  {COMMON_LANGUAGES.map((code) => (
                    <option key={code} value={code}>
                      {t(`languages.${code}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field path="contactPath" label={t("fields.contactPath")} hint={t("fields.contactPathHint")} error={errors.contactPath}>
            {textArea("contactPath", 3, LIMITS.contactPath)}
          </Field>
          <FieldGroup path="replyLanguages" legend={t("fields.replyLanguages")} hint={t("fields.replyLanguagesHint")} error={errors.replyLanguages}>
            <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
              {COMMON_LANGUAGES.map((code) => (
                <label key={code} className="inline-flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={values.replyLanguages.includes(code)}
                    onChange={(event) =>
                      change({ replyLanguages: event.target.checked ? [...values.replyLanguages, code] : values.replyLanguages.filter((language) => language !== code) })
                    }
                    className="size-4 accent-brand-700"
                  />
                  {t(`languages.${code}`)}
                </label>
              ))}
            </div>
          </FieldGroup>
        </Section>

        <Section id="rf-section-timeline" title={t("sections.timeline")}>
          <p className="text-slate-700 dark:text-slate-300">{t("timeline.lead")}</p>
          <TimelineEditor events={values.events} onChange={(events) => change({ events })} errors={errors} />
          <DerivedDurations events={values.events} outcome={values.outcome} />
        </Section>

        <Section id="rf-section-items" title={t("sections.requiredItems")}>
          <RequiredItemsField vocabulary={vocabulary} items={values.requiredItems} onChange={(requiredItems) => change({ requiredItems })} errors={errors} locale={locale} />
        </Section>

        <Section id="rf-section-outcome" title={t("sections.outcome")}>
          <FieldGroup path="outcome" legend={t("fields.outcome")} error={errors.outcome}>
            <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
              {OUTCOMES.map((outcome) => (
                <label key={outcome} className="inline-flex items-center gap-2">
                  <input type="radio" name="outcome" value={outcome} checked={values.outcome === outcome} onChange={() => change({ outcome })} className="size-4 accent-brand-700" />
                  {tReport(`outcomeValue.${outcome}`)}
                </label>
              ))}
            </div>
          </FieldGroup>
          <Field path="summary" label={t("fields.summary")} optionalLabel={t("optional")} error={errors.summary}>
            {textArea("summary", 4, LIMITS.summary)}
          </Field>
          <Field path="tips" label={t("fields.tips")} hint={t("fields.tipsHint")} optionalLabel={t("optional")} error={errors.tips}>
            {textArea("tips", 4, LIMITS.tips)}
          </Field>
          <Field path="textLanguage" label={t("fields.textLanguage")} hint={t("fields.textLanguageHint")} error={errors.textLanguage} className="sm:max-w-xs">
            {(props) => (
              <select {...props} value={values.textLanguage} onChange={(event) => change({ textLanguage: event.target.value })} className={inputClass}>
                {COMMON_LANGUAGES.map((code) => (
                  <option key={code} value={code}>
                    {t(`languages.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </Section>

        <Section id="rf-section-translation" title={t("translation.title")}>
          <TranslationFields values={values} vocabulary={vocabulary} locale={locale} errors={errors} onChange={change} />
        </Section>
      </div>

      <PersonalDataPanel texts={texts} officialDomains={selectedExchange?.officialDomains ?? []} onReplace={replaceTexts} />

      <div className="space-y-3">
        {failed?.formError ? (
          <div id="rf-form-error" role="alert" tabIndex={-1} className="rounded-md border border-rose-300 bg-rose-50 p-3 text-rose-900 dark:border-rose-700 dark:bg-rose-950/40 dark:text-rose-100">
            <p>{failed.formError}</p>
            {failed.signInUrl ? (
              <a href={failed.signInUrl} className="mt-1 inline-block font-medium underline">
                {t("errors.signInAgain")}
              </a>
            ) : null}
          </div>
        ) : null}
        {errorCount > 0 ? (
          <p role="alert" className="font-medium text-rose-700 dark:text-rose-300">
            {t("errors.summary", { count: errorCount })}
          </p>
        ) : null}
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
          <button type="submit" disabled={pending} className={primaryButtonClass}>
            {pending ? t("submit.pending") : mode === "create" ? t("submit.create") : t("submit.update")}
          </button>
          {lastSaved ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("draft.saved", { time: format.dateTime(lastSaved, { timeStyle: "medium", timeZone: userTimeZone }) })}</p> : null}
        </div>
      </div>
    </form>
  );
}
