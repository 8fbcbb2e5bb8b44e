import { readFile } from "node:fs/promises";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { startEmbeddedPostgres } from "../../scripts/db/embedded";
import { withDatabase } from "./database-safety";

// Runs before each integration test file is imported: gives the file a database of its own,
// copied from the migrated template, and points DATABASE_URL (and so lib/db) at it.

async function createFileDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (inject("databaseMode") === "server") {
    const serverUrl = inject("serverUrl");
    const name = `ra_test_${inject("runId")}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`);
    await admin.end();
    return {
      url: withDatabase(serverUrl, name),
      drop: async () => {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dump = await readFile(inject("embeddedTemplatePath"));
  const embedded = await startEmbeddedPostgres({ loadDataDir: new Blob([dump]), maxConnections: 24 });
  return { url: embedded.connectionString, drop: embedded.stop };
}

const database = await createFileDatabase();
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  // Imported late: lib/env parses DATABASE_URL when it loads, which must be after it is set.
  const { disconnectDb } = await import("../../lib/db");
  await disconnectDb();
  await database.drop();
});
