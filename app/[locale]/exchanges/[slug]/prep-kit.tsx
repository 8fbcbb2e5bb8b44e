"use client";

import { NextIntlClientProvider, useLocale, useTimeZone, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { draftMessage, EMPTY_ANSWERS, secretsInAnswers, type KitAnswers, type KitFieldId } from "@/lib/domain/prep-kit/draft-message";
import type { PrepKit as PrepKitData } from "@/lib/domain/prep-kit/kit";
import type { MessageLanguage } from "@/lib/domain/prep-kit/message-texts";
import type { StoredPrepKit } from "@/lib/validation/prep-kit";
import { KitAnswersForm } from "./prep-kit-answers";
import { KitChecklist, KitContact } from "./prep-kit-checklist";
import { KitMessage } from "./prep-kit-message";
import { clearPrepKit, readPrepKit, savePrepKit } from "./prep-kit-store";

export type FieldLabel = (field: KitFieldId) => string;

// The kit's texts, both languages' files, come as chunks of their own the browser keeps (they
// are the same on every guide); the exchange's facts from GET /api/exchanges/<slug>/prep-kit.
// Neither is in the guide's page, which every reader gets, kit or not (ADR 017).
const kitMessages = {
  en: () => import("@/messages/en/prepKit.json"),
  ja: () => import("@/messages/ja/prepKit.json"),
} as const;

type Loaded = { messages: { prepKit: object }; kit: PrepKitData; displayName: string };

async function loadKit(slug: string, locale: "en" | "ja"): Promise<Loaded | null> {
  try {
    const [messages, response] = await Promise.all([kitMessages[locale](), fetch(`/api/exchanges/${slug}/prep-kit?locale=${locale}`)]);
    if (!response.ok) return null;
    const { kit, displayName } = (await response.json()) as { kit: PrepKitData; displayName: string };
    return { messages: { prepKit: messages.default.prepKit }, kit, displayName };
  } catch {
    return null;
  }
}

const noSubscription = () => () => {};
// A browser that keeps answers for this kit opens it by itself: the person is coming back to it.
const hasStoredKit = (slug: string) => () => readPrepKit(slug) !== null;

/**
 * The prep kit: checklist, where to write, the person's answers and the drafted message. Drawn in
 * the browser only, when the reader opens it, with what this browser stored; without JavaScript
 * the section says the kit needs it (its checklist and contact repeat the guide's sections).
 */
export function PrepKit({ slug, texts }: { slug: string; texts: { open: string; loading: string; failed: string; needsScripts: string } }) {
  const locale = useLocale() === "ja" ? "ja" : "en";
  const timeZone = useTimeZone();
  // False on the server and during hydration; then whether this browser kept answers.
  const stored = useSyncExternalStore(noSubscription, hasStoredKit(slug), () => false);
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [state, setState] = useState<"closed" | "loading" | "failed" | Loaded>("closed");
  const [openedHere, setOpenedHere] = useState(false);

  async function open() {
    setState("loading");
    setOpenedHere(true);
    setState((await loadKit(slug, locale)) ?? "failed");
  }
  // The button that opened the kit is gone: the reader continues in the kit (on its first drawing only).
  const focusOnMount = useCallback(
    (element: HTMLDivElement | null) => {
      if (element && openedHere) element.focus();
    },
    [openedHere],
  );
  // Once: the kit saves on every change, after which the browser "has" it while it is open.
  useEffect(() => {
    if (!stored || state !== "closed") return;
    let current = true;
    void loadKit(slug, locale).then((loaded) => {
      if (current) setState(loaded ?? "failed");
    });
    return () => {
      current = false;
    };
  }, [stored, state, slug, locale]);

  if (typeof state === "object") {
    return (
      <div ref={focusOnMount} tabIndex={-1} className="outline-none">
        <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={state.messages}>
          <PrepKitForm kit={state.kit} displayName={state.displayName} initial={readPrepKit(slug)} />
        </NextIntlClientProvider>
      </div>
    );
  }
  return (
    <>
      {hydrated && state === "closed" && !stored ? (
        <button type="button" onClick={() => void open()} className="toggle-button">
          {texts.open}
        </button>
      ) : null}
      {state === "loading" || (stored && state === "closed") ? (
        <p role="status" className="muted">
          {texts.loading}
        </p>
      ) : null}
      {state === "failed" ? <p role="alert">{texts.failed}</p> : null}
      <noscript>
        <p className="text-sm">{texts.needsScripts}</p>
      </noscript>
    </>
  );
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
