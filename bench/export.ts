// npm run bench:export -- [--reports 100000] [--formats csv,jsonl] [--keep] [--skip-load]
// Time and peak memory of the bulk exports (/api/v1/exports/reports.csv and .jsonl) on a generated
// data set: loads ra_bench_export_r<N> with the benchmark's generator (bench/data), then runs each
// export in a fresh process (bench/export/worker.ts) and prints the figures.
import { fork } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { dropDatabase, resolveServerUrl } from "./data/database";
import { openGeneratedDatabase } from "./data/open-database";
import type { ExportFigures } from "./export/worker";
import { formatCount, formatSeconds } from "./lib/format";

const root = process.cwd();
const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const reports = Number(option("--reports") ?? 100_000);
if (!Number.isInteger(reports) || reports < 1) throw new Error("--reports must be a positive whole number");
const formats = (option("--formats") ?? "csv,jsonl").split(",").filter((format): format is "csv" | "jsonl" => format === "csv" || format === "jsonl");
const keep = args.includes("--keep");
const skipLoad = args.includes("--skip-load");
const log = (line: string) => console.log(line);

function runExport(url: string, format: "csv" | "jsonl"): Promise<ExportFigures> {
  const child = fork(join(root, "bench", "export", "worker.ts"), [format], {
    cwd: root,
    execArgv: ["--conditions=react-server", "--import", "tsx"],
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("message", (message) => resolve(message as ExportFigures));
    child.once("exit", (code) => reject(new Error(`export worker exited with code ${code}`)));
  });
}

const serverUrl = resolveServerUrl(process.env.DATABASE_URL);
const name = `ra_bench_export_r${reports}`;
const started = performance.now();
const url = await openGeneratedDatabase({ serverUrl, name, reports, votes: reports, skipLoad, log });

const results: ExportFigures[] = [];
try {
  for (const format of formats) {
    log(`  exporting ${format} …`);
    const figures = await runExport(url, format);
    results.push(figures);
    log(`  ${format}: ${format === "jsonl" ? `${formatCount(figures.rows)} rows, ` : ""}${(figures.bytes / 1024 / 1024).toFixed(0)} MB in ${formatSeconds(figures.seconds)}, peak RSS ${figures.peakRssMb} MB`);
  }
} finally {
  if (!keep) await dropDatabase(serverUrl, name);
}

log(`\nMeasured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}; ${formatCount(reports)} generated reports.\n`);
log("| Export | Reports | Rows | Size | Time | Rows/s | Peak RSS | RSS before | Peak heap |");
log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
// A CSV row may hold line breaks (the timeline), so the JSON Lines export counts the rows for both.
const published = results.find((figures) => figures.format === "jsonl")?.rows ?? 0;
// Without a JSON Lines run there is no count: say so rather than print 0 rows.
const notCounted = "n/a (run with jsonl)";
for (const figures of results) {
  const rows = published > 0 ? formatCount(published) : notCounted;
  const rate = published > 0 ? formatCount(Math.round(published / figures.seconds)) : notCounted;
  log(
    `| ${figures.format} | ${formatCount(reports)} | ${rows} | ${(figures.bytes / 1024 / 1024).toFixed(0)} MB | ${formatSeconds(figures.seconds)} | ${rate} | ${figures.peakRssMb} MB | ${figures.baselineRssMb} MB | ${figures.peakHeapMb} MB |`,
  );
}
log(`\nTotal ${formatSeconds((performance.now() - started) / 1000)}.`);
