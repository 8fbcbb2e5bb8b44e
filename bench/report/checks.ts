import { formatCount, formatMs, formatRatio } from "../lib/format";
import type { HttpResult } from "../http/measure";
import type { Summary } from "../lib/stats";
import type { VisibilityResult } from "../writes/protocol";
import { mixedLoadRows, statsLagRows } from "./load-rows";
import type { BenchResults, SizeRun } from "./results";
import { lighterPagesRows } from "./lighter-pages-rows";

// Turns measurements into table rows, each figure beside its target from the guides issue:
// guide throughput >= 0.9x the prerendered page, guide p99 <= 2x the prerendered p99, guide
// latency at the largest size within 1.2x of the smallest, write-to-visible p99 <= 1 s; the rows
// under writes (statistics, mixed load) are in load-rows.ts.

export type Verdict = "PASS" | "MISS" | "n/a" | "";

export type Row = {
  figure: string;
  size: string;
  measured: string;
  ratio: string;
  target: string;
  verdict: Verdict;
  note: string;
};

const sizeLabel = (run: SizeRun) => `${formatCount(run.reports)} reports`;
const byKey = (run: SizeRun, key: string) => run.http.find((result) => result.key === key);

function httpRows(run: SizeRun): Row[] {
  const baseline = byKey(run, "prerendered");
  const rows: Row[] = [];
  for (const result of run.http) {
    const isBaseline = result.key === "prerendered";
    const hasTargets = result.key === "guide" || result.key === "compare";
    const rpsRatio = ratio(result.requestsPerSecond, baseline?.requestsPerSecond);
    const p50Ratio = ratio(result.p50, baseline?.p50);
    const p99Ratio = ratio(result.p99, baseline?.p99);
    const note = [result.note, errorsNote(result)].filter(Boolean).join("; ");
    const verdictFor = (passes: boolean | null): Verdict => {
      if (!hasTargets) return "";
      if (result.outcome === "unavailable") return "n/a";
      if (result.outcome !== "measured") return "MISS";
      return passes === null ? "n/a" : passes ? "PASS" : "MISS";
    };
    rows.push({
      figure: `${result.label}: throughput`,
      size: sizeLabel(run),
      measured: result.requestsPerSecond === null ? "–" : `${result.requestsPerSecond.toFixed(0)} req/s`,
      ratio: isBaseline ? "1.00x" : formatRatio(rpsRatio),
      target: hasTargets ? ">= 0.9x prerendered" : "",
      verdict: verdictFor(rpsRatio === null ? null : rpsRatio >= 0.9),
      note,
    });
    rows.push({
      figure: `${result.label}: latency p50`,
      size: sizeLabel(run),
      measured: `${formatMs(result.p50)} ms`,
      ratio: isBaseline ? "1.00x" : formatRatio(p50Ratio),
      target: "",
      verdict: "",
      note: "",
    });
    rows.push({
      figure: `${result.label}: latency p99`,
      size: sizeLabel(run),
      measured: `${formatMs(result.p99)} ms`,
      ratio: isBaseline ? "1.00x" : formatRatio(p99Ratio),
      target: hasTargets ? "<= 2x prerendered p99" : "",
      verdict: verdictFor(p99Ratio === null ? null : p99Ratio <= 2),
      note: "",
    });
  }
  return rows;
}

function errorsNote(result: HttpResult): string {
  const problems = [
    result.non2xx > 0 ? `${formatCount(result.non2xx)} non-2xx` : "",
    result.errors > 0 ? `${formatCount(result.errors)} errors` : "",
    result.timeouts > 0 ? `${formatCount(result.timeouts)} timeouts` : "",
  ].filter(Boolean);
  return problems.length > 0 ? `${problems.join(", ")} of ${formatCount(result.requests)} requests` : "";
}

function ratio(value: number | null | undefined, base: number | null | undefined): number | null {
  return value === null || value === undefined || base === null || base === undefined || base === 0 ? null : value / base;
}

