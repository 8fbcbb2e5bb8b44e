import type { MixedWritesResult, MixedWritesTask } from "../mixed/protocol";
import type { Summary } from "../lib/stats";
import type { StatsLagResult } from "./stats-lag";

// What the bench process asks of its server-side worker and what comes back (JSON over IPC).

export type WritesTask = {
  kind: "writes";
  appUrl: string;
  exchangeSlug: string;
  /** The guide page, e.g. /en/exchanges/binance. */
  guidePath: string;
  calls: number;
  visibilityWrites: number;
  visibilityTimeoutMs: number;
  /** Why the guide page cannot be polled for write-to-visible (it takes too long to render), or null. */
  pageSkipped: string | null;
};

export type VisibilityResult = {
  write: "report" | "vote";
  /** event: the held live stream says the version moved; page: the guide page then shows the write. */
  stage: "event" | "page";
  probe: string;
  /** Milliseconds from the write's commit until it was seen; one per write. */
  samples: number[];
  timedOut: number;
  summary: Summary;
  note: string | null;
};

export type WritesResult = {
  kind: "writes";
  createReport: Summary & { note: string | null };
  castVote: Summary & { note: string | null };
  visibility: VisibilityResult[];
  /** Reports at the same exchange until the guide's statistics count them. */
  statsLag: StatsLagResult;
};

export type WorkerTask = WritesTask | MixedWritesTask;
export type WorkerResult = WritesResult | MixedWritesResult;

/** `ready`: the worker is set up and waits for the parent's commands (the mixed load). */
export type WorkerMessage = { ok: true; result: WorkerResult } | { ok: false; error: string } | { ready: true };
