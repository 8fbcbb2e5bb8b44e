import { describe, expect, it } from "vitest";
import type { MixedLoadResult, ReadFigures } from "../../bench/mixed/mixed-load";
import { mixedLoadRows, statsLagRows } from "../../bench/report/load-rows";
import type { SizeRun } from "../../bench/report/results";
import { summarize } from "../../bench/lib/stats";
import type { StatsLagResult } from "../../bench/writes/stats-lag";

// The verdicts of the rows under writes: what PASS and MISS mean for each target.

const run = { reports: 10_000 } as SizeRun;

function lag(samples: number[], timedOut = 0): StatsLagResult {
  return { exchange: "binance", ...summarize(samples), samples, timedOut, settleMs: 0, note: null };
}

function reads(requestsPerSecond: number, failures = 0): ReadFigures {
  return { requestsPerSecond, p50: 5, p99: 20, requests: requestsPerSecond * 15, non2xx: failures, errors: 0, timeouts: 0 };
}

function mixed(readOnly: number, underWrites: number, pageSamples: number[], pageTimedOut = 0): MixedLoadResult {
  const summary = summarize(pageSamples);
  return {
    paths: ["/en", "/en/compare", "/en/exchanges/binance"],
    readOnly: reads(readOnly),
    underWrites: reads(underWrites),
    writes: {
      kind: "mixed",
      writesPerSecond: 20,
      attempted: 340,
      committed: 340,
      held: 0,
      failed: 0,
      firstError: null,
      achievedPerSecond: 20,
      exchanges: 60,
      write: summarize([20, 30]),
      event: { ...summarize([10, 40]), timedOut: 0 },
      page: { ...summary, timedOut: pageTimedOut },
    },
  };
}

const verdicts = (rows: { target: string; verdict: string }[]) => rows.filter((row) => row.target !== "").map((row) => row.verdict);

describe("the statistics row", () => {
  it("passes when every write was counted within a second at p99", () => {
    expect(verdicts(statsLagRows(run, lag([300, 500, 900])))).toEqual(["PASS"]);
  });

  it("misses when the p99 is over a second, a write was never counted, or nothing was measured", () => {
    expect(verdicts(statsLagRows(run, lag([300, 1200])))).toEqual(["MISS"]);
    expect(verdicts(statsLagRows(run, lag([300], 1)))).toEqual(["MISS"]);
    expect(verdicts(statsLagRows(run, lag([])))).toEqual(["MISS"]);
    expect(statsLagRows(run, lag([300], 1))[1]?.measured).toBe("> 300 ms");
  });
});

describe("the mixed load rows", () => {
  it("compare reads under writes with reads alone, and the page's p99 with one second", () => {
    const rows = mixedLoadRows(run, mixed(1000, 600, [100, 400]));
    expect(rows[0]?.ratio).toBe("0.60x");
    expect(verdicts(rows)).toEqual(["PASS", "PASS"]);
  });

  it("miss below half the read-only throughput, over a second, or with pages never shown", () => {
    expect(verdicts(mixedLoadRows(run, mixed(1000, 400, [100])))).toEqual(["MISS", "PASS"]);
    expect(verdicts(mixedLoadRows(run, mixed(1000, 900, [100, 1500])))).toEqual(["PASS", "MISS"]);
    expect(verdicts(mixedLoadRows(run, mixed(1000, 900, [100], 2)))).toEqual(["PASS", "MISS"]);
  });

  it("miss when the load could not be measured", () => {
    expect(verdicts(mixedLoadRows(run, { skipped: "the guide page did not answer" }))).toEqual(["MISS"]);
  });
});
