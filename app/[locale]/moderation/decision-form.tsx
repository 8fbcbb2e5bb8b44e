"use client";

import { getFormProps, getInputProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { MODERATION_REASON_MAX, ModerationDecisionSchema } from "@/lib/validation/moderation";
import { FormFailureNotice } from "../_components/form-failure";
import { useActionForm } from "../_components/use-action-form";
import { decideAction } from "./actions";

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
 * target travels in hidden fields; the server checks everything again. A real form post, so a
 * decision works without JavaScript too.
 */
export function DecisionForm({ target, intents, label }: { target: { reportId?: string; flagId?: string; userId?: string }; intents: Intent[]; label: string }) {
  const t = useTranslations("moderation.queue");
  const { state, formAction, pending, form, fields } = useActionForm(decideAction, ModerationDecisionSchema);
  const reasonError = fields.reason.errors;
  const reasonErrorText = reasonError ? (t.has(`errors.${reasonError.key}`) ? t(`errors.${reasonError.key}`, { max: MODERATION_REASON_MAX }) : t("errors.unexpected")) : null;

  return (
    <form {...getFormProps(form)} action={formAction} aria-label={label} className="space-y-2">
      {target.reportId ? <input type="hidden" name="reportId" value={target.reportId} /> : null}
      {target.flagId ? <input type="hidden" name="flagId" value={target.flagId} /> : null}
      {target.userId ? <input type="hidden" name="userId" value={target.userId} /> : null}
      <div>
        <label htmlFor={fields.reason.id} className="block text-sm font-medium">
          {t("reasonLabel")}
        </label>
        <input
          {...getInputProps(fields.reason, { type: "text" })}
          maxLength={MODERATION_REASON_MAX}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        />
        {reasonErrorText ? (
          <p id={fields.reason.errorId} className="mt-1 text-sm text-rose-700 dark:text-rose-300">
            {reasonErrorText}
          </p>
        ) : null}
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
      <FormFailureNotice failure={pending ? undefined : state.failure} namespace="moderation.queue" />
      <p role="status" className="text-sm">
        {state.done && !pending ? t(`results.${state.done}`) : null}
      </p>
    </form>
  );
}
