// Recomputes the stored guides of the given exchanges, when they are stale. The app runs this in a
// child process for exchanges too large to recompute in a request (lib/data/guide-refresher.ts):
// their statistics take seconds of CPU, which in the server process stall every other request
// (7.3 s for Binance's 226,141 reports in the benchmark's data).
// Usage: DATABASE_URL=… node --import tsx scripts/refresh-guides.ts <exchangeId>…
import { refreshGuidesOf } from "../lib/data/guide-store";
import { createScriptPrisma } from "./db/script-prisma";

const exchangeIds = process.argv.slice(2);
const url = process.env.DATABASE_URL;
if (!url || exchangeIds.length === 0) {
  console.error("Usage: DATABASE_URL=… node --import tsx scripts/refresh-guides.ts <exchangeId>…");
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
