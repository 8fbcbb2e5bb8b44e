import { parseArgs } from "node:util";

export type BenchOptions = {
  /** Data-set sizes in reports, smallest first. */
  sizes: number[];
  skipLoad: boolean;
  keep: boolean;
  seed: number;
  exchanges: number;
  votesPerReport: number;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  slowMs: number;
  writeCalls: number;
  visibilityWrites: number;
  comparePath: string;
  /** "mixed": only the mixed-load rows (build, load or reuse, server, then the mixed load). */
  only: "all" | "mixed";
};

export const USAGE = `Usage: npm run bench -- [options]

  --reports N[,N]      data-set sizes in reports (repeatable; default 10000,1000000)
  --scale N            same as --reports
  --skip-load          reuse the databases ra_bench_r<N> kept by an earlier --keep run
  --keep               keep the bench databases (default: drop the ones this run created)
  --seed N             generator seed (default 42)
  --exchanges N        exchanges in all, the 33 of the catalogue included (default 100)
  --votes-per-report N votes per report on average (default 3)
  --connections N      autocannon connections (default 10)
  --warmup S           seconds of warm-up per page, not measured (default 5)
  --duration S         seconds measured per page (default 15)
  --slow-ms MS         a page whose single request takes longer is not load-tested (default 2000)
  --write-calls N      timed createReport and castVote calls each (default 200)
  --visibility-writes N  writes of each kind for write-to-visible (default 50)
  --compare-path PATH  the comparison page (default /en/compare)
  --only mixed         measure only the mixed load (pages, writes and page bytes are skipped)
  --help`;

function positiveInteger(name: string, value: string | undefined, fallback: number, { allowZero = false } = {}): number {
  if (value === undefined) return fallback;
  const number = Number(value.replaceAll("_", ""));
  if (!Number.isInteger(number) || number < (allowZero ? 0 : 1)) throw new Error(`--${name} must be a ${allowZero ? "non-negative" : "positive"} integer, not ${JSON.stringify(value)}`);
  return number;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions | "help" {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      reports: { type: "string", multiple: true },
      scale: { type: "string", multiple: true },
      "skip-load": { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      seed: { type: "string" },
      exchanges: { type: "string" },
      "votes-per-report": { type: "string" },
      connections: { type: "string" },
      warmup: { type: "string" },
      duration: { type: "string" },
      "slow-ms": { type: "string" },
      "write-calls": { type: "string" },
      "visibility-writes": { type: "string" },
      "compare-path": { type: "string" },
      only: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return "help";
  const sizeArgs = [...(values.reports ?? []), ...(values.scale ?? [])].flatMap((value) => value.split(","));
  const sizes = sizeArgs.length === 0 ? [10_000, 1_000_000] : sizeArgs.map((value) => positiveInteger("reports", value, 0));
  const comparePath = values["compare-path"] ?? "/en/compare";
  if (!comparePath.startsWith("/")) throw new Error("--compare-path must start with /");
  const only = values.only ?? "all";
  if (only !== "all" && only !== "mixed") throw new Error(`--only takes "mixed", not ${JSON.stringify(only)}`);
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    skipLoad: values["skip-load"],
    keep: values.keep,
    seed: positiveInteger("seed", values.seed, 42, { allowZero: true }),
    exchanges: positiveInteger("exchanges", values.exchanges, 100),
    votesPerReport: positiveInteger("votes-per-report", values["votes-per-report"], 3, { allowZero: true }),
    connections: positiveInteger("connections", values.connections, 10),
    warmupSeconds: positiveInteger("warmup", values.warmup, 5, { allowZero: true }),
    durationSeconds: positiveInteger("duration", values.duration, 15),
    slowMs: positiveInteger("slow-ms", values["slow-ms"], 2000),
    writeCalls: positiveInteger("write-calls", values["write-calls"], 200),
    visibilityWrites: positiveInteger("visibility-writes", values["visibility-writes"], 50, { allowZero: true }),
    comparePath,
    only,
  };
}
