import { parseEnvOrExit } from "./lib/env-or-exit";
import { createScriptPrisma } from "./db/script-prisma";
import { seedDatabase } from "./db/seed";

// Adds whatever part of the seed data is missing; never overwrites existing rows (seed reports
// still as the English-only seed wrote them get their Japanese originals: scripts/db/seed.ts).
const env = parseEnvOrExit();
if (!env.DATABASE_URL) {
  console.error("DATABASE_URL is not set. `npm start` seeds the embedded database by itself; this command is for a real PostgreSQL.");
  process.exit(1);
}
const prisma = createScriptPrisma(env.DATABASE_URL);
try {
  const result = await seedDatabase(prisma, { onlyIfEmpty: false });
  console.log(`Seed: ${result.exchanges} exchanges, ${result.requiredItems} required items, ${result.reports} reports added, ${result.translated} seed reports given their Japanese originals, ${result.officialProcedures} official procedures added.`);
} finally {
  await prisma.$disconnect();
}
