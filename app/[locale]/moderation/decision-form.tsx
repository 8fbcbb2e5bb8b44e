"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { MODERATION_REASON_MAX } from "@/lib/validation/moderation";
import { decideAction, type DecisionFormState } from "./actions";

type Intent = "publish" | "hide" | "restore" | "uphold" | "dismiss" | "ban" | "unban";

const tones: Record<Intent, string> = {
  publish: "bg-emerald-700 text-white hover:bg-emerald-600",
  restore: "bg-emerald-700 text-white hover:bg-emerald-600",
  dismiss: "bg-slate-700 text-white hover:bg-slate-600 dark:bg-slate-300 dark:text-slate-900",
  hide: "bg-rose-700 text-white hover:bg-rose-600",
  uphold: "bg-rose-700 text-white hover:bg-rose-600",
  ban: "border border-rose-700 text-rose-800 hover:bg-rose-50 dark:text-rose-200 dark:hover:bg-rose-950",
  unban: "border border-slate-500 hover:bg-slate-100 dark:hover:bg-slate-800",
};

/**
 * One decision form: an optional reason for the log and a button per allowed decision. The
 * target travels in hidden fields; the server checks everything again.
 */
export function DecisionForm({ target, intents, label }: { target: { reportId?: string; flagId?: string; userId?: string }; intents: Intent[]; label: string }) {
  const t = useTranslations("moderation.queue");
  const [state, formAction, pending] = useActionState<DecisionFormState, FormData>(decideAction, { status: "idle" });
  const id = useId();
  // Controlled, so a refused decision (the database briefly down) keeps the reason typed.
  const [reason, setReason] = useState("");

  return (
    <form action={formAction} aria-label={label} className="space-y-2">
      {target.reportId ? <input type="hidden" name="reportId" value={target.reportId} /> : null}
      {target.flagId ? <input type="hidden" name="flagId" value={target.flagId} /> : null}
      {target.userId ? <input type="hidden" name="userId" value={target.userId} /> : null}
      <div>
        <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
          {t("reasonLabel")}
        </label>
        <input
          id={`${id}-reason`}
          name="reason"
          type="text"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          maxLength={MODERATION_REASON_MAX}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        />
      </div>
      <div className="flex flex-wrap gap-2">
        {intents.map((intent) => (
          <button
            key={intent}
            type="submit"
            name="intent"
            value={intent}
            disabled={pending}
            className={`rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${tones[intent]}`}
          >
            {t(`actions.${intent}`)}
          </button>
        ))}
      </div>
      <p role="status" className="text-sm">
        {state.status === "done" ? t(`results.${state.intent}`) : null}
        {state.status === "error" ? <span className="text-rose-700 dark:text-rose-300">{t(`errors.${state.error}`, { max: state.max ?? MODERATION_REASON_MAX })}</span> : null}
      </p>
    </form>
  );
}
