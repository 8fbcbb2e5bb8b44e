import type { DatasetFacts } from "../data/inspect";
import type { LoadSummary } from "../data/load";
import type { HttpResult, LoadSettings } from "../http/measure";
import type { BuildResult } from "../server/app-server";
import type { AggregatesResult } from "../data/aggregates";
import type { MixedLoadResult } from "../mixed/mixed-load";
import type { WritesResult } from "../writes/protocol";
import type { LighterPages } from "../pages/lighter-pages";

// Everything one run measured, as written to bench/.results/<stamp>.json.

export type SizeRun = {
  reports: number;
  database: string;
  load: LoadSummary | null;
  facts: DatasetFacts;
  aggregates: AggregatesResult;
  /** The guide page measured: the guide once it exists, the exchange page before that. */
  guidePath: string;
  /** The machine's 1-minute load average when the page measurements began (other work skews them). */
  loadAverage: number;
  http: HttpResult[];
  writes: WritesResult | null;
  /** Page bytes and the signed-in guide (bench/pages); absent in results from before they were measured. */
  lighterPages?: LighterPages | null;
  /** Readers alone and under 20 writes a second (bench/mixed/), or why it was not measured. */
  mixed: MixedLoadResult | { skipped: string } | null;
};

export type BenchResults = {
  startedAt: string;
  machine: { cpus: number; memoryGb: number; node: string; postgres: string };
  settings: LoadSettings & { seed: number; writeCalls: number; visibilityWrites: number };
  build: BuildResult;
  sizes: SizeRun[];
  totalSeconds: number;
};
