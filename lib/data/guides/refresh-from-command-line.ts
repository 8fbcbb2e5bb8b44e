import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { refreshGuidesOf } from "./refresh-stale-guides";

// Recomputes the stale guides of exchanges named on a command line: the app's refresh child
// process (refresh-child.ts) and scripts/refresh-guides.ts by hand. Runs outside Next, so not
// server-only and with its own Prisma client: one connection, and bounds as generous as the
// scripts' (scripts/db/script-prisma.ts), since it runs when the machine is busy.

/** Prints the refreshed versions as JSON; exits with 2 without a database URL or exchange ids. */
export async function refreshGuidesFromCommandLine(exchangeIds: readonly string[], { url = process.env.DATABASE_URL, usage }: { url?: string; usage: string }): Promise<void> {
  if (!url || exchangeIds.length === 0) {
    console.error(usage);
    process.exit(2);
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }), transactionOptions: { maxWait: 60_000, timeout: 300_000 } });
  try {
    const started = performance.now();
    const refreshed = await refreshGuidesOf(prisma, exchangeIds);
    const versions = Object.fromEntries([...refreshed].map(([id, guide]) => [id, guide.version]));
    console.log(JSON.stringify({ refreshed: versions, ms: Math.round(performance.now() - started) }));
  } finally {
    await prisma.$disconnect();
  }
}
