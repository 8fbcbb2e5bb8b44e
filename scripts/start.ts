import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createServer } from "node:net";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";
import { mailDeliveryFor } from "../lib/auth/mail-delivery";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./db/embedded";
import { applyMigrations } from "./db/migrate";
import { createScriptPrisma } from "./db/script-prisma";
import { seedDatabase } from "./db/seed";
import { computeBuildStamp, isBuildCurrent, stampPath } from "./lib/build-stamp";
import { parseEnvOrExit } from "./lib/env-or-exit";

// `npm start`: one command from a fresh clone to a running app with data. Without DATABASE_URL
// it runs an embedded PostgreSQL (PGlite) in this process and keeps its data in .data/.
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const devMode = process.argv.includes("--dev");
const env = parseEnvOrExit();
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
// Longer than scripts/serve.ts's drain (10 s), so requests in flight finish before a SIGKILL.
const APP_STOP_TIMEOUT_MS = 15_000;
// How long the app may take to listen once started; generous, for a busy machine.
const APP_START_TIMEOUT_MS = 180_000;

// What shutdown() has to stop; filled in as start-up proceeds.
const running: { embedded?: EmbeddedPostgres; app?: ChildProcess } = {};
let shuttingDown = false;

/** Prints one clear line, cleans up and exits; never resolves. */
async function fail(message: string): Promise<never> {
  console.error(`\n✖ ${message}`);
  await shutdown(1);
  return new Promise<never>(() => undefined);
}

async function shutdown(code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  const { app, embedded } = running;
  if (app && app.exitCode === null && app.signalCode === null) {
    const exited = new Promise((done) => app.once("exit", done));
    app.kill("SIGTERM");
    await Promise.race([exited, new Promise((done) => setTimeout(done, APP_STOP_TIMEOUT_MS))]);
    if (app.exitCode === null && app.signalCode === null) app.kill("SIGKILL");
  }
  if (embedded) await embedded.stop();
  releaseLock();
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

const lockFile = join(root, env.EMBEDDED_DB_DIR, "..", `${env.EMBEDDED_DB_DIR.split("/").pop() ?? "pglite"}.pid`);
async function takeLock(): Promise<void> {
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8"));
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = pid !== process.pid;
    } catch {
      alive = false;
    }
    if (alive) await fail(`Another Recovery Atlas (process ${pid}) is using the embedded database in ${env.EMBEDDED_DB_DIR}. Stop it first.`);
  }
  mkdirSync(dirname(lockFile), { recursive: true });
  writeFileSync(lockFile, String(process.pid));
}
function releaseLock(): void {
  if (running.embedded && existsSync(lockFile) && readFileSync(lockFile, "utf8") === String(process.pid)) rmSync(lockFile);
}

async function connectDatabase(): Promise<string> {
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    console.log(`• Database: PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`);
    const client = new pg.Client({ connectionString: env.DATABASE_URL, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.query("select 1");
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await fail(`Cannot connect to DATABASE_URL (${url.hostname}:${url.port || 5432}${url.pathname}): ${reason}`);
    } finally {
      await client.end().catch(() => undefined);
    }
    return env.DATABASE_URL;
  }
  await takeLock();
  const started = Date.now();
  const embedded = await startEmbeddedPostgres({ dataDir: env.EMBEDDED_DB_DIR, maxConnections: env.DATABASE_POOL_SIZE + 16 });
  running.embedded = embedded;
  console.log(`• Database: embedded PostgreSQL (PGlite), data in ${env.EMBEDDED_DB_DIR}/, ready in ${Date.now() - started} ms`);
  console.log(`  psql "${embedded.connectionString}"`);
  return embedded.connectionString;
}

async function prepareDatabase(connectionString: string): Promise<void> {
  const applied = await applyMigrations({ connectionString });
  console.log(applied.length > 0 ? `• Migrations applied: ${applied.join(", ")}` : "• Migrations: up to date");
  const prisma = createScriptPrisma(connectionString);
  try {
    const seed = await seedDatabase(prisma, { onlyIfEmpty: true });
    console.log(
      seed.seeded
        ? `• Seeded ${seed.exchanges} exchanges, ${seed.requiredItems} required items, ${seed.reports} reports`
        : "• Existing data kept (no seeding)",
    );
    if (seed.translated > 0) console.log(`• Seed reports given their Japanese originals: ${seed.translated}`);
    if (!seed.seeded && seed.officialProcedures > 0) console.log(`• Official procedures added for ${seed.officialProcedures} exchanges`);
  } finally {
    await prisma.$disconnect();
  }
}

function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  // A newcomer should not have to invent a secret; it is kept so sessions survive restarts.
  const file = join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.log("• AUTH_SECRET not set: generated one in .data/auth-secret (set AUTH_SECRET in production)");
  }
  return readFileSync(file, "utf8").trim();
}

