import type { Summary } from "../lib/stats";

// The mixed load's writer, in the server-side worker (bench/writes/fork.ts): it sets up, says it
// is ready, writes from "start" until "stop", and answers with what it measured.

export type MixedWritesTask = {
  kind: "mixed";
  appUrl: string;
  writesPerSecond: number;
  /** Accounts and targets are prepared for this long a run; the writer stops earlier on "stop". */
  maxSeconds: number;
  visibilityTimeoutMs: number;
  /** Exchanges whose guide the readers request: writes there are also followed to the page. */
  pageSlugs: string[];
};

export type MixedCommand = { command: "start" } | { command: "stop" };

export type TimedOutSummary = Summary & { timedOut: number };

export type MixedWritesResult = {
  kind: "mixed";
  writesPerSecond: number;
  /** Writes started, and how many committed, were held for review or failed. */
  attempted: number;
  committed: number;
  held: number;
  failed: number;
  firstError: string | null;
  /** Committed writes per second over the writing time. */
  achievedPerSecond: number;
  /** Distinct exchanges written to. */
  exchanges: number;
  /** The write calls themselves (createReport and castVote). */
  write: Summary;
  /** From commit to the event on a held GET /api/live stream of the write's exchange. */
  event: TimedOutSummary;
  /** From commit to the guide page carrying the write's version (writes to the guides being read). */
  page: TimedOutSummary;
};
