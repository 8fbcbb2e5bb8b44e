import { Feed } from "feed";

// Atom (RFC 4287) documents for the site's feeds. A reader needs the feed's id, title, updated and
// a rel="self" link, and each entry's id, title, updated and link; the author is required on the
// feed when entries carry none (RFC 4287 §4.1.1). Output depends only on the input, so the same
// data gives the same bytes and the same ETag.

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

export type AtomEntry = {
  /** Stable across requests and edits: a reader that saw it once never shows it as new again. */
  id: string;
  title: string;
  url: string;
  updated: Date;
  published?: Date;
  summary?: string;
};

export type AtomFeedInput = {
  id: string;
  title: string;
  subtitle?: string;
  authorName: string;
  selfUrl: string;
  pageUrl: string;
  /** The feed's `updated` when it has no entries (Atom requires one), and its lower bound otherwise. */
  updatedAtLeast: Date;
  entries: readonly AtomEntry[];
};

export function buildAtomFeed(input: AtomFeedInput): string {
  const updated = input.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), input.updatedAtLeast);
  const feed = new Feed({
    id: input.id,
    title: input.title,
    description: input.subtitle,
    link: input.pageUrl,
    feedLinks: { atom: input.selfUrl },
    updated,
    generator: false,
    author: { name: input.authorName },
  });
  for (const entry of input.entries) {
    feed.addItem({
      id: entry.id,
      title: escapeHtml(entry.title),
      link: entry.url,
      date: entry.updated,
      published: entry.published,
      description: entry.summary === undefined ? undefined : escapeHtml(entry.summary),
    });
  }
  return feed.atom1();
}

// The library writes entry titles and summaries as type="html" inside CDATA, so a reader parses
// them as HTML: plain text must be escaped for that, which also keeps "]]>" from closing the CDATA.
// Characters XML 1.0 cannot carry at all are dropped.
function escapeHtml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}
