import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { keepBatchesTogether } from "./pglite-queue";

// PGlite is real PostgreSQL compiled to WebAssembly; behind a socket server it speaks the wire
// protocol, so the app, migrations and psql use it exactly as they would a server
// (docs/decisions/001-embedded-database.md).

export type EmbeddedPostgres = {
  connectionString: string;
  stop: () => Promise<void>;
};

export type EmbeddedPostgresOptions = {
  /** Folder holding the data; omit for a throwaway in-memory database. */
  dataDir?: string;
  /** A dump from `PGlite.dumpDataDir()` to start from (a migrated template). */
  loadDataDir?: Blob | File;
  port?: number;
  /**
   * The server drops (does not queue) connections over this cap, so it must exceed the sum of
   * every pool that talks to it: the app's pool, the migrator, a psql session.
   */
  maxConnections?: number;
};

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 32,
  });
  keepBatchesTogether(server);
  await server.start();
  const address = server.getServerConn();
  const connectionString = `postgresql://postgres:postgres@${address}/postgres?sslmode=disable`;

  let stopped = false;
  return {
    connectionString,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}

export async function dumpEmbeddedTemplate(build: (connectionString: string) => Promise<void>): Promise<Blob> {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 8 });
  keepBatchesTogether(server);
  await server.start();
  try {
    await build(`postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`);
  } finally {
    await server.stop();
  }
  const dump = await db.dumpDataDir("gzip");
  await db.close();
  return dump;
}
