"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Draft } from "@/lib/domain/prep-kit/draft-message";
import type { PrepKit } from "@/lib/domain/prep-kit/kit";
import type { MessageLanguage } from "@/lib/domain/prep-kit/message-texts";
import { kitButtonClass as buttonClass, kitInputClass as inputClass, kitPrimaryButtonClass as primaryButtonClass } from "./prep-kit-styles";
import type { FieldLabel } from "./prep-kit";
import { kitFieldId } from "./prep-kit-answers";

// Step 4 of the prep kit: the drafted message, what is still empty, and the ways to take it
// away (clipboard, a .txt file, and a mailto link only where the exchange publishes an address).

function saveAsFile(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the file to the browser; the address is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function KitMessage({
  kit,
  displayName,
  draft,
  language,
  fieldLabel,
  onClear,
}: {
  kit: PrepKit;
  displayName: string;
  draft: Draft;
  language: MessageLanguage;
  fieldLabel: FieldLabel;
  onClear: () => void;
}) {
  const t = useTranslations("prepKit.message");
  const tSecret = useTranslations("prepKit.secret");
  const tAnswers = useTranslations("prepKit.answers");
  const tContact = useTranslations("prepKit.contact");
  const [status, setStatus] = useState("");
  const [confirming, setConfirming] = useState(false);
  const missing = draft.missing.length;

  async function copy(anyway: boolean) {
    if (draft.blocked) return;
    if (missing > 0 && !anyway) {
      setConfirming(true);
      setStatus(t("copiedMissing", { count: missing }));
      return;
    }
    try {
      await navigator.clipboard.writeText(draft.text);
      setConfirming(false);
      setStatus(t("copied", { exchange: displayName }));
    } catch {
      setStatus(t("copyFailed"));
    }
  }

  function download() {
    if (draft.blocked) return;
    saveAsFile(draft.text, t("fileName", { exchange: kit.slug }));
    setStatus(t("downloaded"));
  }

  function clear() {
    onClear();
    setConfirming(false);
    setStatus(t("cleared"));
  }

  const mailto = kit.contact.supportAddress
    ? `mailto:${kit.contact.supportAddress}?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(draft.body)}`
    : null;
  return (
    <div aria-labelledby="prep-kit-message" role="group" className="space-y-3">
      <h3 id="prep-kit-message" className="text-base font-semibold">
        {t("title")}
      </h3>
      {missing > 0 ? (
        <div id="prep-kit-missing" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700/60 dark:bg-amber-950/40">
          <p className="font-medium">{t("missing", { count: missing })}</p>
          <ul aria-label={t("missing", { count: missing })} className="mt-1 list-disc pl-5">
            {draft.missing.map((field) => (
              <li key={field}>
                <a href={`#${kitFieldId(field)}`} className="underline underline-offset-2">
                  {fieldLabel(field)}
                </a>
              </li>
            ))}
          </ul>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{t("missingHint")}</p>
        </div>
      ) : null}
      {draft.blocked ? (
        <p className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm font-medium text-rose-800 dark:border-rose-700/60 dark:bg-rose-950/40 dark:text-rose-200">
          {draft.secrets.some((entry) => entry.field === "message") ? tSecret("blockedMessage") : tSecret("blocked")}
        </p>
      ) : null}
      <div>
        <label htmlFor="prep-kit-draft" className="block text-sm font-medium">
          {t("label", { exchange: displayName, language: tAnswers(language) })}
        </label>
        <textarea
          id="prep-kit-draft"
          readOnly
          lang={language}
          rows={14}
          value={draft.blocked ? "" : draft.text}
          aria-describedby={missing > 0 ? "prep-kit-missing" : undefined}
          className={`${inputClass} font-mono text-sm`}
        />
      </div>
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <button type="button" onClick={() => void copy(false)} disabled={draft.blocked} className={primaryButtonClass}>
          {t("copy")}
        </button>
        {confirming && missing > 0 && !draft.blocked ? (
          <button type="button" onClick={() => void copy(true)} className={buttonClass}>
            {t("copyAnyway")}
          </button>
        ) : null}
        <button type="button" onClick={download} disabled={draft.blocked} className={buttonClass}>
          {t("download")}
        </button>
        {mailto && !draft.blocked ? (
          <a href={mailto} className={buttonClass}>
            {tContact("mailto", { address: kit.contact.supportAddress ?? "" })}
          </a>
        ) : null}
        <button type="button" onClick={clear} className={buttonClass}>
          {t("clear")}
        </button>
      </div>
      <p role="status" aria-live="polite" className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {status}
      </p>
    </div>
  );
}
