// Durations are fractional days when events carry a time of day; medians and quartiles of them
// are too (11.026 days). People read "11 days" or "2.5 days", so figures are rounded for display:
// to a tenth under ten days, where a few hours matter, and to whole days from ten on.

/** A duration in days rounded as the guide and comparison show it. */
export function roundDaysForDisplay(days: number): number {
  if (days < 10) return Math.round(days * 10) / 10;
  return Math.round(days);
}