function scalingRows(runs: readonly SizeRun[]): Row[] {
  if (runs.length < 2) return [];
  const sorted = [...runs].sort((a, b) => a.reports - b.reports);
  const small = sorted[0];
  const large = sorted[sorted.length - 1];
  if (!small || !large) return [];
  const smallGuide = byKey(small, "guide");
  const largeGuide = byKey(large, "guide");
  const rows: Row[] = [];
  for (const [label, pick] of [
    ["p50", (result: HttpResult) => result.p50],
    ["p99", (result: HttpResult) => result.p99],
  ] as const) {
    const smallValue = smallGuide ? pick(smallGuide) : null;
    const largeValue = largeGuide ? pick(largeGuide) : null;
    const growth = ratio(largeValue, smallValue);
    rows.push({
      figure: `guide latency ${label}, ${formatCount(large.reports)} vs ${formatCount(small.reports)} reports`,
      size: "both",
      measured: `${formatMs(largeValue)} ms vs ${formatMs(smallValue)} ms`,
      ratio: formatRatio(growth),
      target: "<= 1.2x",
      verdict: growth !== null ? (growth <= 1.2 ? "PASS" : "MISS") : largeGuide && largeGuide.outcome !== "unavailable" ? "MISS" : "n/a",
      note: scalingNote(smallGuide, largeGuide),
    });
  }
  return rows;
}

function scalingNote(small: HttpResult | undefined, large: HttpResult | undefined): string {
  const describe = (result: HttpResult | undefined, size: string) =>
    !result || result.outcome === "measured" ? "" : result.outcome === "too-slow" && result.single ? `${size}: one request alone (too slow to load-test)` : `${size}: ${result.outcome}`;
  return [describe(small, "small"), describe(large, "large")].filter(Boolean).join("; ");
}

function summaryRow(figure: string, run: SizeRun, summary: Summary & { note: string | null }): Row[] {
  return [
    { figure: `${figure}: p50`, size: sizeLabel(run), measured: `${formatMs(summary.p50)} ms`, ratio: "", target: "", verdict: "", note: `${summary.n} calls` },
    { figure: `${figure}: p99`, size: sizeLabel(run), measured: `${formatMs(summary.p99)} ms`, ratio: "", target: "", verdict: "", note: summary.note ?? "" },
  ];
}

function visibilityRows(run: SizeRun, result: VisibilityResult): Row[] {
  const stageLabel = { event: "event reached the held stream", page: "guide page shows it" } as const;
  const figure = `write-to-visible after a ${result.write}, ${stageLabel[result.stage]}`;
  const hasTarget = result.stage === "page";
  const attempted = result.summary.n + result.timedOut;
  const passes = result.timedOut === 0 && result.summary.n > 0 && (result.summary.p99 ?? Infinity) <= 1000;
  const verdict: Verdict = !hasTarget ? "" : attempted === 0 ? "MISS" : passes ? "PASS" : "MISS";
  const notes = [result.probe, `${result.summary.n} writes seen`, result.timedOut > 0 ? `${result.timedOut} not seen within the time limit` : "", result.note ?? ""];
  return [
    { figure: `${figure}: p50`, size: sizeLabel(run), measured: `${formatMs(result.summary.p50)} ms`, ratio: "", target: "", verdict: "", note: "" },
    {
      figure: `${figure}: p99`,
      size: sizeLabel(run),
      measured: result.timedOut > 0 ? `> ${formatMs(result.summary.max)} ms` : `${formatMs(result.summary.p99)} ms`,
      ratio: "",
      target: hasTarget ? "<= 1000 ms" : "",
      verdict,
      note: notes.filter(Boolean).join("; "),
    },
  ];
}

export function buildRows(results: BenchResults): Row[] {
  const rows: Row[] = [];
  for (const run of results.sizes) rows.push(...httpRows(run), ...lighterPagesRows(run));
  rows.push(...scalingRows(results.sizes));
  for (const run of results.sizes) {
    if (!run.writes) continue;
    rows.push(...summaryRow("createReport (one report submission)", run, run.writes.createReport));
    rows.push(...summaryRow("castVote (one vote)", run, run.writes.castVote));
    for (const visibility of run.writes.visibility) rows.push(...visibilityRows(run, visibility));
    rows.push(...statsLagRows(run, run.writes.statsLag));
  }
  for (const run of results.sizes) if (run.mixed) rows.push(...mixedLoadRows(run, run.mixed));
  return rows;
}
