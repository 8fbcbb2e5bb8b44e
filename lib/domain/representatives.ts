import { isOfficialHost } from "./detection/finders/web-addresses";

// Who may speak for an exchange. The sign-in link proves the person reads mail at their address;
// the address's domain proves the mailbox is the exchange's, if it is one of the exchange's
// official domains or a subdomain of one. Anything less exact would let a lookalike in.

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The domain of an e-mail address as DNS spells it, or null when the address is not one plain
 * ASCII address: exactly one "@", no quoted local part, no trailing dot, every label valid.
 * Unicode lookalikes are refused outright (the mailer sends ASCII only; an IDN arrives as
 * punycode, and a punycode label matches an official domain only below it).
 */
export function emailDomainOf(address: string): string | null {
  const trimmed = address.trim().toLowerCase();
  const parts = trimmed.split("@");
  if (parts.length !== 2) return null;
  const [local, domain] = parts as [string, string];
  if (local === "" || local.includes('"') || /\s/.test(local)) return null;
  if (domain.length > 253 || domain.endsWith(".")) return null;
  const labels = domain.split(".");
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return null;
  return domain;
}

/** True when `address` is on one of `officialDomains` or a subdomain of one. */
export function isOfficialAddress(address: string | null | undefined, officialDomains: readonly string[]): boolean {
  if (!address) return false;
  const domain = emailDomainOf(address);
  return domain !== null && isOfficialHost(domain, officialDomains);
}

export const REPRESENTATIVE_STATUSES = ["REQUESTED", "APPROVED", "REVOKED"] as const;
export type RepresentativeStatus = (typeof REPRESENTATIVE_STATUSES)[number];

export const REPRESENTATIVE_DECISIONS = ["approve", "revoke"] as const;
export type RepresentativeDecision = (typeof REPRESENTATIVE_DECISIONS)[number];

/** Which requests each decision applies to: a revoked person asks again before being approved. */
export const representativeTransitions: Record<RepresentativeDecision, { from: readonly RepresentativeStatus[]; to: RepresentativeStatus }> = {
  approve: { from: ["REQUESTED"], to: "APPROVED" },
  revoke: { from: ["REQUESTED", "APPROVED"], to: "REVOKED" },
};

/** The other site language, for a response's translation. */
export function otherLanguage(language: "en" | "ja"): "en" | "ja" {
  return language === "en" ? "ja" : "en";
}
