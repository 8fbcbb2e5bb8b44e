// E-mail addresses in prepared text (see prepareForDetection). Shared by the personal-data
// detector (an address of the author) and the scam-contact detector (a scammer's address).

import type { TextSpan } from "../text/offset-text";
import { DOMAIN_LETTER } from "./web-addresses";

const EMAIL = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@((?:[${DOMAIN_LETTER}](?:[${DOMAIN_LETTER}\-]{0,62})\.){1,8}[${DOMAIN_LETTER}]{2,24})(?![${DOMAIN_LETTER}\-])`,
  "gu",
);

export type EmailAddress = TextSpan & { domain: string };

/** E-mail addresses in prepared text (see prepareForDetection), with their lower-cased domain. */
export function findEmailAddresses(scan: string): EmailAddress[] {
  return [...scan.matchAll(EMAIL)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    domain: (match[1] ?? "").toLowerCase(),
  }));
}
