import type { AtomEntry } from "./atom-feed";

// What each feed entry says, from the few public fields the data layer hands over: never a
// report's free text (a held report's detector findings or personal data live there), never an
// author or editor. The caller supplies the words (message catalogues); this decides ids and links.

export type FeedReport = {
  id: string;
  createdAt: Date;
  exchange: { slug: string; nameEn: string; nameJa: string };
  outcome: string;
  lockoutCause: string;
  contactChannel: string;
  incidentMonth: Date;
};

export type OfficialEditFeedItem = {
  id: string;
  kind: "CREATED" | "UPDATED" | "DELETED";
  at: Date;
  subject: string;
  text: { en: string; ja: string } | null;
};

export type ItemShift = { code: string; difference: number };

export type ChangeSignalFeedItem = { items: readonly ItemShift[]; computedAt: Date };

/** Locale-prefixed page addresses on the public origin. */
export function pageUrl(origin: string, locale: string, path = ""): string {
  return `${origin}/${locale}${path}`;
}

export function reportEntries(
  reports: readonly FeedReport[],
  { origin, locale, describe }: { origin: string; locale: string; describe: (report: FeedReport) => { title: string; summary: string } },
): AtomEntry[] {
  return reports.map((report) => {
    const url = pageUrl(origin, locale, `/reports/${encodeURIComponent(report.id)}`);
    return { id: url, url, updated: report.createdAt, published: report.createdAt, ...describe(report) };
  });
}

/**
 * A guide's changes, newest first: each edit of its official facts, and the change signal of its
 * figures while it is raised. The signal's id names the items and the direction they moved, so the
 * same signal stays one entry across recomputations and a different one becomes a new entry.
 */
export function guideChangeEntries(
  { slug, edits, changeSignal }: { slug: string; edits: readonly OfficialEditFeedItem[]; changeSignal: ChangeSignalFeedItem | null },
  {
    origin,
    locale,
    describeEdit,
    describeSignal,
  }: {
    origin: string;
    locale: string;
    describeEdit: (edit: OfficialEditFeedItem) => { title: string; summary: string };
    describeSignal: (signal: ChangeSignalFeedItem) => { title: string; summary: string };
  },
): AtomEntry[] {
  const guideUrl = pageUrl(origin, locale, `/exchanges/${encodeURIComponent(slug)}`);
  const entries: AtomEntry[] = edits.map((edit) => ({ id: `${guideUrl}#official-edit-${encodeURIComponent(edit.id)}`, url: guideUrl, updated: edit.at, ...describeEdit(edit) }));
  if (changeSignal && changeSignal.items.length > 0) {
    entries.push({ id: `${guideUrl}#procedure-change-${changeSignalKey(changeSignal.items)}`, url: guideUrl, updated: changeSignal.computedAt, ...describeSignal(changeSignal) });
  }
  return entries.sort((a, b) => b.updated.getTime() - a.updated.getTime() || (a.id < b.id ? -1 : 1));
}

/** "+id_card.-selfie": the items and directions of a change signal, in code order. */
export function changeSignalKey(items: readonly ItemShift[]): string {
  return items
    .map((item) => `${item.difference > 0 ? "+" : "-"}${item.code}`)
    .sort((a, b) => (a.slice(1) < b.slice(1) ? -1 : a.slice(1) > b.slice(1) ? 1 : 0))
    .map((part) => encodeURIComponent(part))
    .join(".");
}
