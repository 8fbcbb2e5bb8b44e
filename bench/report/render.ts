import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatCount, formatSeconds } from "../lib/format";
import { buildRows, type Row } from "./checks";
import type { BenchResults } from "./results";

// One table for the terminal, the same as Markdown for the README, and the raw results as JSON.

const COLUMNS: { key: keyof Row; title: string }[] = [
  { key: "figure", title: "Figure" },
  { key: "size", title: "Data set" },
  { key: "measured", title: "Measured" },
  { key: "ratio", title: "Ratio" },
  { key: "target", title: "Target" },
  { key: "verdict", title: "Result" },
  { key: "note", title: "Note" },
];

export function renderText(rows: readonly Row[]): string {
  const widths = COLUMNS.map((column) => Math.min(column.key === "note" ? 90 : 70, Math.max(column.title.length, ...rows.map((row) => row[column.key].length))));
  const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join("  ").trimEnd();
  return [line(COLUMNS.map((column) => column.title)), line(widths.map((width) => "-".repeat(width))), ...rows.map((row) => line(COLUMNS.map((column) => row[column.key])))].join("\n");
}

const escapeCell = (text: string) => text.replaceAll("|", "\\|");

export function renderMarkdown(results: BenchResults, rows: readonly Row[]): string {
  const sizes = results.sizes
    .map((run) => {
      const load = run.load ? `loaded in ${formatSeconds(run.load.seconds.total)}` : "reused (--skip-load)";
      return (
        `${formatCount(run.facts.reports)} reports, ${formatCount(run.facts.votes)} votes, ${formatCount(run.facts.users)} users, ${run.facts.exchanges} exchanges (${load}); ` +
        `guide: \`${run.guidePath}\` (${formatCount(run.facts.top.publishedReports)} published reports); load average ${run.loadAverage.toFixed(1)} when measuring`
      );
    })
    .join("; ");
  const { machine, settings } = results;
  return [
    `Measured ${results.startedAt.slice(0, 10)} by \`npm run bench\` on ${machine.cpus} cores, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.postgres}; ` +
      `autocannon ${settings.connections} connections, ${settings.durationSeconds} s per page after ${settings.warmupSeconds} s warm-up. ${sizes}.`,
    "",
    `| ${COLUMNS.map((column) => column.title).join(" | ")} |`,
    `| ${COLUMNS.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${COLUMNS.map((column) => escapeCell(row[column.key])).join(" | ")} |`),
    "",
  ].join("\n");
}

export function writeReports(folder: string, results: BenchResults): { rows: Row[]; files: string[] } {
  mkdirSync(folder, { recursive: true });
  const rows = buildRows(results);
  const stamp = results.startedAt.replaceAll(":", "-").replace(/\.\d+Z$/, "Z");
  const json = join(folder, `bench-${stamp}.json`);
  const markdown = join(folder, `bench-${stamp}.md`);
  writeFileSync(json, `${JSON.stringify({ ...results, rows }, null, 2)}\n`);
  writeFileSync(markdown, renderMarkdown(results, rows));
  // The latest run under fixed names, for a quick look or a paste into the README.
  writeFileSync(join(folder, "latest.json"), `${JSON.stringify({ ...results, rows }, null, 2)}\n`);
  writeFileSync(join(folder, "latest.md"), renderMarkdown(results, rows));
  return { rows, files: [json, markdown] };
}
