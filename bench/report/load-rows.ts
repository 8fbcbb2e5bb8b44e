import { formatCount, formatMs, formatRatio } from "../lib/format";
import type { MixedLoadResult, ReadFigures } from "../mixed/mixed-load";
import type { StatsLagResult } from "../writes/stats-lag";
import type { Row, Verdict } from "./checks";
import type { SizeRun } from "./results";

// Rows for the figures under writes (issue 13): the statistics counting a new report, and the
// mixed load (readers beside 20 writes a second). Targets: statistics within 1 s at p99; readers
// under writes at least half as fast as alone; write-to-visible under that load within 1 s at p99.

const STATS_LAG_TARGET_MS = 1000;
const MIXED_READ_TARGET_RATIO = 0.5;
const MIXED_VISIBLE_TARGET_MS = 1000;

const sizeLabel = (run: SizeRun) => `${formatCount(run.reports)} reports`;

function p99Verdict(summary: { n: number; p99: number | null }, timedOut: number, targetMs: number): Verdict {
  return timedOut === 0 && summary.n > 0 && (summary.p99 ?? Infinity) <= targetMs ? "PASS" : "MISS";
}

export function statsLagRows(run: SizeRun, lag: StatsLagResult): Row[] {
  const figure = `statistics include a write, ${sizeLabel(run)}, largest exchange (${lag.exchange})`;
  const notes = [
    "from the commit of a new report until GET /api/v1/exchanges/<slug>/guide counts it (n), asked at once, at each live event and every second",
    `${lag.n} writes counted`,
    lag.timedOut > 0 ? `${lag.timedOut} not counted within the time limit` : "",
    lag.note ?? "",
  ];
  return [
    { figure: `${figure}: p50`, size: sizeLabel(run), measured: `${formatMs(lag.p50)} ms`, ratio: "", target: "", verdict: "", note: "" },
    {
      figure: `${figure}: p99`,
      size: sizeLabel(run),
      measured: lag.timedOut > 0 ? `> ${formatMs(lag.max)} ms` : `${formatMs(lag.p99)} ms`,
      ratio: lag.p99 === null ? "" : formatRatio(lag.p99 / STATS_LAG_TARGET_MS),
      target: `<= ${STATS_LAG_TARGET_MS} ms`,
      verdict: p99Verdict(lag, lag.timedOut, STATS_LAG_TARGET_MS),
      note: notes.filter(Boolean).join("; "),
    },
  ];
}

const describeReads = (reads: ReadFigures) =>
  `${reads.requestsPerSecond.toFixed(0)} req/s, p99 ${formatMs(reads.p99)} ms${reads.non2xx + reads.errors + reads.timeouts > 0 ? `, ${reads.non2xx} non-2xx, ${reads.errors} errors, ${reads.timeouts} timeouts` : ""}`;

export function mixedLoadRows(run: SizeRun, mixed: MixedLoadResult | { skipped: string }): Row[] {
  const size = sizeLabel(run);
  if ("skipped" in mixed) {
    return [{ figure: "mixed load: reads under writes", size, measured: "–", ratio: "", target: `>= ${MIXED_READ_TARGET_RATIO}x read-only`, verdict: "MISS", note: `not measured: ${mixed.skipped}` }];
  }
  const { readOnly, underWrites, writes } = mixed;
  const figure = `mixed load (${writes.writesPerSecond} writes/s)`;
  const readRatio = readOnly.requestsPerSecond > 0 ? underWrites.requestsPerSecond / readOnly.requestsPerSecond : null;
  const readsFailed = underWrites.non2xx + underWrites.errors + underWrites.timeouts > 0;
  const writesNote = [
    `${formatCount(writes.committed)} of ${formatCount(writes.attempted)} writes committed (${writes.achievedPerSecond.toFixed(1)}/s, reports and votes alternately, ${writes.exchanges} exchanges)`,
    writes.held > 0 ? `${writes.held} held for review` : "",
    writes.failed > 0 ? `${writes.failed} failed (${writes.firstError ?? "?"})` : "",
    `write call p50 ${formatMs(writes.write.p50)} ms, p99 ${formatMs(writes.write.p99)} ms`,
  ];
  return [
    {
      figure: `${figure}: read throughput, under writes vs read-only`,
      size,
      measured: `${underWrites.requestsPerSecond.toFixed(0)} vs ${readOnly.requestsPerSecond.toFixed(0)} req/s`,
      ratio: formatRatio(readRatio),
      target: `>= ${MIXED_READ_TARGET_RATIO}x read-only`,
      verdict: readRatio !== null && readRatio >= MIXED_READ_TARGET_RATIO && !readsFailed && writes.failed === 0 ? "PASS" : "MISS",
      note: `anonymous readers cycling ${mixed.paths.join(", ")}; read-only ${describeReads(readOnly)}; under writes ${describeReads(underWrites)}; ${writesNote.filter(Boolean).join("; ")}`,
    },
    {
      figure: `${figure}: write-to-visible, event on the stream: p99`,
      size,
      measured: writes.event.timedOut > 0 ? `> ${formatMs(writes.event.max)} ms` : `${formatMs(writes.event.p99)} ms`,
      ratio: "",
      target: "",
      verdict: "",
      note: `p50 ${formatMs(writes.event.p50)} ms; ${writes.event.n} writes seen${writes.event.timedOut > 0 ? `, ${writes.event.timedOut} not within 10 s` : ""}; from commit to the event on the exchange's held GET /api/live stream`,
    },
    {
      figure: `${figure}: write-to-visible, guide page shows it: p99`,
      size,
      measured: writes.page.timedOut > 0 ? `> ${formatMs(writes.page.max)} ms` : `${formatMs(writes.page.p99)} ms`,
      ratio: writes.page.p99 === null ? "" : formatRatio(writes.page.p99 / MIXED_VISIBLE_TARGET_MS),
      target: `<= ${MIXED_VISIBLE_TARGET_MS} ms`,
      verdict: p99Verdict(writes.page, writes.page.timedOut, MIXED_VISIBLE_TARGET_MS),
      note: `p50 ${formatMs(writes.page.p50)} ms; ${writes.page.n} writes seen${writes.page.timedOut > 0 ? `, ${writes.page.timedOut} not within 10 s` : ""}; from commit until a reader with the guide open (one per guide the readers request) got the page carrying the write (writes to other exchanges: event only)`,
    },
  ];
}
