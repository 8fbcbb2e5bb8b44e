import pg from "pg";
import { assertLocalDatabase, withDatabase } from "../../tests/setup/database-safety";

// The benchmark creates and drops its own databases, so like the tests it refuses any server that
// is not on this machine. Only databases named ra_bench_* are ever created or dropped.

export const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const NAME_PATTERN = /^ra_bench_[a-z0-9_]+$/;

/** The server to use: DATABASE_URL's server (its database name is ignored), or the local default. */
export function resolveServerUrl(databaseUrl: string | undefined): string {
  const url = assertLocalDatabase(databaseUrl && databaseUrl.trim() !== "" ? databaseUrl : DEFAULT_SERVER_URL);
  // Databases are created from the maintenance database, never from the one named in the URL.
  return withDatabase(url.toString(), "postgres");
}

export function benchDatabaseName(reports: number): string {
  // BENCH_DATABASE_TAG keeps runs from two checkouts on one server apart (each drops its own).
  const tag = process.env.BENCH_DATABASE_TAG?.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  return tag ? `ra_bench_${tag}_r${reports}` : `ra_bench_r${reports}`;
}

export function databaseUrl(serverUrl: string, name: string): string {
  return withDatabase(serverUrl, name);
}

function checkName(name: string): string {
  if (!NAME_PATTERN.test(name)) throw new Error(`Refusing to touch database ${JSON.stringify(name)}: bench databases are named ra_bench_*`);
  return `"${name}"`;
}

async function withServer<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  return withServer(serverUrl, async (client) => (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1);
}

/** Drops any earlier database of this name and creates an empty one. */
export async function createFreshDatabase(serverUrl: string, name: string): Promise<string> {
  const quoted = checkName(name);
  await withServer(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoted}`);
  });
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const quoted = checkName(name);
  await withServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`));
}
