// Why a report is held for a moderator before it is published: scam contacts (see
// scam-contacts.ts) or a report that support asked for a secret (see secret-requests.ts). The
// server decides with this, and the report form shows the same reasons while the author types.

import { reportsSecretRequest } from "./secret-requests";
import { assessText, SCAM_CONTACT_KINDS, type ScamContactOptions } from "./scam-contacts";

export const HOLD_REASONS = [...SCAM_CONTACT_KINDS, "secret-request"] as const;

export type HoldReason = (typeof HOLD_REASONS)[number];

/** Reasons to hold a text, each once, in the order of HOLD_REASONS. */
export function holdReasonsFor(text: string, options: ScamContactOptions): HoldReason[] {
  const reasons: HoldReason[] = assessText(text, options).reasons;
  return reportsSecretRequest(text) ? [...reasons, "secret-request"] : reasons;
}

/** Known reasons in the order of HOLD_REASONS; anything else is dropped. */
export function orderHoldReasons(reasons: Iterable<string>): HoldReason[] {
  const set = new Set(reasons);
  return HOLD_REASONS.filter((reason) => set.has(reason));
}
