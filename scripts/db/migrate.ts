// Applies prisma/migrations with the same bookkeeping as `prisma migrate deploy`, which cannot run
// here (docs/decisions/002). A database migrated by this runner is accepted by `migrate deploy`.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DEFAULT_MIGRATIONS_DIR = "prisma/migrations";

export interface ApplyMigrationsOptions {
  connectionString: string;
  /** Relative paths are resolved against the repository root, not the working directory. */
  migrationsDir?: string;
  log?: (message: string) => void;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

export interface MigrationFile {
  name: string;
  script: string;
  checksum: string;
}

/** Applies every committed migration the database has not recorded yet; returns their names. */
export async function applyMigrations({
  connectionString,
  migrationsDir = DEFAULT_MIGRATIONS_DIR,
  log = () => {},
}: ApplyMigrationsOptions): Promise<string[]> {
  const migrations = await readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString });
  client.on("error", (error) => log(`database connection error: ${error.message}`));
  await client.connect();
  try {
    await acquireMigrationLock(client);
    try {
      await createMigrationsTableIfMissing(client);
      const pending = findPendingMigrations(migrations, await readRecordedMigrations(client));
      for (const migration of pending) {
        await applyMigration(client, migration);
        log(`applied ${migration.name}`);
      }
      return pending.map((migration) => migration.name);
    } finally {
      await releaseMigrationLock(client);
    }
  } finally {
    await client.end();
  }
}

export function resolveMigrationsDir(migrationsDir: string = DEFAULT_MIGRATIONS_DIR): string {
  return isAbsolute(migrationsDir) ? migrationsDir : resolve(REPO_ROOT, migrationsDir);
}

/** The committed migrations in the order Prisma applies them. */
export async function readMigrations(migrationsDir: string = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const directory = resolveMigrationsDir(migrationsDir);
  const entries = await readdir(directory, { withFileTypes: true }).catch((error: unknown) => {
    if (isNodeError(error) && error.code === "ENOENT") return [];
    throw error;
  });
  // Same order as the Prisma CLI's listing (localeCompare); every directory is a migration.
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => {
      const path = join(directory, name, "migration.sql");
      const script = await readFile(path, "utf8").catch((error: unknown) => {
        throw new MigrationError(`Migration ${name} has no readable migration.sql (${path})`, { cause: error });
      });
      // Prisma hashes the script as read in UTF-8, i.e. the file's bytes.
      return { name, script, checksum: sha256Hex(script) };
    }),
  );
}

// Prisma's key for its migration lock, so this runner and `prisma migrate deploy` exclude each other.
const PRISMA_MIGRATE_LOCK_KEY = 72707369;
const LOCK_TIMEOUT = "10s";

// Behind the PGlite socket every connection shares PGlite's one session, so the lock is re-entrant
// there and excludes nothing; that is harmless, as only a single process can reach that database.
async function acquireMigrationLock(client: pg.Client): Promise<void> {
  // Same limit as Prisma (10 s) so a stuck starter fails loudly instead of waiting forever.
  await client.query(`SET lock_timeout = '${LOCK_TIMEOUT}'`);
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
  } catch (error) {
    if (isNodeError(error) && error.code === "55P03") {
      throw new MigrationError(
        `Another process has held the migration lock (pg_advisory_lock(${PRISMA_MIGRATE_LOCK_KEY})) for over ${LOCK_TIMEOUT}; is a migration running?`,
        { cause: error },
      );
    }
    throw error;
  } finally {
    await client.query("RESET lock_timeout");
  }
}

async function releaseMigrationLock(client: pg.Client): Promise<void> {
  await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
}

// Verbatim what Prisma's schema engine runs for PostgreSQL, so the table is indistinguishable.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

async function createMigrationsTableIfMissing(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ exists: boolean }>(
    "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists",
  );
  if (!rows[0]?.exists) {
    await client.query(CREATE_MIGRATIONS_TABLE);
  }
}

interface RecordedMigration {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

async function readRecordedMigrations(client: pg.Client): Promise<RecordedMigration[]> {
  const { rows } = await client.query<RecordedMigration>(
    "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at",
  );
  return rows;
}

function findPendingMigrations(migrations: MigrationFile[], recorded: RecordedMigration[]): MigrationFile[] {
  const failed = recorded.filter((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed.length > 0) {
    const names = failed.map((row) => row.migration_name).join(", ");
    throw new MigrationError(
      `Migration ${names} failed in an earlier attempt and may be half applied. Repair the database, then mark it ` +
        `with \`prisma migrate resolve --rolled-back <name>\` (or --applied) before migrating again.`,
    );
  }

  const applied = new Map(
    recorded.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => [row.migration_name, row]),
  );
  const edited = migrations.filter((migration) => {
    const row = applied.get(migration.name);
    return row !== undefined && !scriptMatchesChecksum(migration.script, row.checksum);
  });
  if (edited.length > 0) {
    const names = edited.map((migration) => migration.name).join(", ");
    throw new MigrationError(
      `Migration ${names} was edited after it was applied (checksum differs). Restore the committed file and put ` +
        `the change in a new migration.`,
    );
  }
  return migrations.filter((migration) => !applied.has(migration.name));
}

// Prisma accepts a script whose line endings git converted, so a Windows checkout is not "edited".
function scriptMatchesChecksum(script: string, checksum: string): boolean {
  const variants = [script, script.replaceAll("\r\n", "\n"), script.replaceAll("\n", "\r\n")];
  return variants.some((variant) => sha256Hex(variant) === checksum);
}

async function applyMigration(client: pg.Client, migration: MigrationFile): Promise<void> {
  // One transaction per migration: a failing script leaves neither half its changes nor a row
  // behind. (Prisma sends the script as one multi-statement query, which Postgres also runs as a
  // single implicit transaction.)
  await client.query("BEGIN");
  try {
    const id = randomUUID();
    await client.query("INSERT INTO _prisma_migrations (id, checksum, migration_name) VALUES ($1, $2, $3)", [
      id,
      migration.checksum,
      migration.name,
    ]);
    // No parameters: pg then uses the simple query protocol, which accepts many statements.
    await client.query(migration.script);
    // clock_timestamp(), not now(): now() is frozen at the start of the transaction.
    await client.query(
      "UPDATE _prisma_migrations SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1",
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    // A failed ROLLBACK means the connection is gone, and the server discards the transaction.
    await client.query("ROLLBACK").catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`, { cause: error });
  }
}

function sha256Hex(content: string): string {
  return createHash("sha256").update(content).digest("hex");
}

function isNodeError(error: unknown): error is Error & { code: unknown } {
  return error instanceof Error && "code" in error;
}
