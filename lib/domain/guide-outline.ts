import { rankContactPaths } from "./stats/contact-paths";
import { weightedItemShares, type ItemReport, type ItemShare } from "./stats/required-items";
import { CONTACT_CHANNELS, type ContactChannel } from "./stats/types";

// What a guide can say before it has enough reports for figures (computeGuideStats holds them
// back below 5): what support asked for and where people wrote, each with its count, so a single
// report already reads as a guide ("from 1 report"). No share, median or interval is derived.

export type OutlineReport = ItemReport & { contactChannel: ContactChannel; contactPath: string; tips: string | null };

export interface GuideOutline {
  n: number;
  requiredItems: ItemShare[];
  // Most reported first; ties keep the order the reports came in (best-ranked first).
  channels: { value: ContactChannel; count: number }[];
  // Most reported first; ties as in the guide's figures (the path reported first wins), so a
  // guide does not change its path when it passes the minimum sample.
  paths: { value: string; count: number }[];
  // One entry per report with tips, in the order the reports came in.
  tips: { reportId: string; incidentMonth: Date; tips: string[] }[];
}

function countInOrder<T>(values: readonly T[], key: (value: T) => string): { value: T; count: number }[] {
  const groups = new Map<string, { value: T; count: number; first: number }>();
  values.forEach((value, index) => {
    const group = groups.get(key(value));
    if (group) group.count += 1;
    else groups.set(key(value), { value, count: 1, first: index });
  });
  return [...groups.values()].sort((a, b) => b.count - a.count || a.first - b.first).map(({ value, count }) => ({ value, count }));
}

export function splitTips(tips: string | null): string[] {
  return (tips ?? "")
    .split("\n")
    .map((tip) => tip.trim())
    .filter(Boolean);
}

/** `reports` best-ranked first (the order decides ties and which tips come first). */
export function outlineGuide(reports: readonly OutlineReport[], options: { now: Date; maxTips?: number }): GuideOutline {
  const channels = countInOrder(
    reports.map((report) => report.contactChannel),
    (channel) => channel,
  ).sort((a, b) => b.count - a.count || CONTACT_CHANNELS.indexOf(a.value) - CONTACT_CHANNELS.indexOf(b.value));
  const paths = rankContactPaths(reports).map(({ value, count }) => ({ value, count }));
  const tips = reports
    .map((report) => ({ reportId: report.id, incidentMonth: report.incidentMonth, tips: splitTips(report.tips) }))
    .filter((entry) => entry.tips.length > 0)
    .slice(0, options.maxTips ?? 3);
  return { n: reports.length, requiredItems: weightedItemShares(reports, { now: options.now }), channels, paths, tips };
}
