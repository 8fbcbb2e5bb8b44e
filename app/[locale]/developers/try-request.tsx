"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { tryRequestPath, type TryParameter } from "@/lib/domain/public-api/api-reference";

type Answer = { status: number; etag: string | null; cacheControl: string | null; body: string; truncated: boolean } | { error: string };

// Long answers (a page of 200 reports) are cut so the page stays responsive on a phone.
const SHOWN_CHARACTERS = 20_000;

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** "Try it": one GET of this endpoint with the reader's parameters, its status, caching headers and body shown below. */
export function TryRequest({ path, parameters }: { path: string; parameters: readonly TryParameter[] }) {
  const t = useTranslations("api.developers.try");
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.example])));
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [sending, setSending] = useState(false);
  const address = tryRequestPath(path, parameters, values);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSending(true);
    try {
      const response = await fetch(address, { cache: "no-store" });
      const text = await response.text();
      const body = pretty(text);
      setAnswer({ status: response.status, etag: response.headers.get("etag"), cacheControl: response.headers.get("cache-control"), body: body.slice(0, SHOWN_CHARACTERS), truncated: body.length > SHOWN_CHARACTERS });
    } catch (error) {
      setAnswer({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      setSending(false);
    }
  }

  const inputClass = "w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-sm dark:border-slate-700 dark:bg-slate-950";
  return (
    <details className="rounded border border-slate-200 p-3 dark:border-slate-800">
      <summary className="cursor-pointer text-sm font-medium">{t("title")}</summary>
      <form onSubmit={(event) => void send(event)} className="mt-3 space-y-3" aria-describedby={`${id}-address`}>
        {parameters.length > 0 ? (
          <div className="grid gap-3 sm:grid-cols-2">
            {parameters.map((parameter) => (
              <label key={parameter.name} className="block space-y-1 text-sm">
                <span className="font-mono">
                  {parameter.name}
                  {parameter.required ? <span className="ml-1 font-sans text-xs text-slate-600 dark:text-slate-400">({t("required")})</span> : null}
                </span>
                {parameter.choices ? (
                  <select className={inputClass} value={values[parameter.name] ?? ""} onChange={(event) => setValues({ ...values, [parameter.name]: event.target.value })}>
                    {parameter.required ? null : <option value="">{t("any")}</option>}
                    {parameter.choices.map((choice) => (
                      <option key={choice} value={choice}>
                        {choice}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    className={inputClass}
                    value={values[parameter.name] ?? ""}
                    required={parameter.required}
                    onChange={(event) => setValues({ ...values, [parameter.name]: event.target.value })}
                  />
                )}
              </label>
            ))}
          </div>
        ) : null}
        <p id={`${id}-address`} className="break-all font-mono text-xs text-slate-600 dark:text-slate-400">
          GET {address}
        </p>
        <button type="submit" disabled={sending} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-600 disabled:opacity-60">
          {sending ? t("sending") : t("send")}
        </button>
      </form>
      <div aria-live="polite" className="mt-3 space-y-2">
        {answer === null ? null : "error" in answer ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {t("failed", { message: answer.error })}
          </p>
        ) : (
          <>
            <p className="font-mono text-sm" data-testid="try-status">
              {t("status", { status: answer.status })}
              {answer.etag ? ` · ETag ${answer.etag}` : ""}
              {answer.cacheControl ? ` · Cache-Control: ${answer.cacheControl}` : ""}
            </p>
            <pre tabIndex={0} aria-label={t("body")} className="max-h-96 overflow-auto rounded bg-slate-50 p-2 text-xs dark:bg-slate-900">
              {answer.body}
            </pre>
            {answer.truncated ? <p className="text-xs text-slate-600 dark:text-slate-400">{t("truncated", { count: SHOWN_CHARACTERS })}</p> : null}
          </>
        )}
      </div>
    </details>
  );
}
