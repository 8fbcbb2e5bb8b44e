import type { ComparisonViewKey, ComparisonViewRow } from "./comparison-views";
import type { GuideStats } from "./guide-stats";

// A guide's statistics and comparison rows as stored with its version (lib/data/guides): plain
// JSON, read back only when written by this code's format.

// Bumped when the shape of GuideStats or its options change, so old stored JSON is recomputed.
export const STATS_FORMAT = 5;

export type ComparisonViews = Record<ComparisonViewKey, ComparisonViewRow>;
export type StoredGuide = { version: number; stats: GuideStats; comparison: ComparisonViews; computedAt: Date };

type StoredStatsJson = Omit<GuideStats, "incidentMonths"> & { incidentMonths: { from: string; to: string } | null };
type StoredJson = { format: number; stats: StoredStatsJson };

function isStoredFormat(json: unknown): json is { format: number } {
  return typeof json === "object" && json !== null && !Array.isArray(json) && (json as { format?: unknown }).format === STATS_FORMAT;
}

// JSON.parse(JSON.stringify(...)) gives a plain JSON value (no undefined, no class instances).
function plainJson(value: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

export function statsToJson(stats: GuideStats): Record<string, unknown> {
  const stored: StoredJson = {
    format: STATS_FORMAT,
    stats: {
      ...stats,
      incidentMonths: stats.incidentMonths && { from: stats.incidentMonths.from.toISOString(), to: stats.incidentMonths.to.toISOString() },
    },
  };
  return plainJson(stored);
}

export function comparisonToJson(views: ComparisonViews): Record<string, unknown> {
  return plainJson({ format: STATS_FORMAT, views });
}

/** The stored comparison views, or null when written in another format (then recompute). */
export function comparisonFromJson(json: unknown): ComparisonViews | null {
  if (!isStoredFormat(json)) return null;
  // Written by comparisonToJson with the same STATS_FORMAT, so the shape is known.
  return (json as unknown as { views: ComparisonViews }).views;
}

/** The stored statistics, or null when they were written in another format (then recompute). */
export function statsFromJson(json: unknown): GuideStats | null {
  if (!isStoredFormat(json)) return null;
  // Written by statsToJson with the same STATS_FORMAT, so the shape is known.
  const { stats } = json as unknown as StoredJson;
  return {
    ...stats,
    incidentMonths: stats.incidentMonths && { from: new Date(stats.incidentMonths.from), to: new Date(stats.incidentMonths.to) },
  };
}

/** A stored row as a StoredGuide, or null when there is none or it was written in an older format. */
export function storedGuideOf(row: { version: number; stats: unknown; comparison: unknown; computedAt: Date } | null): StoredGuide | null {
  const stats = row ? statsFromJson(row.stats) : null;
  const comparison = row ? comparisonFromJson(row.comparison) : null;
  return row && stats && comparison ? { version: row.version, stats, comparison, computedAt: row.computedAt } : null;
}
