"use client";

import { getFormProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { ProposalDecisionSchema, RepresentativeDecisionSchema } from "@/lib/validation/representatives";
import { FormFailureNotice } from "../../_components/form-failure";
import { useActionForm } from "../../_components/use-action-form";
import { decideProposalAction, decideRepresentativeAction } from "./actions";

type Kind = "representative" | "proposal";

const setup: Record<Kind, { action: (previous: FormState, formData: FormData) => Promise<FormState>; schema: z.ZodType<unknown, Record<string, unknown>>; idName: string }> = {
  representative: { action: decideRepresentativeAction, schema: RepresentativeDecisionSchema, idName: "representativeId" },
  proposal: { action: decideProposalAction, schema: ProposalDecisionSchema, idName: "proposalId" },
};

const tones: Record<string, string> = {
  approve: "bg-emerald-700 text-white hover:bg-emerald-600",
  accept: "bg-emerald-700 text-white hover:bg-emerald-600",
  revoke: "bg-rose-700 text-white hover:bg-rose-600",
  reject: "bg-rose-700 text-white hover:bg-rose-600",
};

/** A decision as a real form post: the target in a hidden field, one button per decision. */
export function DecisionButtons({ kind, id, decisions, label }: { kind: Kind; id: string; decisions: ("approve" | "revoke" | "accept" | "reject")[]; label: string }) {
  const t = useTranslations("representatives.queue");
  const { action, schema, idName } = setup[kind];
  const { state, formAction, pending, form } = useActionForm(action, schema);
  return (
    <form {...getFormProps(form)} action={formAction} aria-label={label} className="space-y-2">
      <input type="hidden" name={idName} value={id} />
      <FormFailureNotice failure={state.failure} namespace="representatives" />
      <div className="flex flex-wrap items-center gap-2">
        {decisions.map((decision) => (
          <button key={decision} type="submit" name="decision" value={decision} disabled={pending} className={`rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-70 ${tones[decision] ?? ""}`}>
            {t(decision)}
          </button>
        ))}
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {state.done ? t("done") : null}
        </p>
      </div>
    </form>
  );
}
