import type { Summary } from "../lib/stats";

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
  /** version: the live-update endpoint shows the write; page: the re-rendered guide shows it. */
  stage: "version" | "page" | "stats";
  probe: string;
  /** Milliseconds from the start of the write until it was seen; one per write. */
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
};

export type WorkerMessage = { ok: true; result: WritesResult } | { ok: false; error: string };
