"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { LOCKOUT_CAUSES, secretsInAnswers, type KitAnswers, type KitFieldId, type LockoutCause } from "@/lib/domain/prep-kit/draft-message";
import type { KitField } from "@/lib/domain/prep-kit/exchange-questions";
import type { PrepKit } from "@/lib/domain/prep-kit/kit";
import { MESSAGE_LANGUAGES, type MessageLanguage } from "@/lib/domain/prep-kit/message-texts";
import type { SecretKind } from "@/lib/domain/prep-kit/secrets";
import { kitInputClass as inputClass } from "./prep-kit-styles";

// Step 3 of the prep kit: the person's own answers, each checked for secrets as they type.

type TextField = "email" | "name" | "nameKana" | "userId" | "lockoutWhen" | "lockoutDetail" | "lastLogin" | "otherDetails";

/** The DOM id of a kit field, for labels, and for the links that point out empty placeholders. */
export function kitFieldId(field: KitFieldId): string {
  return field.startsWith("question:") ? `pk-q-${field.slice("question:".length)}` : `pk-${field}`;
}

function KitInput({
  field,
  label,
  hint,
  value,
  secrets,
  multiline = false,
  inputMode,
  autoComplete,
  onChange,
}: {
  field: KitFieldId;
  label: string;
  hint?: string;
  value: string;
  secrets: readonly SecretKind[];
  multiline?: boolean;
  inputMode?: "email" | "text";
  autoComplete?: string;
  onChange: (value: string) => void;
}) {
  const t = useTranslations("prepKit.secret");
  const id = kitFieldId(field);
  const describedBy = [hint ? `${id}-hint` : null, secrets.length > 0 ? `${id}-secret` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    value,
    "aria-describedby": describedBy,
    "aria-invalid": secrets.length > 0 ? true : undefined,
    className: inputClass,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea rows={3} {...common} /> : <input type={inputMode === "email" ? "email" : "text"} autoComplete={autoComplete} spellCheck={false} {...common} />}
      {secrets.length > 0 ? (
        <p id={`${id}-secret`} className="mt-1 text-sm font-medium text-rose-700 dark:text-rose-300">
          {secrets.map((kind) => t(kind)).join(" ")} {t("why")}
        </p>
      ) : null}
    </div>
  );
}

export function KitAnswersForm({
  kit,
  displayName,
  answers,
  language,
  onChange,
  onLanguageChange,
}: {
  kit: PrepKit;
  displayName: string;
  answers: KitAnswers;
  language: MessageLanguage;
  onChange: (answers: KitAnswers) => void;
  onLanguageChange: (language: MessageLanguage) => void;
}) {
  const t = useTranslations("prepKit.answers");
  const locale = useLocale() === "ja" ? "ja" : "en";
  const format = useFormatter();
  const found = new Map(secretsInAnswers(answers, kit.questions).map((entry) => [entry.field, entry.kinds]));
  const secretsOf = (field: KitFieldId) => found.get(field) ?? [];
  const fromAbove = (fields: readonly KitField[]) => t("fromAbove", { fields: format.list(fields.map((field) => t(field as TextField))) });
  const text = (field: TextField, options: { hint?: boolean; multiline?: boolean; inputMode?: "email"; autoComplete?: string } = {}) => (
    <KitInput
      field={field}
      label={t(field)}
      hint={options.hint ? t(`${field}Hint` as `${"name"}Hint`) : undefined}
      value={answers[field]}
      secrets={secretsOf(field)}
      multiline={options.multiline}
      inputMode={options.inputMode}
      autoComplete={options.autoComplete}
      onChange={(value) => onChange({ ...answers, [field]: value })}
    />
  );
  return (
    <div aria-labelledby="prep-kit-answers" role="group" className="space-y-4">
      <h3 id="prep-kit-answers" className="text-base font-semibold">
        {t("title")}
      </h3>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">{t("language")}</legend>
        <div className="flex flex-wrap gap-4">
          {MESSAGE_LANGUAGES.map((option) => (
            <label key={option} className="flex items-center gap-2">
              <input type="radio" name="pk-language" value={option} checked={language === option} onChange={() => onLanguageChange(option)} className="size-4 accent-brand-700" />
              {t(option)}
            </label>
          ))}
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-400">{t(kit.languageBasis === "reports" ? "languageReports" : "languageCountry", { exchange: displayName })}</p>
      </fieldset>
      {text("email", { inputMode: "email", autoComplete: "email" })}
      {text("name", { hint: true, autoComplete: "name" })}
      {kit.askKana ? text("nameKana", { hint: true }) : null}
      {text("userId", { hint: true })}
      {text("lockoutWhen", { hint: true })}
      <div>
        <label htmlFor="pk-lockoutCause" className="block text-sm font-medium">
          {t("lockoutCause")}
        </label>
        <select
          id="pk-lockoutCause"
          value={answers.lockoutCause}
          onChange={(event) => onChange({ ...answers, lockoutCause: event.target.value as LockoutCause | "" })}
          className={inputClass}
        >
          <option value="">{t("choose")}</option>
          {LOCKOUT_CAUSES.map((cause) => (
            <option key={cause} value={cause}>
              {t(`cause.${cause}`)}
            </option>
          ))}
        </select>
      </div>
      {text("lockoutDetail", { multiline: true })}
      {text("lastLogin", { hint: true })}
      {kit.questions ? (
        <fieldset aria-describedby="prep-kit-questions-source" className="space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <legend className="px-1 font-semibold">{kit.questions.title[locale]}</legend>
          <p id="prep-kit-questions-source" className="text-sm text-slate-600 dark:text-slate-400">
            {kit.questions.source[locale]}
          </p>
          <ol className="list-decimal space-y-3 pl-5">
            {kit.questions.questions.map((question) => (
              <li key={question.id}>
                {question.ownAnswer ? (
                  <KitInput
                    field={`question:${question.id}`}
                    label={question.prompt[locale]}
                    hint={[question.uses.length > 0 ? fromAbove(question.uses) : null, question.hint?.[locale]].filter(Boolean).join(" ") || undefined}
                    value={answers.questions[question.id] ?? ""}
                    secrets={secretsOf(`question:${question.id}`)}
                    multiline
                    onChange={(value) => onChange({ ...answers, questions: { ...answers.questions, [question.id]: value } })}
                  />
                ) : (
                  <p className="text-sm">
                    <span className="font-medium">{question.prompt[locale]}</span>
                    <span className="block text-slate-600 dark:text-slate-400">{fromAbove(question.uses)}</span>
                  </p>
                )}
              </li>
            ))}
          </ol>
        </fieldset>
      ) : null}
      {text("otherDetails", { hint: true, multiline: true })}
    </div>
  );
}
