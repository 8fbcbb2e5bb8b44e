import { refreshGuidesOf } from "../lib/data/guides/refresh-stale-guides";
import { createScriptPrisma } from "./db/script-prisma";

// Recomputes the stored guides of the given exchanges, when they are stale: what a `guides.refresh`
// job does (docs/decisions/010-job-queue.md), by hand, and prints the refreshed versions as JSON.
// To recompute guides whatever their versions say: `npm run guides:repair`.

const USAGE = "Usage: DATABASE_URL=… npx tsx scripts/refresh-guides.ts <exchangeId>…";
const url = process.env.DATABASE_URL;
const exchangeIds = process.argv.slice(2);
if (!url || exchangeIds.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

const prisma = createScriptPrisma(url, 1);
try {
  const started = performance.now();
  const refreshed = await refreshGuidesOf(prisma, exchangeIds);
  const versions = Object.fromEntries([...refreshed].map(([id, guide]) => [id, guide.version]));
  console.log(JSON.stringify({ refreshed: versions, ms: Math.round(performance.now() - started) }));
} finally {
  await prisma.$disconnect();
}
