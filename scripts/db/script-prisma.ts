import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";

// Scripts and tests run outside Next, where lib/db.ts (server-only) cannot be imported.
export function createScriptPrisma(connectionString: string, poolSize = 2): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}
