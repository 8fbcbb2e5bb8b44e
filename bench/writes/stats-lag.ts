import type { StreamClient } from "../live/stream-clients";
import { summarize, type Summary } from "../lib/stats";

// How long after a report is published the guide's statistics count it, as a reader sees them:
// GET /api/v1/exchanges/<slug>/guide (the figures the guide page shows) answering an `n` one
// higher. Only the server's public path is used, never the statistics code itself, so the figure
// stays valid whatever computes them (today a recomputation a reader's request starts after its
// response; incremental aggregates would count the report in its own transaction). The reader
// asks right after the commit and again at every event of its held GET /api/live stream (as an
// open page re-renders on each), and at least once a second in case an event is missed.

const ASK_AGAIN_MS = 1000;

export type StatsLagResult = Summary & {
  exchange: string;
  samples: number[];
  timedOut: number;
  /** How long the figures took to catch up with earlier writes before the first timed write. */
  settleMs: number | null;
  note: string | null;
};

async function readGuideCount(url: string, timeoutMs: number): Promise<number> {
  const response = await fetch(url, { cache: "no-store", signal: AbortSignal.timeout(Math.ceil(timeoutMs)) });
  const body: unknown = await response.json();
  if (response.status !== 200 || typeof body !== "object" || body === null || !("n" in body) || typeof body.n !== "number") {
    throw new Error(`GET ${url} answered HTTP ${response.status} without a count`);
  }
  return body.n;
}

/**
 * Asks `url` until its count reaches `atLeast` (then returns it) or `timeoutMs` passes from
 * `since` (then null), asking again at each new event of `stream` or every ASK_AGAIN_MS.
 */
async function waitForCount(url: string, stream: StreamClient, since: number, timeoutMs: number, until: (count: number) => boolean): Promise<number | null> {
  let seen = stream.latest() ?? { version: -1, statsVersion: -1 };
  for (;;) {
    const left = timeoutMs - (performance.now() - since);
    if (left <= 0) return null;
    const count = await readGuideCount(url, left);
    if (until(count)) return count;
    const known = seen;
    const event = await stream.firstEvent((id) => id.version > known.version || id.statsVersion > known.statsVersion, Math.min(ASK_AGAIN_MS, Math.max(0, left)));
    if (event) seen = event.id;
  }
}

export async function measureStatsLag({
  exchange,
  publishReport,
  guideApiUrl,
  stream,
  countPublished,
  writes,
  timeoutMs,
  budgetMs,
}: {
  exchange: string;
  /** Publishes one report at the exchange; resolves once it committed. */
  publishReport: (sequence: number) => Promise<void>;
  guideApiUrl: string;
  stream: StreamClient;
  /** The exchange's published reports, read in the database: what the figures count once current. */
  countPublished: () => Promise<number>;
  writes: number;
  timeoutMs: number;
  budgetMs: number;
}): Promise<StatsLagResult> {
  const samples: number[] = [];
  let timedOut = 0;
  let note: string | null = null;
  const started = performance.now();
  // Earlier writes (the write-to-visible ones) may still be uncounted: the first timed write starts
  // from figures that count every published report of the exchange, so its lag is its own. No one
  // else writes here meanwhile, so the k-th report (from 1) is counted once n reaches that count
  // plus k, even when an earlier one timed out and is counted with it.
  const published = await countPublished();
  const caughtUp = await waitForCount(guideApiUrl, stream, started, timeoutMs, (n) => n >= published);
  const settleMs = caughtUp === null ? null : performance.now() - started;
  const settledCount = caughtUp ?? (await readGuideCount(guideApiUrl, timeoutMs));
  const timedFrom = performance.now();
  for (let sequence = 0; sequence < writes; sequence++) {
    if (performance.now() - timedFrom > budgetMs) {
      note = `stopped after ${sequence} writes: time budget of ${Math.round(budgetMs / 1000)} s used`;
      break;
    }
    try {
      await publishReport(sequence);
      const committedAt = performance.now();
      const target = settledCount + sequence + 1;
      const counted = await waitForCount(guideApiUrl, stream, committedAt, timeoutMs, (n) => n >= target);
      if (counted !== null) samples.push(performance.now() - committedAt);
      else if (++timedOut >= 3 && samples.length === 0) {
        note = `no write counted within ${Math.round(timeoutMs / 1000)} s; stopped`;
        break;
      }
    } catch (error) {
      note = `stopped after ${sequence} writes: ${error instanceof Error ? error.message : String(error)}`;
      break;
    }
  }
  return { exchange, ...summarize(samples), samples, timedOut, settleMs, note: settleMs === null ? [`the figures did not count the exchange's ${published} published reports within ${Math.round(timeoutMs / 1000)} s of the start`, note].filter(Boolean).join("; ") : note };
}
