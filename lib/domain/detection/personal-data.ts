// Finds personal data in the free text of a report (contact path, tips, notes) before it is
// published, so the author can be warned and the text redacted. Detection runs on the canonical
// form from ./normalize; every match is reported in offsets of the text the author wrote.
// Each kind has its own finder in ./personal-data/; this module runs them and settles overlaps.

import { findEmailAddresses } from "./finders/email-addresses";
import { findWebAddresses, isOfficialHost } from "./finders/web-addresses";
import { prepareForDetection } from "./normalize";
import { maskDates } from "./personal-data/context";
import { findCryptoAddresses } from "./personal-data/crypto-address";
import { findExactBalances } from "./personal-data/exact-balance";
import { findIdNumbers } from "./personal-data/id-number";
import { findPhoneNumbers } from "./personal-data/phone";
import { findPostalAddresses } from "./personal-data/postal-address";
import { findPostcodes } from "./personal-data/postcode";
import { findTransactionHashes } from "./personal-data/transaction-hash";
import { overlapsAnyOf, pickNonOverlapping, type KindSpan } from "./spans";
import { toOriginalSpan, type TextSpan } from "./text/offset-text";

export type PersonalDataKind =
  | "email"
  | "phone"
  | "postcode"
  | "postal-address"
  | "id-number"
  | "crypto-address"
  | "transaction-hash"
  | "exact-balance";

export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = [
  "email",
  "phone",
  "postcode",
  "postal-address",
  "id-number",
  "crypto-address",
  "transaction-hash",
  "exact-balance",
];

export type PersonalDataMatch = {
  kind: PersonalDataKind;
  /** Offset in the original text, UTF-16 units. */
  start: number;
  end: number;
  /** The original text of the match. */
  text: string;
};

export type RedactionLabels = Readonly<Record<PersonalDataKind, string>>;

/** English fallback; the UI passes labels from its message catalogue. */
export const DEFAULT_REDACTION_LABELS: RedactionLabels = {
  email: "[email removed]",
  phone: "[phone number removed]",
  postcode: "[postcode removed]",
  "postal-address": "[address removed]",
  "id-number": "[ID number removed]",
  "crypto-address": "[crypto address removed]",
  "transaction-hash": "[transaction hash removed]",
  "exact-balance": "[exact amount removed]",
};

// When two findings overlap, the longer wins; on a tie, the earlier kind in this list.
const KIND_PRIORITY: readonly PersonalDataKind[] = [
  "crypto-address",
  "transaction-hash",
  "email",
  "postal-address",
  "phone",
  "id-number",
  "postcode",
  "exact-balance",
];

export type PersonalDataOptions = {
  /**
   * Domains of exchanges and services: an address there (support@kraken.com) belongs to the
   * service, not to the author, and is worth keeping in a report's contact path.
   */
  officialDomains?: readonly string[];
};

export function findPersonalData(text: string, options: PersonalDataOptions = {}): PersonalDataMatch[] {
  const officialDomains = options.officialDomains ?? [];
  const prepared = prepareForDetection(text);
  const scan = prepared.text;
  const masked = maskDates(scan);
  const webAddresses = findWebAddresses(scan);
  const withKind =
    (kind: PersonalDataKind) =>
    (span: TextSpan): KindSpan<PersonalDataKind> => ({ ...span, kind });
  // Digits in a link (article numbers, query strings) are not about the author; addresses and
  // hashes in a link (a block-explorer URL) are.
  const overlapsLink = overlapsAnyOf(webAddresses, scan.length);
  const outsideLinks = (span: TextSpan) => !overlapsLink(span);
  const candidates: KindSpan<PersonalDataKind>[] = [
    ...findEmailAddresses(scan)
      .filter((email) => !isOfficialHost(email.domain, officialDomains))
      .map(withKind("email")),
    ...findCryptoAddresses(scan).map(withKind("crypto-address")),
    ...findTransactionHashes(scan).map(withKind("transaction-hash")),
    ...findPhoneNumbers(scan).filter(outsideLinks).map(withKind("phone")),
    ...findIdNumbers(masked).filter(outsideLinks).map(withKind("id-number")),
    ...findPostcodes(masked).filter(outsideLinks).map(withKind("postcode")),
    ...findPostalAddresses(masked).filter(outsideLinks).map(withKind("postal-address")),
    ...findExactBalances(masked).filter(outsideLinks).map(withKind("exact-balance")),
  ];
  return pickNonOverlapping(candidates, KIND_PRIORITY).map((span) => {
    const original = toOriginalSpan(prepared, span);
    return { kind: span.kind, start: original.start, end: original.end, text: text.slice(original.start, original.end) };
  });
}

export type RedactionOptions = { labels?: Partial<RedactionLabels> };

/**
 * Replaces each match with the placeholder for its kind. Overlapping matches (possible when the
 * caller merges findings from several sources) are merged and take the label of the first.
 */
export function redactPersonalData(
  text: string,
  matches: readonly PersonalDataMatch[] = findPersonalData(text),
  options: RedactionOptions = {},
): string {
  const labels: RedactionLabels = { ...DEFAULT_REDACTION_LABELS, ...options.labels };
  const ordered = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  let redacted = "";
  let copiedUpTo = 0;
  for (const match of ordered) {
    if (match.end <= copiedUpTo) continue;
    if (match.start < copiedUpTo) {
      copiedUpTo = match.end;
      continue;
    }
    redacted += text.slice(copiedUpTo, match.start) + labels[match.kind];
    copiedUpTo = match.end;
  }
  return redacted + text.slice(copiedUpTo);
}
