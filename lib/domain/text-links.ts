import { isOfficialUrl } from "./detection/scam-contacts";

// Report text is shown as plain text; only links to the exchange's own domains become links.
// Anything else stays text (and held reports never reach readers in the first place).

export type TextSegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// A URL runs to the next whitespace; trailing punctuation belongs to the sentence, not the link.
const URL_PATTERN = /https?:\/\/[^\s<>"'「」（）()]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?。、．，）)\]」』】]+$/u;

export function splitTextLinks(text: string, officialDomains: readonly string[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    const url = match[0].replace(TRAILING_PUNCTUATION, "");
    if (!isOfficialUrl(url, officialDomains)) continue;
    if (start > last) segments.push({ kind: "text", text: text.slice(last, start) });
    segments.push({ kind: "link", text: url, href: new URL(url).toString() });
    last = start + url.length;
  }
  if (last < text.length) segments.push({ kind: "text", text: text.slice(last) });
  return segments;
}
