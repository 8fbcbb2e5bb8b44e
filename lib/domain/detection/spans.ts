// Findings of several kinds over one text: keeping the ones that do not overlap, and asking
// whether a finding overlaps any of a set of spans (a link, say).

import type { TextSpan } from "./text/offset-text";

export type KindSpan<K extends string> = TextSpan & { kind: K };

/** Keeps a non-overlapping subset, preferring longer spans, then `priority` order. */
export function pickNonOverlapping<K extends string>(spans: readonly KindSpan<K>[], priority: readonly K[]): KindSpan<K>[] {
  const ranked = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || priority.indexOf(a.kind) - priority.indexOf(b.kind) || a.start - b.start,
  );
  // Each pattern's matches do not overlap one another, so marking covered offsets costs about the
  // text length per pattern, where comparing every pair would be quadratic in the findings.
  const covered = new Uint8Array(ranked.reduce((end, span) => Math.max(end, span.end), 0));
  const chosen: KindSpan<K>[] = [];
  for (const span of ranked) {
    if (covered.subarray(span.start, span.end).includes(1)) continue;
    covered.fill(1, span.start, span.end);
    chosen.push(span);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * A test for "does this span overlap any of `spans`", answered in constant time from a prefix
 * count of covered offsets, so filtering many findings against many links stays linear.
 */
export function overlapsAnyOf(spans: readonly TextSpan[], textLength: number): (span: TextSpan) => boolean {
  const coveredBefore = new Int32Array(textLength + 1);
  const marks = new Int32Array(textLength + 1);
  for (const span of spans) {
    const start = Math.min(span.start, textLength);
    const end = Math.min(span.end, textLength);
    marks[start] = (marks[start] ?? 0) + 1;
    marks[end] = (marks[end] ?? 0) - 1;
  }
  let depth = 0;
  for (let index = 0; index < textLength; index += 1) {
    depth += marks[index] ?? 0;
    coveredBefore[index + 1] = (coveredBefore[index] ?? 0) + (depth > 0 ? 1 : 0);
  }
  return (span) => (coveredBefore[span.end] ?? 0) - (coveredBefore[span.start] ?? 0) > 0;
}
