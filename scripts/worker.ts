import { startJobRunner } from "../lib/data/jobs/start-job-runner";
import { parseEnvOrExit } from "./lib/env-or-exit";

// `npm run worker`: the job queue's workers without the web server (docs/decisions/010-job-queue.md).
// Run as many as needed next to app instances started with JOBS_IN_APP=false; pg-boss hands
// each job to one of them. Needs DATABASE_URL (for the embedded database, the URL `npm start`
// prints; mind its connection cap).

const env = parseEnvOrExit();
if (!env.DATABASE_URL) {
  console.error("✖ npm run worker needs DATABASE_URL");
  process.exit(1);
}

const runner = await startJobRunner({
  connectionString: env.DATABASE_URL,
  poolSize: env.JOBS_POOL_SIZE,
  scanSeconds: env.REMINDER_SCAN_SECONDS,
  origin: env.AUTH_URL ?? `http://localhost:${env.PORT}`,
  smtpUrl: env.SMTP_URL,
  emailFrom: env.EMAIL_FROM,
  authUrl: env.AUTH_URL,
  repairSchedule: env.GUIDES_REPAIR_CRON === "off" ? null : env.GUIDES_REPAIR_CRON,
});
const repairNote = env.GUIDES_REPAIR_CRON === "off" ? "no scheduled guide repair" : `guide repair at "${env.GUIDES_REPAIR_CRON}" UTC`;
console.log(`• Job worker running (reminder scan every ${env.REMINDER_SCAN_SECONDS} s, guide refreshes, ${repairNote}); Ctrl-C stops it`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await runner.stop();
  process.exit(0);
}
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());
