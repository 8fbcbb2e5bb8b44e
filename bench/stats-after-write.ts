// npm run bench:stats -- [--reports 1000000] [--writes 30] [--keep] [--skip-load]
// How long until the statistics of the exchange with the most reports include a write (issue
// target: p99 <= 1 s at 1,000,000 reports), beside the full recomputation every write used to need.
// Loads ra_bench_stats_r<N> with the benchmark's generator (bench/data), rebuilds the aggregates as
// after any bulk load, then measures in a process with the server's module conditions (bench/stats/worker.ts).
import { fork } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { refreshAllGuides } from "../lib/data/guides/refresh-all-guides";
import { createScriptPrisma } from "../scripts/db/script-prisma";
import { dropDatabase, resolveServerUrl } from "./data/database";
import { openGeneratedDatabase } from "./data/open-database";
import { formatCount, formatSeconds } from "./lib/format";
import { percentile } from "./lib/stats";
import type { StatsFigures } from "./stats/worker";

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const reports = Number(option("--reports") ?? 1_000_000);
const writes = Number(option("--writes") ?? 30);
if (!Number.isInteger(reports) || reports < 1 || !Number.isInteger(writes) || writes < 1) throw new Error("--reports and --writes must be positive whole numbers");
const keep = args.includes("--keep");
const skipLoad = args.includes("--skip-load");
const log = (line: string) => console.log(line);
const TARGET_SECONDS = 1;

const serverUrl = resolveServerUrl(process.env.DATABASE_URL);
const name = `ra_bench_stats_r${reports}`;
const started = performance.now();
const url = await openGeneratedDatabase({ serverUrl, name, reports, votes: reports * 3, skipLoad, log });
if (!skipLoad) {
  const prisma = createScriptPrisma(url);
  try {
    const rebuilt = await refreshAllGuides(prisma);
    log(`  votes recounted, ${rebuilt.exchanges} aggregates rebuilt and guides stored in ${formatSeconds(rebuilt.seconds)} (the full recomputation, as after any bulk load)`);
  } finally {
    await prisma.$disconnect();
  }
}

let figures: StatsFigures;
try {
  const child = fork(join(process.cwd(), "bench", "stats", "worker.ts"), [], {
    execArgv: ["--conditions=react-server", "--import", "tsx"],
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  figures = await new Promise<StatsFigures>((resolve, reject) => {
    child.once("message", (message) => resolve(message as StatsFigures));
    child.once("exit", (code) => reject(new Error(`stats worker exited with code ${code}`)));
    child.send(writes);
  });
} finally {
  if (!keep) await dropDatabase(serverUrl, name);
}

const p99 = figures.p99 ?? Infinity;
log(`\nMeasured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}; ${formatCount(reports)} generated reports.\n`);
log(`Largest exchange: ${figures.exchange}, ${formatCount(figures.reports)} published reports; its aggregate holds ${formatCount(figures.aggregateKeys)} keys.\n`);
log("| What | Before (full recomputation) | Now (incremental) | Ratio | Target | Result |");
log("| --- | --- | --- | --- | --- | --- |");
log(
  `| statistics include a write, largest exchange, p99 (p50) over ${figures.includeSeconds.length} writes | ${duration(figures.fullRecomputeSeconds)} | ${duration(p99)} (${duration(figures.p50)}) | ${(figures.fullRecomputeSeconds / p99).toFixed(0)}x faster | <= ${TARGET_SECONDS} s | ${p99 <= TARGET_SECONDS ? "PASS" : "MISS"} |`,
);
log(`\nThe write itself (createReport, aggregate moved in its transaction): p50 ${duration(percentile(figures.writeSeconds, 50))}, p99 ${duration(percentile(figures.writeSeconds, 99))}.`);
log(`The refresh after it (rows moved since the last read, guide and views computed and stored): p50 ${duration(percentile(figures.refreshSeconds, 50))}, p99 ${duration(percentile(figures.refreshSeconds, 99))}.`);
log(`Each write to figures that count it, in order (ms): ${figures.includeSeconds.map((seconds) => Math.round(seconds * 1000)).join(" ")}.`);
log(`Total ${formatSeconds((performance.now() - started) / 1000)}.`);

function duration(seconds: number | null): string {
  if (seconds === null) return "n/a";
  return seconds < 10 ? `${Math.round(seconds * 1000)} ms` : formatSeconds(seconds);
}
