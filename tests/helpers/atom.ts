import { xml2js, type Element } from "xml-js";

// Reads an Atom document as a feed reader does, and lists what RFC 4287 requires that is missing:
// the feed's id, title, updated and rel="self" link; each entry's id, title, updated and link.

export type ParsedLink = { rel: string; href: string; type?: string };
export type ParsedEntry = { id: string; title: string; updated: string; links: ParsedLink[]; summary: string };
export type ParsedFeed = { id: string; title: string; updated: string; author: string; links: ParsedLink[]; entries: ParsedEntry[] };

const children = (element: Element | undefined, name: string): Element[] => (element?.elements ?? []).filter((child) => child.type === "element" && child.name === name);
const textOf = (element: Element | undefined): string => (element?.elements ?? []).map((child) => (child.type === "text" ? String(child.text) : child.type === "cdata" ? String(child.cdata) : textOf(child))).join("");
const linksOf = (element: Element): ParsedLink[] =>
  children(element, "link").map((link) => ({ rel: String(link.attributes?.rel ?? "alternate"), href: String(link.attributes?.href ?? ""), ...(link.attributes?.type ? { type: String(link.attributes.type) } : {}) }));

/** Throws on XML that does not parse or is not an Atom feed. */
export function parseAtom(xml: string): ParsedFeed {
  const document = xml2js(xml, { compact: false }) as Element;
  const feed = children(document, "feed")[0];
  if (!feed || feed.attributes?.xmlns !== "http://www.w3.org/2005/Atom") throw new Error("not an Atom feed");
  const one = (element: Element, name: string) => textOf(children(element, name)[0]).trim();
  return {
    id: one(feed, "id"),
    title: one(feed, "title"),
    updated: one(feed, "updated"),
    author: textOf(children(children(feed, "author")[0], "name")[0]).trim(),
    links: linksOf(feed),
    entries: children(feed, "entry").map((entry) => ({ id: one(entry, "id"), title: one(entry, "title"), updated: one(entry, "updated"), links: linksOf(entry), summary: one(entry, "summary") })),
  };
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value);
const isAbsolute = (value: string) => URL.canParse(value);

/** What a feed reader would miss; empty for a valid feed. */
export function atomProblems(feed: ParsedFeed): string[] {
  const problems: string[] = [];
  if (!isAbsolute(feed.id)) problems.push(`feed id is not an IRI: ${feed.id}`);
  if (!feed.title) problems.push("feed has no title");
  if (!isDate(feed.updated)) problems.push(`feed updated is not an RFC 3339 date: ${feed.updated}`);
  if (!feed.links.some((link) => link.rel === "self" && isAbsolute(link.href))) problems.push("feed has no rel=self link");
  if (!feed.author && feed.entries.length > 0) problems.push("feed has no author");
  const ids = new Set<string>();
  for (const entry of feed.entries) {
    if (!isAbsolute(entry.id)) problems.push(`entry id is not an IRI: ${entry.id}`);
    if (ids.has(entry.id)) problems.push(`entry id repeated: ${entry.id}`);
    ids.add(entry.id);
    if (!entry.title) problems.push(`entry ${entry.id} has no title`);
    if (!isDate(entry.updated)) problems.push(`entry ${entry.id} updated is not a date: ${entry.updated}`);
    if (!entry.links.some((link) => link.rel === "alternate" && isAbsolute(link.href))) problems.push(`entry ${entry.id} has no link`);
  }
  return problems;
}
