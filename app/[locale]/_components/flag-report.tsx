"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState, type FormEvent } from "react";
import { FLAG_DETAILS_MAX, FLAG_REASONS, FlagInputSchema } from "@/lib/validation/flag";
import { flagReportAction, type FlagErrorKey, type FlagFormState } from "./flag-report-action";

/**
 * "Report a problem" under a report: a disclosure with the reason and optional details. The
 * server component decides who sees it (signed-in readers who are not the author).
 */
export function FlagReport({ reportId, alreadyFlagged }: { reportId: string; alreadyFlagged: boolean }) {
  const t = useTranslations("moderation.flag");
  const [state, formAction, pending] = useActionState<FlagFormState, FormData>(flagReportAction, { status: "idle" });
  const [clientError, setClientError] = useState<{ error: FlagErrorKey; field: "reason" | "details" } | null>(null);
  const [reason, setReason] = useState<string>("");
  // Controlled, so the details survive React's reset of the form after the action: a refusal
  // (a limit, the database briefly down) must not lose what the reader wrote.
  const [details, setDetails] = useState("");
  const id = useId();

  if (alreadyFlagged || state.status === "already" || state.status === "sent") {
    return (
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {state.status === "sent" ? t("sent") : t("already")}
      </p>
    );
  }

  const shown = clientError ?? (state.status === "error" ? { error: state.error, field: state.field } : null);
  const message = shown ? t(`errors.${shown.error}`, { max: FLAG_DETAILS_MAX, hours: state.status === "error" ? (state.values?.hours ?? 1) : 1 }) : null;

  // The same schema as the server, for an answer before the round trip.
  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const parsed = FlagInputSchema.safeParse({ reason: data.get("reason") ?? undefined, details: data.get("details") ?? "" });
    if (parsed.success) {
      setClientError(null);
      return;
    }
    event.preventDefault();
    const issue = parsed.error.issues[0];
    const error = (issue?.message ?? "generic") as FlagErrorKey;
    setClientError({ error, field: issue?.path[0] === "details" ? "details" : "reason" });
  }

  return (
    <details className="group text-sm" open={state.status === "error" || clientError !== null ? true : undefined}>
      <summary className="cursor-pointer text-slate-600 underline decoration-dotted hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100">
        {t("disclosure")}
      </summary>
      <form action={formAction} onSubmit={checkBeforeSending} noValidate className="mt-3 space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
        <input type="hidden" name="reportId" value={reportId} />
        <fieldset aria-describedby={shown?.field === "reason" ? `${id}-error` : undefined}>
          <legend className="font-medium">{t("legend")}</legend>
          <div className="mt-2 space-y-1">
            {FLAG_REASONS.map((value) => (
              <label key={value} className="flex items-start gap-2">
                <input type="radio" name="reason" value={value} checked={reason === value} onChange={() => setReason(value)} className="mt-1" />
                <span>{t(`reasons.${value}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor={`${id}-details`} className="font-medium">
            {t("detailsLabel")}{" "}
            <span className="font-normal text-slate-600 dark:text-slate-400">{reason === "OTHER" ? t("detailsRequiredHint") : t("detailsOptional")}</span>
          </label>
          <textarea
            id={`${id}-details`}
            name="details"
            value={details}
            onChange={(event) => setDetails(event.target.value)}
            rows={3}
            maxLength={FLAG_DETAILS_MAX}
            aria-describedby={`${id}-hint${shown?.field === "details" ? ` ${id}-error` : ""}`}
            aria-invalid={shown?.field === "details" ? true : undefined}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          />
          <p id={`${id}-hint`} className="mt-1 text-slate-600 dark:text-slate-400">
            {t("detailsHint", { max: FLAG_DETAILS_MAX })}
          </p>
        </div>
        {message ? (
          <p id={`${id}-error`} role="alert" className="text-rose-700 dark:text-rose-300">
            {message}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-slate-800 px-3 py-1.5 font-medium text-white hover:bg-slate-700 disabled:opacity-60 dark:bg-slate-200 dark:text-slate-900"
        >
          {pending ? t("sending") : t("submit")}
        </button>
      </form>
    </details>
  );
}
