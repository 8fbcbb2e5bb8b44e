"use client";

import { FormProvider, parse, useForm } from "@conform-to/react";
import { useFormatter, useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { CONTACT_CHANNELS, OUTCOMES } from "@/lib/domain/stats/types";
import type { FieldError } from "@/lib/validation/field-errors";
import { parseForm } from "@/lib/validation/parse-form";
import { BACKUP_CODE_ANSWERS, COMMON_LANGUAGES, LIMITS, LOCKOUT_CAUSES } from "@/lib/validation/report-vocabulary";
import { type ReportInputDraft } from "@/lib/validation/report";
import { ReportFormSchema } from "@/lib/validation/report-form";
import { FormFailureNotice } from "../../_components/form-failure";
import { createReportAction, updateReportAction } from "../actions";
import { DerivedDurations } from "./derived-durations";
import { differsFrom, draftStorageKey, markDraftSubmitted, parseDraft, readDraftText, removeDraft, saveDraft, subscribeToDrafts, type DraftValues, type StoredDraft } from "./draft-store";
import { ExchangePicker } from "./exchange-picker";
import { buttonClass, Field, inputClass, primaryButtonClass, textProps } from "../../_components/field";
import { useErrorTexts, useFocusOnRefusal, ChoiceGroup, CountedTextArea, Section, SelectField } from "../../_components/form-parts";
import { eventRows, textOf, type formDefaults } from "./form-values";
import { PersonalDataPanel } from "./personal-data-panel";
import { useReportTexts } from "./report-texts";
import { RequiredItemsField, type VocabularyItem } from "./required-items-field";
import { TimelineEditor } from "./timeline-editor";
import { TranslationFields } from "./translation-fields";

export type FormExchange = { slug: string; nameEn: string; nameJa: string; aliases: string[]; officialDomains: string[] };

const AUTOSAVE_DELAY_MS = 400;
const noSubscription = () => () => {};

/** The form's value as a draft: what a posted form holds, by name. */
function draftOf(formData: FormData): DraftValues {
  const payload = parse(formData, { resolve: (value) => ({ value }) }).payload;
  return { ...payload, idempotencyKey: textOf(payload.idempotencyKey) };
}

/**
 * The report form, for a new report and for editing one: a real form posted to its server action,
 * so it works without JavaScript (rows are added and removed, and errors shown, by the server).
 * With JavaScript it validates with the shared schema as the author types (after the first
 * attempt to submit), keeps a draft in localStorage, shows the durations live and scans the free
 * texts for personal data.
 */
export function ReportForm({
  mode,
  reportId,
  caseId,
  locale,
  userId,
  exchanges,
  vocabulary,
  defaultValue,
}: {
  mode: "create" | "edit";
  reportId?: string;
  /** The tracked case this new report is published from. */
  caseId?: string;
  locale: string;
  userId: string;
  exchanges: FormExchange[];
  vocabulary: VocabularyItem[];
  defaultValue: ReturnType<typeof formDefaults>;
}) {
  const t = useTranslations("reportForm");
  const tReport = useTranslations("report");
  const format = useFormatter();
  const [state, formAction, pending] = useActionState(mode === "create" ? createReportAction : updateReportAction, {} as FormState);
  const [draftDecided, setDraftDecided] = useState(false);
  const [lastSaved, setLastSaved] = useState<Date | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const unsaved = useRef<DraftValues | null>(null);
  const storageKey = draftStorageKey(userId, mode === "create" ? "new" : `edit:${reportId}`);

  const [form, fields] = useForm<ReportInputDraft, unknown, FieldError>({
    id: "report-form",
    lastResult: state.reply,
    defaultValue,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseForm(formData, ReportFormSchema),
    onSubmit(event, { formData }) {
      // Posted from here rather than by React's form action, which would reset every field.
      event.preventDefault();
      if (pending) return;
      // The draft, with its idempotency key, stays until the page after a successful save removes it.
      const draft = draftOf(formData);
      unsaved.current = null;
      saveDraft(storageKey, draft);
      markDraftSubmitted(storageKey, draft.idempotencyKey);
      startTransition(() => formAction(formData));
    },
  });

  const storedText = useSyncExternalStore(subscribeToDrafts, () => readDraftText(storageKey), () => null);
  const storedDraft = useMemo(() => parseDraft(storedText), [storedText]);
  // Offered once, when the page opens with a draft that differs from what the form shows. Until
  // the author answers, nothing is autosaved, so the offered draft cannot be overwritten.
  const offer: StoredDraft | null = !draftDecided && !state.reply && storedDraft && differsFrom(storedDraft.values, defaultValue) ? storedDraft : null;

  const errors = useErrorTexts(form.allErrors);
  const errorCount = Object.keys(errors).length;
  const value = form.value;
  const selectedExchange = exchanges.find((exchange) => exchange.slug === textOf(value?.exchangeSlug));
  const texts = useReportTexts(value, vocabulary, locale);

  // Saved a moment after each change of what the form holds, never merely because the author
  // answered the offer (compared as text: the form may hand out a new object for the same value).
  const valueText = JSON.stringify(value ?? {});
  const seenText = useRef(valueText);
  useEffect(() => {
    if (valueText === seenText.current) return;
    seenText.current = valueText;
    if (!draftDecided) return;
    const current = JSON.parse(valueText) as Record<string, unknown>;
    const draft = { ...current, idempotencyKey: textOf(current.idempotencyKey) };
    unsaved.current = draft;
    const timer = setTimeout(() => {
      saveDraft(storageKey, draft);
      unsaved.current = null;
      setLastSaved(new Date());
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [valueText, draftDecided, storageKey]);

  // Whatever is typed in the last moments before the page goes away is saved too.
  useEffect(() => {
    const flush = () => {
      if (unsaved.current) saveDraft(storageKey, unsaved.current);
    };
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [storageKey]);

  function restoreDraft(draft: StoredDraft) {
    // The page's own locale and report, whatever page the draft was saved on.
    form.update({ value: { ...draft.values, locale, ...(reportId ? { reportId } : {}) } });
    setDraftDecided(true);
  }

  function discardDraft() {
    removeDraft(storageKey);
    setDraftDecided(true);
  }

  const onSubmit = useFocusOnRefusal(formRef, state, form.onSubmit);

  // The author has started typing: from now on the form is saved as a draft, unless one is on offer.
  function markStarted() {
    if (!offer) setDraftDecided(true);
  }

  // The author's own clock for draft times; these lines only ever render in the browser.
  const userTimeZone = useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "UTC",
  );
  const atLocalTime = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: userTimeZone });
  const language = (code: string) => t(`languages.${code}`);

  return (
    <FormProvider context={form.context}>
      <form ref={formRef} id={form.id} action={formAction} onSubmit={onSubmit} onInput={markStarted} noValidate aria-busy={pending} className="space-y-6">
        {/* Enter in a field publishes, as it always did, rather than pressing the first row button. */}
        <button type="submit" hidden tabIndex={-1} />
        <input type="hidden" name="locale" value={locale} />
        {reportId ? <input type="hidden" name="reportId" value={reportId} /> : null}
        {caseId ? <input type="hidden" name="caseId" value={caseId} /> : null}
        <input type="hidden" {...textProps(fields.idempotencyKey)} key={fields.idempotencyKey.key} />
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

        <Section id="rf-section-exchange" title={t("sections.exchange")}>
          <ExchangePicker
            exchanges={exchanges}
            name={fields.exchangeSlug.name}
            value={textOf(fields.exchangeSlug.value)}
            onChange={(slug) => form.update({ name: "exchangeSlug", value: slug })}
            error={errors.exchangeSlug}
            locale={locale}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field path="incidentMonth" label={t("fields.incidentMonth")} hint={t("fields.incidentMonthHint")} error={errors.incidentMonth}>
              {(props) => <input {...props} {...textProps(fields.incidentMonth)} key={fields.incidentMonth.key} type="month" placeholder="2017-10" className={inputClass} />}
            </Field>
            <SelectField field={fields.lockoutCause} label={t("fields.lockoutCause")} error={errors.lockoutCause} options={LOCKOUT_CAUSES} optionLabel={(cause) => tReport(`lockoutCause.${cause}`)} empty={t("choose")} />
          </div>
          <Field path="lockoutDetail" label={t("fields.lockoutDetail")} hint={t("fields.lockoutDetailHint")} optionalLabel={t("optional")} error={errors.lockoutDetail}>
            {(props) => <CountedTextArea control={props} field={fields.lockoutDetail} rows={2} max={LIMITS.lockoutDetail} />}
          </Field>
          <ChoiceGroup field={fields.hadBackupCodes} type="radio" legend={t("fields.hadBackupCodes")} error={errors.hadBackupCodes} options={BACKUP_CODE_ANSWERS} optionLabel={(answer) => t(`backupCodes.${answer}`)} />
          <Field path="verificationLevel" label={t("fields.verificationLevel")} hint={t("fields.verificationLevelHint")} optionalLabel={t("optional")} error={errors.verificationLevel}>
            {(props) => <input {...props} {...textProps(fields.verificationLevel)} key={fields.verificationLevel.key} type="text" maxLength={LIMITS.verificationLevel * 2} className={inputClass} />}
          </Field>
        </Section>

        <Section id="rf-section-contact" title={t("sections.contact")}>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField field={fields.contactChannel} label={t("fields.contactChannel")} error={errors.contactChannel} options={CONTACT_CHANNELS} optionLabel={(channel) => tReport(`channelValue.${channel}`)} empty={t("choose")} />
            <SelectField field={fields.inquiryLanguage} label={t("fields.inquiryLanguage")} error={errors.inquiryLanguage} options={COMMON_LANGUAGES} optionLabel={language} empty={t("choose")} />
          </div>
          <Field path="contactPath" label={t("fields.contactPath")} hint={t("fields.contactPathHint")} error={errors.contactPath}>
            {(props) => <CountedTextArea control={props} field={fields.contactPath} rows={3} max={LIMITS.contactPath} />}
          </Field>
          <ChoiceGroup field={fields.replyLanguages} type="checkbox" legend={t("fields.replyLanguages")} hint={t("fields.replyLanguagesHint")} error={errors.replyLanguages} options={COMMON_LANGUAGES} optionLabel={language} columns />
        </Section>

        <Section id="rf-section-timeline" title={t("sections.timeline")}>
          <p className="text-slate-700 dark:text-slate-300">{t("timeline.lead")}</p>
          <TimelineEditor errors={errors} />
          <DerivedDurations events={eventRows(value?.events)} outcome={textOf(value?.outcome)} />
        </Section>

        <Section id="rf-section-items" title={t("sections.requiredItems")}>
          <RequiredItemsField vocabulary={vocabulary} errors={errors} locale={locale} />
        </Section>

        <Section id="rf-section-outcome" title={t("sections.outcome")}>
          <ChoiceGroup field={fields.outcome} type="radio" legend={t("fields.outcome")} error={errors.outcome} options={OUTCOMES} optionLabel={(outcome) => tReport(`outcomeValue.${outcome}`)} />
          <Field path="summary" label={t("fields.summary")} optionalLabel={t("optional")} error={errors.summary}>
            {(props) => <CountedTextArea control={props} field={fields.summary} rows={4} max={LIMITS.summary} />}
          </Field>
          <Field path="tips" label={t("fields.tips")} hint={t("fields.tipsHint")} optionalLabel={t("optional")} error={errors.tips}>
            {(props) => <CountedTextArea control={props} field={fields.tips} rows={4} max={LIMITS.tips} />}
          </Field>
          <SelectField field={fields.textLanguage} label={t("fields.textLanguage")} hint={t("fields.textLanguageHint")} error={errors.textLanguage} options={COMMON_LANGUAGES} optionLabel={language} className="sm:max-w-xs" />
        </Section>

        <Section id="rf-section-translation" title={t("translation.title")}>
          <TranslationFields vocabulary={vocabulary} locale={locale} errors={errors} />
        </Section>

        <PersonalDataPanel texts={texts} officialDomains={selectedExchange?.officialDomains ?? []} onReplace={(changes) => changes.forEach(({ key, text }) => form.update({ name: key, value: text }))} />

        <div className="space-y-3">
          <FormFailureNotice failure={state.failure} namespace="reportForm" id="rf-form-error" />
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
    </FormProvider>
  );
}