async function buildIfNeeded(childEnv: NodeJS.ProcessEnv): Promise<void> {
  if (isBuildCurrent(root)) {
    console.log("• Build: up to date");
    return;
  }
  console.log("• Building the app (production build, about a minute the first time)…");
  const started = Date.now();
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: childEnv });
  if (result.status !== 0) await fail("The production build failed (see above).");
  writeFileSync(stampPath(root), computeBuildStamp(root));
  console.log(`• Built in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Fails at once when something already listens on the port: it would answer in the app's place. */
async function assertPortFree(port: number): Promise<void> {
  const problem = await new Promise<string | null>((done) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      done(error.code === "EADDRINUSE" ? `Port ${port} is already in use: another program (or a Recovery Atlas left running) listens on it. Stop it or set PORT.` : `Cannot listen on port ${port}: ${error.message}`),
    );
    probe.listen(port, () => probe.close(() => done(null)));
  });
  if (problem) await fail(problem);
}

/** Production: serve.ts says when it listens (over IPC), so an answer from another server never counts. */
async function waitUntilListening(app: ChildProcess): Promise<void> {
  const outcome = await new Promise<"listening" | "exited" | "timeout">((done) => {
    const timer = setTimeout(() => done("timeout"), APP_START_TIMEOUT_MS);
    app.on("message", (message: unknown) => {
      if (typeof message === "object" && message !== null && (message as { type?: unknown }).type === "listening") {
        clearTimeout(timer);
        done("listening");
      }
    });
    app.once("exit", () => {
      clearTimeout(timer);
      done("exited");
    });
  });
  if (outcome === "exited") await fail("The app stopped while starting (see above).");
  if (outcome === "timeout") await fail(`The app did not start listening within ${APP_START_TIMEOUT_MS / 1000} s.`);
}

/** Development: `next dev` cannot tell us, so ask until it answers (the port was free before it started). */
async function waitUntilServing(url: string): Promise<void> {
  const deadline = Date.now() + APP_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (running.app?.exitCode !== null && running.app?.exitCode !== undefined) await fail("The app stopped while starting (see above).");
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  await fail(`The app did not answer at ${url} within ${APP_START_TIMEOUT_MS / 1000} s.`);
}

await assertPortFree(env.PORT);
const connectionString = await connectDatabase().catch((error: unknown) =>
  fail(`Could not start the embedded database: ${error instanceof Error ? error.message : String(error)}`),
);
await prepareDatabase(connectionString).catch((error: unknown) =>
  fail(`Could not prepare the database: ${error instanceof Error ? error.message : String(error)}`),
);

// Without AUTH_URL (a local try-out) none is invented: sign-in links then come back to the
// address the person used, localhost, 127.0.0.1 or [::1] (lib/auth/sign-in-link.ts). With it,
// it is the one public address, as Auth.js expects in production.
const publicUrl = env.AUTH_URL ?? `http://localhost:${env.PORT}`;
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: connectionString,
  AUTH_SECRET: authSecret(),
  AUTH_TRUST_HOST: env.AUTH_TRUST_HOST,
  RECOVERY_ATLAS_EMBEDDED: running.embedded ? "1" : "",
  NEXT_TELEMETRY_DISABLED: "1",
};
if (env.AUTH_URL) childEnv.AUTH_URL = env.AUTH_URL;
else delete childEnv.AUTH_URL;

if (!devMode) await buildIfNeeded(childEnv);
// Production runs scripts/serve.ts: Next behind the shared page cache (docs/decisions/006-page-cache.md).
// Both get an IPC channel: when this process dies, even by kill -9, it closes and they stop.
const appArgs = devMode
  ? ["--import", pathToFileURL(join(root, "scripts", "lib", "exit-with-parent.mjs")).href, nextBin, "dev", "-p", String(env.PORT)]
  : ["--import", "tsx", join(root, "scripts", "serve.ts")];
const app = spawn(process.execPath, appArgs, {
  stdio: ["ignore", "inherit", "inherit", "ipc"],
  env: { ...childEnv, PORT: String(env.PORT), NODE_ENV: devMode ? "development" : "production" },
});
running.app = app;
app.on("exit", (code) => {
  if (!shuttingDown) {
    console.error(`The app exited (code ${code ?? "signal"}).`);
    void shutdown(code ?? 1);
  }
});
if (devMode) await waitUntilServing(`http://127.0.0.1:${env.PORT}/`);
else await waitUntilListening(app);

const delivery = mailDeliveryFor({ SMTP_URL: env.SMTP_URL, AUTH_URL: env.AUTH_URL });
if (delivery === "dev-mailbox") {
  console.log(`• Sign-in e-mails: no SMTP_URL, so they land in the local mailbox, ${publicUrl}/en/dev/mailbox`);
  console.log("  It is served only to this machine: other computers get a 404 there. Set SMTP_URL before others sign in.");
} else if (delivery === "server-log") {
  console.log("• Sign-in e-mails: no SMTP_URL, so sign-in links are only written to this log. Set SMTP_URL before others sign in.");
}
console.log(`\n✔ Recovery Atlas is running at ${publicUrl}  (Ctrl-C stops it)\n`);
