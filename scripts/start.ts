import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
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
    await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
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

async function waitUntilServing(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
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
  await fail(`The app did not answer at ${url} within 60 s.`);
}

const connectionString = await connectDatabase().catch((error: unknown) =>
  fail(`Could not start the embedded database: ${error instanceof Error ? error.message : String(error)}`),
);
await prepareDatabase(connectionString).catch((error: unknown) =>
  fail(`Could not prepare the database: ${error instanceof Error ? error.message : String(error)}`),
);

const publicUrl = env.AUTH_URL ?? `http://localhost:${env.PORT}`;
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: connectionString,
  AUTH_SECRET: authSecret(),
  AUTH_URL: publicUrl,
  AUTH_TRUST_HOST: env.AUTH_TRUST_HOST,
  RECOVERY_ATLAS_EMBEDDED: running.embedded ? "1" : "",
  NEXT_TELEMETRY_DISABLED: "1",
};

if (!devMode) await buildIfNeeded(childEnv);
// Production runs scripts/serve.ts: Next behind the shared page cache (docs/decisions/006-page-cache.md).
const appArgs = devMode ? [nextBin, "dev", "-p", String(env.PORT)] : ["--import", "tsx", join(root, "scripts", "serve.ts")];
const app = spawn(process.execPath, appArgs, {
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...childEnv, PORT: String(env.PORT), NODE_ENV: devMode ? "development" : "production" },
});
running.app = app;
app.on("exit", (code) => {
  if (!shuttingDown) {
    console.error(`The app exited (code ${code ?? "signal"}).`);
    void shutdown(code ?? 1);
  }
});
await waitUntilServing(`http://127.0.0.1:${env.PORT}/`);
console.log(`\n✔ Recovery Atlas is running at ${publicUrl}  (Ctrl-C stops it)\n`);
