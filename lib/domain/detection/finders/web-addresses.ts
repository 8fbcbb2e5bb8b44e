// Links with a scheme and bare domains, found in prepared text (see prepareForDetection), and the
// test for whether a host belongs to an exchange's official domains. Shared by the personal-data
// detector (digits inside a link are not about the author) and the scam-contact detector.

import type { TextSpan } from "../text/offset-text";
import { toLatinSkeleton } from "../text/character-tables";
import { isCommonTopLevelDomain } from "../text/tlds";

// Letters of domain labels: Latin plus the Cyrillic and Greek letters used in homoglyph domains.
// CJK is left out so a domain stops where Japanese prose resumes ("kraken.comから").
export const DOMAIN_LETTER = String.raw`\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}0-9`;
const URL_PATH_CHAR = String.raw`A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%`;
const HOST = String.raw`[${DOMAIN_LETTER}\-]{1,63}(?:\.[${DOMAIN_LETTER}\-]{1,63}){1,10}`;
const URL_WITH_SCHEME = new RegExp(
  String.raw`\b(?:https?|ftp):\/\/(?:[^\s\/@]{1,64}@)?(${HOST})(?::\d{1,5})?(?:[\/?#][${URL_PATH_CHAR}]{0,2048})?`,
  "giu",
);
const BARE_DOMAIN = new RegExp(
  String.raw`(?<![${DOMAIN_LETTER}\-.@\/])((?:[${DOMAIN_LETTER}](?:[${DOMAIN_LETTER}\-]{0,62})\.){1,10}([${DOMAIN_LETTER}\-]{2,24}))(?![${DOMAIN_LETTER}\-])(?:[\/?#][${URL_PATH_CHAR}]{0,2048})?`,
  "gu",
);
export type WebAddress = TextSpan & { host: string };

const TRAILING_PUNCTUATION = new Set([".", ",", ";", ":", "!", "?", "'", '"', "]"]);

// Trailing punctuation belongs to the sentence ("see kraken.com."), and so does a closing
// parenthesis unless the path opened one ("(see https://...)"). A loop rather than a regex
// anchored at the end, which would retry from every position of a long run of dots.
function trimUrlEnd(matchText: string): string {
  const pathOpensParenthesis = matchText.includes("(");
  let end = matchText.length;
  while (end > 0) {
    const last = matchText[end - 1] ?? "";
    if (!TRAILING_PUNCTUATION.has(last) && !(last === ")" && !pathOpensParenthesis)) break;
    end -= 1;
  }
  return matchText.slice(0, end);
}

// Short English words that are also ccTLDs: "waited.It took ages" is a missing space after a
// full stop, not a link to waited.it.
const CAPITALIZED_WORD_AFTER_FULL_STOP = /^[A-Z][a-z]+$/;

/**
 * The host of a bare domain match, cut after its last label that is a known TLD
 * ("kraken-support.com.Then" reads as kraken-support.com), or undefined if there is none.
 */
function readBareHost(candidate: string): string | undefined {
  const labels = candidate.split(".");
  for (let last = labels.length - 1; last >= 1; last -= 1) {
    const label = labels[last] ?? "";
    if (!isCommonTopLevelDomain(toLatinSkeleton(label))) continue;
    const previous = labels[last - 1] ?? "";
    if (CAPITALIZED_WORD_AFTER_FULL_STOP.test(label) && /^[a-z]+$/.test(previous)) return undefined;
    return labels.slice(0, last + 1).join(".");
  }
  return undefined;
}

/** Links with a scheme, and bare domains ending in a common TLD, in prepared text (see prepareForDetection). */
export function findWebAddresses(scan: string): WebAddress[] {
  const found: WebAddress[] = [];
  for (const match of scan.matchAll(URL_WITH_SCHEME)) {
    const text = trimUrlEnd(match[0]);
    found.push({ start: match.index, end: match.index + text.length, host: (match[1] ?? "").toLowerCase() });
  }
  for (const match of scan.matchAll(BARE_DOMAIN)) {
    // A domain in the query of another link (?q=evil.example) is kept: an official site's
    // redirect can lead anywhere.
    const start = match.index;
    const host = readBareHost(match[1] ?? "");
    if (host === undefined) continue;
    const text = host === match[1] ? trimUrlEnd(match[0]) : host;
    found.push({ start, end: start + text.length, host: host.toLowerCase() });
  }
  return found.sort((a, b) => a.start - b.start);
}

function normalizeDomain(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, "")
    .replace(/[/?#].*$/, "")
    .replace(/^\*?\./, "")
    .replace(/\.$/, "");
}

/**
 * True when `host` is one of `officialDomains` or a subdomain of one. Official domains are plain
 * ASCII, so a host with any other letter (krаken.com with a Cyrillic а) is a homoglyph and never
 * official, whatever it looks like.
 */
export function isOfficialHost(host: string, officialDomains: readonly string[]): boolean {
  const normalizedHost = host.toLowerCase().replace(/\.$/, "");
  if (!/^[a-z0-9.-]+$/.test(normalizedHost)) return false;
  return officialDomains.some((domain) => {
    const official = normalizeDomain(domain);
    return official !== "" && (normalizedHost === official || normalizedHost.endsWith(`.${official}`));
  });
}
