import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";

// Scripts and tests run outside Next, where lib/db.ts (server-only) cannot be imported. Their
// transactions (the seed, make-admin) run once, at start-up, when the machine is busiest (the
// build, the embedded database): generous explicit bounds instead of Prisma's 2 s / 5 s.
export function createScriptPrisma(connectionString: string, poolSize = 2): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }), transactionOptions: { maxWait: 60_000, timeout: 300_000 } });
}
