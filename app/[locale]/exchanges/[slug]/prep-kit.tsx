"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, useSyncExternalStore } from "react";
import { draftMessage, EMPTY_ANSWERS, secretsInAnswers, type KitAnswers, type KitFieldId } from "@/lib/domain/prep-kit/draft-message";
import type { PrepKit as PrepKitData } from "@/lib/domain/prep-kit/kit";
import type { MessageLanguage } from "@/lib/domain/prep-kit/message-texts";
import type { StoredPrepKit } from "@/lib/validation/prep-kit";
import { KitAnswersForm } from "./prep-kit-answers";
import { KitChecklist, KitContact } from "./prep-kit-checklist";
import { KitMessage } from "./prep-kit-message";
import { clearPrepKit, readPrepKit, savePrepKit } from "./prep-kit-store";

const noSubscription = () => () => {};

export type FieldLabel = (field: KitFieldId) => string;

/**
 * The prep kit: checklist, where to write, the person's answers and the drafted message. The
 * server renders it empty; once the page's scripts run it remounts with what this browser stored.
 */
export function PrepKit({ kit, displayName }: { kit: PrepKitData; displayName: string }) {
  // False on the server and during hydration, true after: only then is localStorage read.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  return <PrepKitForm key={hydrated ? "stored" : "server"} kit={kit} displayName={displayName} initial={hydrated ? readPrepKit(kit.slug) : null} />;
}

function PrepKitForm({ kit, displayName, initial }: { kit: PrepKitData; displayName: string; initial: StoredPrepKit | null }) {
  const t = useTranslations("prepKit");
  const uiLanguage: MessageLanguage = useLocale() === "ja" ? "ja" : "en";
  const [answers, setAnswers] = useState<KitAnswers>(initial?.answers ?? EMPTY_ANSWERS);
  const [language, setLanguage] = useState<MessageLanguage>(initial?.language ?? kit.defaultLanguage);
  const [alert, setAlert] = useState("");

  const fieldLabel: FieldLabel = (field) => {
    if (!field.startsWith("question:")) return t(`answers.${field as Exclude<KitFieldId, `question:${string}`>}`);
    const question = kit.questions?.questions.find((entry) => `question:${entry.id}` === field);
    return question ? question.prompt[uiLanguage] : field;
  };

  const store = (next: KitAnswers, nextLanguage: MessageLanguage) => savePrepKit(kit.slug, { answers: next, language: nextLanguage }, kit.questions);

  function change(next: KitAnswers) {
    const before = new Set(secretsInAnswers(answers, kit.questions).flatMap(({ field, kinds }) => kinds.map((kind) => `${field}/${kind}`)));
    const found = secretsInAnswers(next, kit.questions).flatMap(({ field, kinds }) => kinds.map((kind) => ({ field, kind })));
    const fresh = found.find(({ field, kind }) => !before.has(`${field}/${kind}`));
    // Announced once, when the secret appears, not on every keystroke after.
    if (fresh && fresh.field !== "message") setAlert(t("secret.announce", { field: fieldLabel(fresh.field), kind: t(`secret.${fresh.kind}`) }));
    setAnswers(next);
    store(next, language);
  }

  function chooseLanguage(next: MessageLanguage) {
    setLanguage(next);
    store(answers, next);
  }

  function clear() {
    clearPrepKit(kit.slug);
    setAnswers(EMPTY_ANSWERS);
    setLanguage(kit.defaultLanguage);
  }

  const draft = useMemo(
    () =>
      draftMessage(answers, {
        language,
        exchangeName: kit.exchangeName,
        askKana: kit.askKana,
        questions: kit.questions,
        itemLabels: kit.itemLabels,
      }),
    [answers, language, kit],
  );

  return (
    <div className="space-y-6">
      <KitChecklist kit={kit} displayName={displayName} ready={answers.ready} onReadyChange={(ready) => change({ ...answers, ready })} />
      <KitContact kit={kit} displayName={displayName} />
      <KitAnswersForm kit={kit} displayName={displayName} answers={answers} language={language} onChange={change} onLanguageChange={chooseLanguage} />
      <KitMessage kit={kit} displayName={displayName} draft={draft} language={language} fieldLabel={fieldLabel} onClear={clear} />
      <p role="alert" className="sr-only">
        {alert}
      </p>
    </div>
  );
}
