import type { StreamClient } from "../live/stream-clients";
import { summarize } from "../lib/stats";
import { OpenPage } from "./open-page";
import type { VisibilityResult } from "./protocol";

// Write-to-visible as a reader with the guide open sees it (docs/decisions/015-pushed-live-updates.md):
// the page holds GET /api/live, and when an event says its version moved it renders the page
// again. The benchmark holds the same stream (bench/live/stream-clients.ts, one socket as an
// EventSource would) and, after each write commits, times two moments: the event carrying the
// write's version reaching the client, and the guide page, requested on that event as the open
// page does (open-page.ts), answering with that version. Times run from the commit, i.e. from
// the moment the write's call returned (its transaction's COMMIT is its last statement).

/** `followedPage`: whether a page was watched for this write (pageMs null then means it timed out). */
export type WriteSighting = { eventMs: number | null; pageMs: number | null; followedPage: boolean };

/**
 * How long after `committedAt` one write became visible: the first event on `stream` whose
 * version is at least `version` (the exchange's counter read right after the commit, so it counts
 * this write), and the open `page` showing that version. Null where it took over `timeoutMs`.
 */
export async function sightWrite({
  stream,
  page,
  version,
  committedAt,
  timeoutMs,
}: {
  stream: StreamClient;
  page: OpenPage | null;
  version: number;
  committedAt: number;
  timeoutMs: number;
}): Promise<WriteSighting> {
  const [event, pageMs] = await Promise.all([
    stream.firstEvent((id) => id.version >= version, Math.max(0, committedAt + timeoutMs - performance.now())),
    page === null ? null : page.shows(version, committedAt, timeoutMs),
  ]);
  return { eventMs: event === null ? null : event.at - committedAt, pageMs, followedPage: page !== null };
}

export type LiveVisibility = { event: VisibilityResult; page: VisibilityResult };

/** Sightings as the two rows of the table: the event, and the page showing the write. */
export function visibilityResults(
  kind: VisibilityResult["write"],
  sightings: readonly WriteSighting[],
  { note, pageSkipped }: { note: string | null; pageSkipped: string | null },
): LiveVisibility {
  const seen = (pick: (sighting: WriteSighting) => number | null) => sightings.map(pick).filter((ms): ms is number => ms !== null);
  const eventSamples = seen((sighting) => sighting.eventMs);
  const pageSamples = seen((sighting) => sighting.pageMs);
  return {
    event: {
      write: kind,
      stage: "event",
      probe: "the event on a held GET /api/live stream, after the commit",
      samples: eventSamples,
      timedOut: sightings.length - eventSamples.length,
      summary: summarize(eventSamples),
      note,
    },
    page: {
      write: kind,
      stage: "page",
      probe: "then the guide page carries the write's version (what the reader sees), after the commit",
      samples: pageSamples,
      timedOut: pageSkipped === null ? sightings.length - pageSamples.length : 0,
      summary: summarize(pageSamples),
      note: pageSkipped !== null ? `not measured: ${pageSkipped}` : note,
    },
  };
}

/**
 * Sequential writes of one kind on one exchange, each timed until visible. Stops after
 * `budgetMs`, so a slow page gets fewer samples rather than minutes of them.
 */
export async function measureLiveVisibility({
  kind,
  write,
  readVersion,
  stream,
  pageUrl,
  writes,
  timeoutMs,
  budgetMs,
  pageSkipped,
}: {
  kind: VisibilityResult["write"];
  write: (sequence: number) => Promise<void>;
  /** The exchange's counter, read from the database. */
  readVersion: () => Promise<number>;
  stream: StreamClient;
  pageUrl: string;
  writes: number;
  timeoutMs: number;
  budgetMs: number;
  /** Why the page part cannot be measured (it takes too long to render), or null. */
  pageSkipped: string | null;
}): Promise<LiveVisibility> {
  const sightings: WriteSighting[] = [];
  let note: string | null = null;
  const started = performance.now();
  const page = pageSkipped === null ? new OpenPage(stream, pageUrl) : null;
  for (let sequence = 0; sequence < writes; sequence++) {
    if (performance.now() - started > budgetMs) {
      note = `stopped after ${sequence} writes: time budget of ${Math.round(budgetMs / 1000)} s used`;
      break;
    }
    try {
      await write(sequence);
      const committedAt = performance.now();
      const version = await readVersion();
      sightings.push(await sightWrite({ stream, page, version, committedAt, timeoutMs }));
    } catch (error) {
      note = `stopped after ${sequence} writes: ${error instanceof Error ? error.message : String(error)}`;
      break;
    }
    if (sightings.length >= 3 && sightings.every((sighting) => sighting.eventMs === null)) {
      note = "no write reached the stream; stopped";
      break;
    }
  }
  return visibilityResults(kind, sightings, { note: [note, page?.problem ?? null].filter(Boolean).join("; ") || null, pageSkipped });
}
