import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations, REPO_ROOT, resolveMigrationsDir } from "@/scripts/db/migrate";
import { diffDatabaseToSchema, isEmptyMigrationScript } from "@/scripts/db/schema-engine";
import { startShadowDatabase, type ShadowDatabase } from "@/scripts/db/shadow-database";

// The committed migrations must produce exactly prisma/schema.prisma: a model changed without a
// migration would pass every other test (they build their databases from the same migrations)
// and fail only in production.

const SCHEMA_PATH = join(REPO_ROOT, "prisma/schema.prisma");

let database: ShadowDatabase;
let firstRun: string[];
let scratchDir: string;

beforeAll(async () => {
  scratchDir = await mkdtemp(join(tmpdir(), "migrations-drift-"));
  database = await startShadowDatabase();
  firstRun = await applyMigrations({ connectionString: database.connectionString });
}, 60_000);

afterAll(async () => {
  await database?.stop();
  if (scratchDir) await rm(scratchDir, { recursive: true, force: true });
});

async function queryRows<Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: database.connectionString });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** A copy of the committed migrations that a test may change without touching the repository. */
async function copyMigrations(name: string): Promise<string> {
  const copy = join(scratchDir, name);
  await cp(resolveMigrationsDir(), copy, { recursive: true });
  return copy;
}

describe("committed migrations", () => {
  it("produce exactly prisma/schema.prisma", async () => {
    const sql = await diffDatabaseToSchema({ connectionString: database.connectionString, schemaPath: SCHEMA_PATH });

    expect(isEmptyMigrationScript(sql), `migrations are missing this SQL:\n${sql}`).toBe(true);
  });

  it("are reported as drifted when the schema has a model they lack", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const driftedSchemaPath = join(scratchDir, "drifted.prisma");
    await writeFile(driftedSchemaPath, `${schema}\nmodel DriftProbe {\n  id String @id\n}\n`);

    const sql = await diffDatabaseToSchema({ connectionString: database.connectionString, schemaPath: driftedSchemaPath });

    expect(isEmptyMigrationScript(sql)).toBe(false);
    expect(sql).toContain('CREATE TABLE "DriftProbe"');
  });
});

describe("applyMigrations", () => {
  it("applies every committed migration once and records it as Prisma does", async () => {
    const committed = await readMigrations();
    expect(committed.length).toBeGreaterThan(0);
    expect(firstRun).toEqual(committed.map((migration) => migration.name));

    expect(await applyMigrations({ connectionString: database.connectionString })).toEqual([]);

    const rows = await queryRows<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      applied_steps_count: number;
      logs: string | null;
    }>("SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count, logs FROM _prisma_migrations ORDER BY migration_name");
    const expected = await Promise.all(
      committed.map(async ({ name }) => {
        const file = await readFile(join(resolveMigrationsDir(), name, "migration.sql"));
        return { name, checksum: createHash("sha256").update(file).digest("hex") };
      }),
    );
    expect(rows.map((row) => ({ name: row.migration_name, checksum: row.checksum }))).toEqual(expected);
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
    }
  });

  it("refuses a migration edited after it was applied", async () => {
    const migrationsDir = await copyMigrations("edited");
    const [first] = await readMigrations(migrationsDir);
    if (!first) throw new Error("no committed migration");
    await writeFile(join(migrationsDir, first.name, "migration.sql"), `${first.script}\n-- edited\n`);

    await expect(applyMigrations({ connectionString: database.connectionString, migrationsDir })).rejects.toThrow(
      `Migration ${first.name} was edited after it was applied`,
    );
  });

  it("rolls a failing migration back completely and records nothing", async () => {
    const migrationsDir = await copyMigrations("failing");
    await mkdir(join(migrationsDir, "29991231000000_failing"));
    await writeFile(
      join(migrationsDir, "29991231000000_failing", "migration.sql"),
      'CREATE TABLE "FailingProbe" ("id" TEXT);\nSELECT 1 / 0;\n',
    );

    await expect(applyMigrations({ connectionString: database.connectionString, migrationsDir })).rejects.toThrow(
      "Migration 29991231000000_failing failed and was rolled back: division by zero",
    );
    expect(await queryRows("SELECT 1 FROM _prisma_migrations WHERE migration_name = $1", ["29991231000000_failing"])).toEqual([]);
    expect(await queryRows(`SELECT to_regclass('"FailingProbe"') AS "table"`)).toEqual([{ table: null }]);
  });

  it("refuses to continue after a failed attempt that Prisma recorded", async () => {
    const failedName = "29991231000000_failed_elsewhere";
    await queryRows("INSERT INTO _prisma_migrations (id, checksum, migration_name) VALUES ($1, $2, $3)", [
      "00000000-0000-4000-8000-000000000000",
      "0".repeat(64),
      failedName,
    ]);
    try {
      await expect(applyMigrations({ connectionString: database.connectionString })).rejects.toThrow(
        `Migration ${failedName} failed in an earlier attempt`,
      );
    } finally {
      await queryRows("DELETE FROM _prisma_migrations WHERE migration_name = $1", [failedName]);
    }
  });
});
