// Durations are fractional days (whole hours) when events carry a time of day; medians and
// quartiles of them are too (11.042 days). People read "11 days" or "2.5 days", so figures are rounded for display:
// to a tenth under ten days, where a few hours matter, and to whole days from ten on.

/** A duration in days rounded as the guide and comparison show it. */
export function roundDaysForDisplay(days: number): number {
  if (days < 10) return Math.round(days * 10) / 10;
  return Math.round(days);
}

/** How much of the final resolved share a resolution chart must show: the rest is a long, flat tail. */
const CURVE_SHARE_SHOWN = 0.99;

/**
 * The day a resolution chart's x-axis ends: where the curve reaches CURVE_SHARE_SHOWN of the share
 * it ends at, at least `minDays`. Cases still open after years keep the Kaplan-Meier curve going
 * long after its last rise; drawn to the end, the first weeks, which matter to someone waiting,
 * shrank to a few pixels. `cut` says the curve goes on past `endDay`, up to `lastDay`. `median`,
 * marked on the chart, is always inside.
 */
export function resolutionChartExtent(
  curve: readonly { time: number; survival: number }[],
  { minDays = 7, median = null }: { minDays?: number; median?: number | null } = {},
): { endDay: number; lastDay: number; cut: boolean } {
  const lastDay = curve[curve.length - 1]?.time ?? 0;
  const finalShare = 1 - (curve[curve.length - 1]?.survival ?? 1);
  const reached = curve.find((point) => 1 - point.survival >= CURVE_SHARE_SHOWN * finalShare && finalShare > 0);
  const endDay = Math.max(minDays, median ?? 0, Math.min(lastDay, reached ? reached.time : lastDay));
  return { endDay, lastDay, cut: lastDay > endDay };
}
