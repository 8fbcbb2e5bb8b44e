// Undoes the usual ways of hiding a link or an e-mail address from filters. A pass of
// ./normalize's prepareForDetection; every rewrite keeps the map to the original text.

import { isAsciiAlphanumeric } from "./character-tables";
import { rewriteNormalized, type NormalizedText } from "./offset-text";
import { isCommonTopLevelDomain } from "./tlds";

const ASCII_LABEL_AFTER = /^[ ]{0,3}([A-Za-z0-9-]{1,63})/;
const MAILBOX_CHAR = /^[A-Za-z0-9._%+-]$/;
const MAX_MAILBOX_LENGTH = 64;

function labelAfter(text: string, index: number): string | undefined {
  return ASCII_LABEL_AFTER.exec(text.slice(index, index + MAX_MAILBOX_LENGTH))?.[1];
}

// Scans backwards by hand: an end-anchored regex would retry from every start position.
function tokenBefore(text: string, index: number): string | undefined {
  let end = index;
  while (end > 0 && text[end - 1] === " ") end -= 1;
  let start = end;
  while (start > 0 && end - start < MAX_MAILBOX_LENGTH && MAILBOX_CHAR.test(text[start - 1] ?? "")) start -= 1;
  return start < end ? text.slice(start, end) : undefined;
}

// "kraken dot com", "mail dot kraken dot com": the last spelled-out label must be a TLD.
const SPELLED_DOT = String.raw`(?:[ ]{1,3}(?:dot|DOT|Dot)[ ]{1,3}|[ ]{0,3}ドット[ ]{0,3})`;
const SPELLED_DOMAIN_REST = new RegExp(String.raw`^[ ]{0,3}[A-Za-z0-9-]{1,63}(?:${SPELLED_DOT}[A-Za-z0-9-]{1,63}){0,4}`);
const SPELLED_DOT_SEPARATOR = new RegExp(SPELLED_DOT);

function endsInTopLevelDomain(rest: string): boolean {
  const spelled = SPELLED_DOMAIN_REST.exec(rest)?.[0];
  if (spelled === undefined) return false;
  const labels = spelled.split(SPELLED_DOT_SEPARATOR);
  return isCommonTopLevelDomain((labels[labels.length - 1] ?? "").trim());
}

const FREE_MAIL_PROVIDERS =
  /^(?:gmail|googlemail|yahoo|ymail|outlook|hotmail|live|msn|icloud|me|aol|proton|protonmail|pm|tutanota|tuta|gmx|mail|yandex|zoho|qq|163|126|docomo|ezweb|softbank|i\.softbank)\b/i;
const DOMAIN_AFTER = /^[ ]{0,3}([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6})(?![A-Za-z0-9-])/;

function domainAfter(text: string, index: number): string | undefined {
  return DOMAIN_AFTER.exec(text.slice(index, index + 200))?.[1];
}

function isDomainWithCommonTld(domain: string): boolean {
  return isCommonTopLevelDomain(domain.slice(domain.lastIndexOf(".") + 1));
}

/**
 * Undoes the usual ways of hiding a link or an e-mail address from filters: hxxps://, [.] and
 * (dot), "t . me / name", "name (at) example dot com", ＠ and アットマーク. Applied after
 * {@link normalizeForDetection}; the result still maps to the original text.
 */
export function revealObfuscatedContacts(source: NormalizedText): NormalizedText {
  let revealed = rewriteNormalized(
    source,
    /\bh(?:xx|XX|\*\*|\[tt\]|tt)p(s?)[ ]?(?:\[:\]|\(:\)|:)[ ]?\/[ ]?\//gi,
    (match) => `http${match[1] ?? ""}://`,
  );
  revealed = rewriteNormalized(revealed, /[ ]?(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|<dot>)[ ]?/gi, () => ".");
  revealed = rewriteNormalized(revealed, new RegExp(SPELLED_DOT, "g"), (match, text) => {
    const end = match.index + match[0].length;
    const before = text[match.index - 1];
    return isAsciiAlphanumeric(before) && endsInTopLevelDomain(text.slice(end, end + 300)) ? "." : undefined;
  });
  // "t . me / name" and "t. me/name": a spaced full stop is a domain dot only when a TLD follows
  // and the writer spaced both sides or a path follows; "at home. Me too" stays prose.
  revealed = rewriteNormalized(revealed, /[ ]{1,3}\.[ ]{0,3}|\.[ ]{1,3}/g, (match, text) => {
    const end = match.index + match[0].length;
    if (!isAsciiAlphanumeric(text[match.index - 1])) return undefined;
    const label = labelAfter(text, end);
    if (label === undefined || !isCommonTopLevelDomain(label)) return undefined;
    const spacedBothSides = match[0].startsWith(" ") && match[0].endsWith(" ");
    const pathFollows = /^[ ]{0,3}\//.test(text.slice(end + label.length, end + label.length + 4));
    return spacedBothSides || pathFollows ? "." : undefined;
  });
  revealed = rewriteNormalized(
    revealed,
    /[ ]?(?:\(at\)|\[at\]|\{at\}|<at>|\(@\)|\[@\]|\{@\})[ ]?|[ ]{0,3}(?:アットマーク|アット|あっとまーく|あっと|@マーク)[ ]{0,3}/gi,
    (match, text) => {
      const end = match.index + match[0].length;
      return isAsciiAlphanumeric(text[match.index - 1]) && isAsciiAlphanumeric(text[end]) ? "@" : undefined;
    },
  );
  // " at " is everyday English ("logged in at kraken.com"), so it becomes "@" only when the
  // writer shouted it (AT), the local part looks like a mailbox, or a free-mail provider follows.
  revealed = rewriteNormalized(revealed, /[ ]{1,3}(?:at|AT|At)[ ]{1,3}|[ ]{1,3}@[ ]{0,3}|@[ ]{1,3}/g, (match, text) => {
    const end = match.index + match[0].length;
    const local = tokenBefore(text, match.index);
    const domain = domainAfter(text, end);
    if (local === undefined || domain === undefined || !isDomainWithCommonTld(domain)) return undefined;
    if (!/^[ ]{1,3}(?:at|AT|At)[ ]{1,3}$/.test(match[0])) return "@";
    const shouted = match[0].includes("AT");
    const mailboxLike = /[0-9._+-]/.test(local);
    return shouted || mailboxLike || FREE_MAIL_PROVIDERS.test(domain) ? "@" : undefined;
  });
  return revealed;
}
