import { formatCount, formatSeconds, type Log } from "../lib/format";
import { createFreshDatabase, databaseExists, databaseUrl } from "./database";
import { loadDataset } from "./load";

/**
 * The URL of a generated data set's database for the side benchmarks (bench:export, bench:stats):
 * `name` reused as it is with `skipLoad`, otherwise created afresh and loaded with `reports`
 * generated reports (100 exchanges, seed 42) and `votes` votes.
 */
export async function openGeneratedDatabase({ serverUrl, name, reports, votes, skipLoad, log }: { serverUrl: string; name: string; reports: number; votes: number; skipLoad: boolean; log: Log }): Promise<string> {
  if (skipLoad) {
    if (!(await databaseExists(serverUrl, name))) throw new Error(`--skip-load: database ${name} does not exist; run once with --keep first.`);
    log(`■ reusing ${name}`);
    return databaseUrl(serverUrl, name);
  }
  const url = await createFreshDatabase(serverUrl, name);
  log(`■ loading ${formatCount(reports)} reports into ${name}`);
  const plan = { seed: 42, reports, users: Math.max(1000, Math.round(reports / 5)), votes, start: new Date("2017-01-01T00:00:00Z"), end: new Date("2026-10-31T00:00:00Z") };
  const load = await loadDataset({ connectionString: url, plan, exchanges: 100, log });
  log(`  loaded in ${formatSeconds(load.seconds.total)}`);
  return url;
}
