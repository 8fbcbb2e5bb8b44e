// Weighted shares are sums of floating-point weights, and the same sum reached in another order
// (a full recomputation, or the incremental aggregates adding and removing one report at a time)
// can differ in its last bits. Orders compare such sums as equal when they agree to this relative
// precision, so a last-bit difference never reorders a guide's list.
const RELATIVE_TOLERANCE = 1e-9;

/** Descending order of two weights, 0 when they agree to RELATIVE_TOLERANCE. */
export function byWeightDescending(a: number, b: number): number {
  if (Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b))) return 0;
  return b - a;
}

export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
