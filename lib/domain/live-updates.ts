// Open guides and the comparison learn of changes from a server-sent-events stream
// (GET /api/live, served by scripts/serve.ts from lib/live/live-hub.ts). Where the stream cannot be
// held (a proxy that refuses it, `next dev`, a full instance), the page asks
// GET /api/guides/version this often instead, and tries the stream again later.
export const LIVE_FALLBACK_POLL_MS = 2_000;

// A stream that failed this many times in a row, without one event between, gives way to polling.
export const LIVE_STREAM_FAILURES_BEFORE_POLLING = 3;

/** Wait before opening the stream again after `failures` failures in a row: 1 s, 2 s, 4 s … 60 s. */
export function liveStreamRetryDelay(failures: number): number {
  return Math.min(60_000, 1_000 * 2 ** Math.max(0, failures - 1));
}
