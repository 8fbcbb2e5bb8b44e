import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

// The one Prisma client. Only lib/data imports it. Created on first use so that `next build`,
// which loads route modules without a database, never opens a connection.

type Database = { client: PrismaClient; pool: pg.Pool };
const globalForDb = globalThis as unknown as { recoveryAtlasDb?: Database };

function createDb(): Database {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start the app with `npm start`.");
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
  // pg emits 'error' for idle clients when the server restarts; unhandled, it would crash the
  // process (prisma/prisma#27641). The pool replaces the client on the next query.
  pool.on("error", (error) => {
    console.warn(`Database connection lost: ${error.message}`);
  });
  // Interactive transactions get explicit bounds: Prisma's defaults (2 s to get a connection,
  // 5 s to finish) failed ordinary writes in a burst, on a busy two-core machine or a slow embedded
  // database. Past maxWait, P2028 becomes a 503 through asServiceUnavailable.
  return { client: new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: { maxWait: 10_000, timeout: 20_000 } }), pool };
}

export function db(): PrismaClient {
  globalForDb.recoveryAtlasDb ??= createDb();
  return globalForDb.recoveryAtlasDb.client;
}

/** Closes the client and its pool (Prisma does not end a pool it was handed). */
export async function disconnectDb(): Promise<void> {
  const database = globalForDb.recoveryAtlasDb;
  if (!database) return;
  globalForDb.recoveryAtlasDb = undefined;
  await database.client.$disconnect();
  await database.pool.end();
}
