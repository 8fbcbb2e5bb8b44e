import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { applyMigrations, REPO_ROOT } from "./migrate";
import { diffDatabaseToSchema } from "./schema-engine";

export interface ShadowDatabase {
  connectionString: string;
  stop(): Promise<void>;
}

/**
 * A throwaway in-memory Postgres (PGlite) behind a wire-protocol socket on a free port: the
 * "shadow database" Prisma would otherwise create on a server, here with no server and no network.
 */
export async function startShadowDatabase({ maxConnections = 8 }: { maxConnections?: number } = {}): Promise<ShadowDatabase> {
  const db = await PGlite.create();
  // PGlite drops connections above maxConnections instead of queueing them, so leave headroom for
  // the migration runner's client plus the schema engine's pool.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const port = readPort(server.getServerConn());
  return {
    connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

function readPort(serverConnection: string): number {
  const port = Number(serverConnection.split(":").at(-1));
  if (!Number.isInteger(port) || port <= 0) {
    throw new Error(`PGlite socket server reported no usable port: "${serverConnection}"`);
  }
  return port;
}

export interface DiffMigrationsToSchemaOptions {
  schemaPath?: string;
  migrationsDir?: string;
}

/**
 * What `prisma migrate dev` would put in the next migration: the committed migrations are applied to
 * a fresh shadow database, which is then compared with the schema.
 */
export async function diffMigrationsToSchema({
  schemaPath = resolve(REPO_ROOT, "prisma/schema.prisma"),
  migrationsDir,
}: DiffMigrationsToSchemaOptions = {}): Promise<string> {
  const shadow = await startShadowDatabase();
  try {
    await applyMigrations({ connectionString: shadow.connectionString, migrationsDir });
    return await diffDatabaseToSchema({ connectionString: shadow.connectionString, schemaPath });
  } finally {
    await shadow.stop();
  }
}
