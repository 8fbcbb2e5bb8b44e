import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createScriptPrisma } from "../../scripts/db/script-prisma";
import { assertLocalDatabase, withDatabase } from "../setup/database-safety";
import { formatReport, runFuzz } from "../fuzz/fuzz";
import { freePort, startApp } from "./app-process";
import { killNineLeavesNoServer, mailboxOnlyForThisMachine, sigtermFinishesRequestsInFlight, takenPortFailsLoudly, type Check } from "./lifecycle";

// The e2e stage of `npm test`: serves the production build on a database of its own (a new
// database on the DATABASE_URL server, or a new embedded data folder), runs Playwright against
// it, then stops the app with Ctrl-C and starts it again to prove the data stays and nothing is
// seeded twice. Between the two it throws 10,000 hostile requests at the app (tests/fuzz) and
// fails on any 5xx; then it checks the app as a process (tests/e2e/lifecycle.ts): who sees the
// local mailbox, SIGTERM with a request in flight, kill -9, a port that is taken. `--fuzz-only`
// runs the fuzzer alone; `--specs-only` runs Playwright alone (while working on a spec); other
// arguments go to Playwright.
const checks: Check[] = [];
const serverUrl = process.env.DATABASE_URL;
let cleanup = async () => {};

const baseEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(await freePort()) };
delete baseEnv.AUTH_URL;
// Case reminders (tests/e2e/case-reminder.spec.ts) are scanned for every 2 s instead of every minute.
baseEnv.REMINDER_SCAN_SECONDS = "2";

if (serverUrl) {
  assertLocalDatabase(serverUrl);
  const database = `ra_e2e_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  baseEnv.DATABASE_URL = withDatabase(serverUrl, database);
  cleanup = async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.end();
  };
} else {
  const folder = mkdtempSync(join(tmpdir(), "ra-e2e-"));
  baseEnv.EMBEDDED_DB_DIR = join(folder, "pglite");
  cleanup = async () => rmSync(folder, { recursive: true, force: true });
}

// Specs that need data the UI cannot make (a moderator, a held report) write it to the app's own
// database: the server's new database, or the embedded one whose URL the start script prints.
function appDatabaseUrl(output: string): string {
  if (baseEnv.DATABASE_URL) return baseEnv.DATABASE_URL;
  const printed = /^ {2}psql "([^"]+)"$/m.exec(output)?.[1];
  if (!printed) throw new Error("The start script did not print the embedded database's URL");
  return printed;
}

/** A user of its own for the fuzzer, signed in by a session row as Auth.js would write it. */
async function createFuzzSession(databaseUrl: string): Promise<string> {
  const prisma = createScriptPrisma(databaseUrl);
  try {
    const user = await prisma.user.create({ data: { email: `fuzz-${randomUUID()}@example.com`, displayName: "Fuzzer" } });
    const sessionToken = randomUUID();
    await prisma.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 86_400_000) } });
    return `authjs.session-token=${sessionToken}`;
  } finally {
    await prisma.$disconnect();
  }
}

const fuzzOnly = process.argv.includes("--fuzz-only");
const specsOnly = process.argv.includes("--specs-only");
const playwrightArguments = process.argv.slice(2).filter((argument) => argument !== "--fuzz-only" && argument !== "--specs-only");
const FUZZ_REQUESTS = 10_000;

let exitCode = 1;
try {
  const app = await startApp(baseEnv);
  const playwright = fuzzOnly
    ? { status: 0 }
    : spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...playwrightArguments], {
        stdio: "inherit",
        env: { ...process.env, E2E_BASE_URL: app.url, E2E_DATABASE_URL: appDatabaseUrl(app.output()) },
      });
  if (!specsOnly) {
    const fuzz = await runFuzz({ baseUrl: app.url, requests: FUZZ_REQUESTS, sessionCookie: await createFuzzSession(appDatabaseUrl(app.output())) });
    console.log(formatReport(fuzz));
    checks.push({
      name: `${FUZZ_REQUESTS} hostile requests get no 5xx`,
      ok: fuzz.sent >= FUZZ_REQUESTS && fuzz.serverErrors.length === 0 && fuzz.failures.length === 0,
      detail: `${fuzz.sent} sent in ${Math.round(fuzz.durationMs / 1000)} s, ${fuzz.serverErrors.length} 5xx, ${fuzz.failures.length} without an answer`,
    });
  }
  const firstStop = await app.stop();
  checks.push({ name: "Ctrl-C stops the app cleanly", ok: firstStop === 0, detail: `exit code ${firstStop}` });

  if (!fuzzOnly && !specsOnly) {
    const restarted = await startApp(baseEnv);
    const krakenPage = await (await fetch(`${restarted.url}/en/exchanges/kraken`)).text();
    const seedReportsShown = krakenPage.split('id="report-seed-report-kraken"').length - 1;
    checks.push({ name: "a restart keeps the data and does not seed again", ok: restarted.output().includes("Existing data kept") && seedReportsShown === 1, detail: `Kraken seed report shown ${seedReportsShown}x` });
    checks.push(await mailboxOnlyForThisMachine(restarted));
    checks.push(await sigtermFinishesRequestsInFlight(restarted));

    checks.push(await killNineLeavesNoServer(await startApp(baseEnv)));
    checks.push(await takenPortFailsLoudly(baseEnv, await freePort()));
  }

  for (const check of checks) console.log(`${check.ok ? "✓" : "✘"} ${check.name}${check.detail ? ` (${check.detail})` : ""}`);
  exitCode = playwright.status === 0 && checks.every((check) => check.ok) ? 0 : 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  checks.push({ name: "the app starts", ok: false });
} finally {
  await cleanup();
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/e2e-lifecycle.json", JSON.stringify({ passed: checks.filter((c) => c.ok).length, failed: checks.filter((c) => !c.ok).length }));
}
process.exit(exitCode);
