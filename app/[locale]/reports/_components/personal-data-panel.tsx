"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useMemo, type ReactNode } from "react";
import { findPersonalData, PERSONAL_DATA_KINDS, redactPersonalData, type PersonalDataKind, type PersonalDataMatch, type RedactionLabels } from "@/lib/domain/detection/personal-data";
import { assessText, SCAM_CONTACT_KINDS, type ScamContactKind } from "@/lib/domain/detection/scam-contacts";
import { findSecretRequests } from "@/lib/domain/detection/secret-requests";
import { buttonClass } from "../../_components/field";

export type ScannedText = { key: string; label: string; text: string };

const CONTEXT = 24;

function Snippet({ text, match }: { text: string; match: Pick<PersonalDataMatch, "start" | "end" | "text"> }) {
  const before = text.slice(Math.max(0, match.start - CONTEXT), match.start);
  const after = text.slice(match.end, match.end + CONTEXT);
  return (
    <span className="break-words">
      {match.start > CONTEXT ? "…" : ""}
      {before}
      <mark className="rounded bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-400">{match.text}</mark>
      {after}
      {match.end + CONTEXT < text.length ? "…" : ""}
    </span>
  );
}

/** A titled notice in its own colours: what the author should know before publishing. */
function Notice({ id, tone, title, body, children }: { id: string; tone: string; title: string; body: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={`rounded-lg border p-4 ${tone}`}>
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      <p className="mt-1 text-sm">{body}</p>
      {children}
    </section>
  );
}

/**
 * Personal data found in the free texts, each with a one-click redaction, a notice when a text
 * has contact details that will hold the report for review, and a warning when the text says
 * support asked for a secret (which also holds it). The server applies the same
 * detectors before storing, so this is help for the author, not the safeguard.
 */
export function PersonalDataPanel({
  texts,
  officialDomains,
  onReplace,
}: {
  texts: readonly ScannedText[];
  officialDomains: readonly string[];
  onReplace: (changes: { key: string; text: string }[]) => void;
}) {
  const t = useTranslations("reportForm");
  const deferred = useDeferredValue(texts);
  const labels = useMemo(
    () => Object.fromEntries(PERSONAL_DATA_KINDS.map((kind) => [kind, t(`redaction.${kind}`)])) as Record<PersonalDataKind, string> satisfies RedactionLabels,
    [t],
  );
  const found = useMemo(
    () => deferred.map((field) => ({ ...field, matches: findPersonalData(field.text) })).filter((field) => field.matches.length > 0),
    [deferred],
  );
  const reasons = useMemo(() => {
    const kinds = new Set<ScamContactKind>();
    for (const field of deferred) for (const kind of assessText(field.text, { officialDomains }).reasons) kinds.add(kind);
    return SCAM_CONTACT_KINDS.filter((kind) => kinds.has(kind));
  }, [deferred, officialDomains]);

  const secretRequests = useMemo(
    () => deferred.flatMap((field) => findSecretRequests(field.text).map((match) => ({ field, match }))),
    [deferred],
  );

  // Acts on the current text, not the deferred one the list was drawn from.
  function redactOne(key: string, match: PersonalDataMatch) {
    const current = texts.find((field) => field.key === key)?.text ?? "";
    if (current.slice(match.start, match.end) !== match.text) return;
    onReplace([{ key, text: redactPersonalData(current, [match], { labels }) }]);
  }

  function redactAll() {
    onReplace(
      texts.flatMap((field) => {
        const matches = findPersonalData(field.text);
        return matches.length > 0 ? [{ key: field.key, text: redactPersonalData(field.text, matches, { labels }) }] : [];
      }),
    );
  }

  if (found.length === 0 && reasons.length === 0 && secretRequests.length === 0) return null;

  return (
    <div className="space-y-4">
      {found.length > 0 ? (
        <section aria-labelledby="rf-personal-data-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-100">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 id="rf-personal-data-title" className="font-semibold">
              {t("personalData.title")}
            </h3>
            <button type="button" onClick={redactAll} className={buttonClass}>
              {t("personalData.redactAll")}
            </button>
          </div>
          <p className="mt-1 text-sm">{t("personalData.lead")}</p>
          <ul className="mt-3 space-y-3">
            {found.flatMap((field) =>
              field.matches.map((match) => (
                <li key={`${field.key}:${match.start}`} className="flex flex-col gap-2 rounded-md bg-white/70 p-2 sm:flex-row sm:items-center sm:justify-between dark:bg-slate-900/60">
                  <span className="text-sm">
                    <span className="block font-medium">
                      {t(`personalData.kind.${match.kind}`)} · {t("personalData.inField", { field: field.label })}
                    </span>
                    <Snippet text={field.text} match={match} />
                  </span>
                  <button
                    type="button"
                    onClick={() => redactOne(field.key, match)}
                    aria-label={t("personalData.redactMatch", { kind: t(`personalData.kind.${match.kind}`), text: match.text })}
                    className={buttonClass}
                  >
                    {t("personalData.redact")}
                  </button>
                </li>
              )),
            )}
          </ul>
        </section>
      ) : null}
      {secretRequests.length > 0 ? (
        <Notice id="rf-secret-title" tone="border-rose-300 bg-rose-50 text-rose-950 dark:border-rose-700/60 dark:bg-rose-950/40 dark:text-rose-100" title={t("secretNotice.title")} body={t("secretNotice.body")}>
          <ul className="mt-2 space-y-2 text-sm">
            {secretRequests.map(({ field, match }) => (
              <li key={`${field.key}:${match.start}`}>
                <span className="block font-medium">{field.label}</span>
                <Snippet text={field.text} match={match} />
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {reasons.length > 0 ? (
        <Notice id="rf-scam-title" tone="border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-700/60 dark:bg-sky-950/40 dark:text-sky-100" title={t("scamNotice.title")} body={t("scamNotice.body")}>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {reasons.map((reason) => (
              <li key={reason}>{t(`heldReasons.${reason}`)}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </div>
  );
}
