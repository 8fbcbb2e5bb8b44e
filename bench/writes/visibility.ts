import { summarize } from "../lib/stats";
import type { VisibilityResult } from "./protocol";

// Write-to-visible as a reader with the guide open experienced it before pages held a live stream
// (an upper bound now: the stream tells at once). The guide page polled
// /api/guides/version?slug=… every 250 ms (app/[locale]/_components/live-refresh.tsx) and, when
// the version moved, re-renders the page on the server. This simulates exactly that: a poller
// with the same interval, started at a random moment relative to the write (a reader's timer is
// not synchronised with anyone's writes), then one request of the page, which must carry the new
// version. Times run from the start of the write to the arrival of that page, so they include the
// write, the polling delay and one render of the guide.

export const POLL_INTERVAL_MS = 250;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readVersion(url: string, timeoutMs: number): Promise<number> {
  return (await readLiveVersion(url, timeoutMs)).version;
}

// The version of the stored statistics moves when their recomputation (started by the page
// request, after its response) lands.
async function readLiveVersion(url: string, timeoutMs: number): Promise<{ version: number; statsVersion: number }> {
  const response = await fetch(url, { cache: "no-store", signal: AbortSignal.timeout(timeoutMs) });
  const body: unknown = await response.json();
  if (
    response.status !== 200 ||
    typeof body !== "object" ||
    body === null ||
    !("version" in body) ||
    typeof body.version !== "number" ||
    !("statsVersion" in body) ||
    typeof body.statsVersion !== "number"
  ) {
    throw new Error(`GET ${url} answered HTTP ${response.status} ${JSON.stringify(body)}`);
  }
  return { version: body.version, statsVersion: body.statsVersion };
}

// The version the page was rendered with, as LiveRefresh's prop in the page's flight data
// ("version":"12", JSON inside a script string, so the quotes may be escaped).
const PAGE_VERSION = /\\?"version\\?":\\?"(\d+)\\?"/;

async function readPageVersion(url: string, timeoutMs: number): Promise<number | null> {
  const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url} answered HTTP ${response.status}`);
  const match = PAGE_VERSION.exec(body);
  return match?.[1] ? Number(match[1]) : null;
}

export type LiveVisibility = { version: VisibilityResult; page: VisibilityResult; stats: VisibilityResult };

export async function measureLiveVisibility({
  kind,
  write,
  versionUrl,
  pageUrl,
  writes,
  timeoutMs,
  budgetMs,
  pageSkipped,
}: {
  kind: "report" | "vote";
  write: (sequence: number) => Promise<void>;
  versionUrl: string;
  pageUrl: string;
  writes: number;
  timeoutMs: number;
  budgetMs: number;
  /** Why the page part cannot be measured (it takes too long to render), or null. */
  pageSkipped: string | null;
}): Promise<LiveVisibility> {
  const versionSamples: number[] = [];
  const pageSamples: number[] = [];
  const statsSamples: number[] = [];
  let versionTimeouts = 0;
  let pageTimeouts = 0;
  let statsTimeouts = 0;
  let note: string | null = null;
  const started = performance.now();

  for (let sequence = 0; sequence < writes; sequence++) {
    if (performance.now() - started > budgetMs) {
      note = `stopped after ${sequence} writes: time budget of ${Math.round(budgetMs / 1000)} s used`;
      break;
    }
    try {
      const before = await readVersion(versionUrl, timeoutMs);
      const phase = Math.random() * POLL_INTERVAL_MS;
      const writeStarted = performance.now();
      const elapsed = () => performance.now() - writeStarted;
      const writing = write(sequence);
      let seen = false;
      await sleep(phase);
      while (elapsed() < timeoutMs) {
        if ((await readVersion(versionUrl, timeoutMs)) > before) {
          seen = true;
          break;
        }
        await sleep(POLL_INTERVAL_MS);
      }
      await writing;
      if (!seen) {
        versionTimeouts += 1;
        continue;
      }
      versionSamples.push(elapsed());
      if (pageSkipped !== null) continue;
      for (;;) {
        const pageVersion = await readPageVersion(pageUrl, timeoutMs);
        if (pageVersion === null) throw new Error("the guide page carries no live version");
        if (pageVersion > before) {
          pageSamples.push(elapsed());
          break;
        }
        if (elapsed() > timeoutMs) {
          pageTimeouts += 1;
          break;
        }
      }
      // The statistics: the page's figures include the write once its recomputation stored them
      // (the reader's page then refreshes on its next poll).
      for (;;) {
        if ((await readLiveVersion(versionUrl, timeoutMs)).statsVersion > before) {
          statsSamples.push(elapsed());
          break;
        }
        if (elapsed() > timeoutMs) {
          statsTimeouts += 1;
          break;
        }
        await sleep(POLL_INTERVAL_MS);
      }
    } catch (error) {
      note = `stopped after ${sequence} writes: ${error instanceof Error ? error.message : String(error)}`;
      break;
    }
    if (versionTimeouts + pageTimeouts >= 3 && versionSamples.length + pageSamples.length === 0) {
      note = "no write became visible; stopped";
      break;
    }
  }
  return {
    version: {
      write: kind,
      stage: "version",
      probe: `the version endpoint, polled every ${POLL_INTERVAL_MS} ms as the page does`,
      samples: versionSamples,
      timedOut: versionTimeouts,
      summary: summarize(versionSamples),
      note,
    },
    page: {
      write: kind,
      stage: "page",
      probe: "the guide page re-rendered after the version moved (what the reader sees)",
      samples: pageSamples,
      timedOut: pageTimeouts,
      summary: summarize(pageSamples),
      note: pageSkipped !== null ? `not measured: ${pageSkipped}` : note,
    },
    stats: {
      write: kind,
      stage: "stats",
      probe: "the stored statistics include the write (their version, as the page polls it)",
      samples: statsSamples,
      timedOut: statsTimeouts,
      summary: summarize(statsSamples),
      note: pageSkipped !== null ? `not measured: ${pageSkipped}` : note,
    },
  };
}
