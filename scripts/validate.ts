import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

// `npm test`: lint, typecheck, unit, integration and end-to-end tests, in that order, every
// stage run even when an earlier one fails, then one summary. With DATABASE_URL the database
// stages use that (local) server; without it, embedded PostgreSQL.

type Counts = { passed: number; failed: number; skipped: number };
type Stage = { name: string; ok: boolean; seconds: number; counts?: Counts };

const stages: Stage[] = [];
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(name: string, command: string, args: string[], readCounts?: () => Counts): void {
  console.log(`\n━━ ${name} ━━ ${[command, ...args].join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const stage: Stage = { name, ok: result.status === 0, seconds: Math.round((Date.now() - started) / 1000) };
  try {
    if (readCounts) stage.counts = readCounts();
  } catch {
    stage.ok = false;
  }
  stages.push(stage);
}

function vitestCounts(file: string): () => Counts {
  return () => {
    const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
    return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
  };
}

function e2eCounts(): Counts {
  const report = JSON.parse(readFileSync("test-results/e2e.json", "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  const lifecycle = JSON.parse(readFileSync("test-results/e2e-lifecycle.json", "utf8")) as { passed: number; failed: number };
  return {
    passed: report.stats.expected + lifecycle.passed,
    failed: report.stats.unexpected + report.stats.flaky + lifecycle.failed,
    skipped: report.stats.skipped,
  };
}

function ensureChromium(): void {
  if (existsSync(chromium)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Debian chromium is missing: installing it (apt-get install -y chromium)…");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  }
  if (!existsSync(chromium)) {
    console.error(`End-to-end tests need Chromium at ${chromium}: run \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  }
}

rmSync("test-results", { recursive: true, force: true });
mkdirSync("test-results", { recursive: true });
const tsx = ["--import", "tsx"];
const bin = (path: string) => `node_modules/${path}`;

run("lint", process.execPath, [bin("eslint/bin/eslint.js"), "--max-warnings=0", "."]);
run("typecheck", process.execPath, [bin("typescript/bin/tsc"), "--noEmit"]);
for (const project of ["unit", "integration"] as const) {
  const output = `test-results/${project}.json`;
  run(project, process.execPath, [bin("vitest/vitest.mjs"), "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`], vitestCounts(output));
}
ensureChromium();
run("e2e", process.execPath, [...tsx, "tests/e2e/run.ts"], e2eCounts);

const total = stages.reduce<Counts>(
  (sum, stage) => ({
    passed: sum.passed + (stage.counts?.passed ?? 0),
    failed: sum.failed + (stage.counts?.failed ?? 0),
    skipped: sum.skipped + (stage.counts?.skipped ?? 0),
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
const database = process.env.DATABASE_URL ? `PostgreSQL ${new URL(process.env.DATABASE_URL).host}` : "embedded PostgreSQL";
console.log(`\n━━ summary (${database}) ━━`);
for (const stage of stages) {
  const counts = stage.counts ? `  ${stage.counts.passed} passed, ${stage.counts.failed} failed, ${stage.counts.skipped} skipped` : "";
  console.log(`${stage.ok ? "✓" : "✘"} ${stage.name.padEnd(12)} ${String(stage.seconds).padStart(4)} s${counts}`);
}
// A stage can fail without a failing test (a lint error, a crash): it still counts as a failure.
const stagesFailingWithoutTests = stages.filter((stage) => !stage.ok && (stage.counts?.failed ?? 0) === 0).length;
console.log(`validate: ${total.passed} passed, ${total.failed + stagesFailingWithoutTests} failed, ${total.skipped} skipped`);
process.exit(stages.every((stage) => stage.ok) ? 0 : 1);
