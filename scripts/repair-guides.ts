import { repairGuides } from "../lib/data/guides/repair-guides";
import { requestGuideRepair } from "../lib/data/jobs/request-guide-repair";
import { createScriptPrisma } from "./db/script-prisma";
import { parseEnvOrExit } from "./lib/env-or-exit";

// `npm run guides:repair [-- --now] [exchangeId…]`: recomputes guides from all their reports,
// whatever their versions say, to mend drift (docs/decisions/010-job-queue.md). By default as a
// `guides.repair` job that a running job runner (`npm start`, `npm run worker`) does, waiting for
// its answer; with --now, here. Without ids, every exchange. Needs DATABASE_URL (for the embedded
// database, the URL `npm start` prints).

const USAGE = "Usage: DATABASE_URL=… npm run guides:repair [-- --now] [exchangeId…]";
// A runner polls the repair queue every few seconds; longer than this means none is running.
const START_WITHIN_MS = 60_000;

const env = parseEnvOrExit();
const args = process.argv.slice(2);
const now = args.includes("--now");
const exchangeIds = args.filter((arg) => arg !== "--now");
if (!env.DATABASE_URL || exchangeIds.some((id) => id.startsWith("-"))) {
  console.error(USAGE);
  process.exit(2);
}

if (now) {
  const prisma = createScriptPrisma(env.DATABASE_URL, 1);
  try {
    const result = await repairGuides(prisma, exchangeIds.length > 0 ? exchangeIds : undefined);
    console.log(`✔ Recomputed the guides of ${result.exchanges} exchange(s) in ${result.seconds} s`);
  } finally {
    await prisma.$disconnect();
  }
} else {
  const request = await requestGuideRepair({ connectionString: env.DATABASE_URL, exchangeIds, startWithinMs: START_WITHIN_MS }).catch((error: unknown) => {
    console.error(`✖ The job queue is not available on this database (${error instanceof Error ? error.message : String(error)}).`);
    console.error("  Start a job runner (npm start, or npm run worker) once, or repair here: npm run guides:repair -- --now");
    process.exit(1);
  });
  if (request.outcome === "done") console.log(`✔ Job ${request.jobId}: recomputed the guides of ${request.result.exchanges} exchange(s) in ${request.result.seconds} s`);
  else if (request.outcome === "already waiting") console.log("• A guide repair is already queued; it runs when a job runner is free (see /en/moderation/jobs).");
  else if (request.outcome === "not started") {
    console.log(`• Job ${request.jobId} is queued, but no job runner took it within ${START_WITHIN_MS / 1000} s: it runs when one starts (npm start, npm run worker).`);
    console.log("  To repair without a runner: npm run guides:repair -- --now");
  } else {
    console.error(`✖ Job ${request.jobId} ${request.state === "retry" ? "failed and will be retried" : request.state}: ${request.error}`);
    process.exit(1);
  }
}
