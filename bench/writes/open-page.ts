import type { StreamClient } from "../live/stream-clients";

// One reader with a guide open, as LiveRefresh behaves (app/[locale]/_components/live-refresh.tsx):
// it requests the page when its live stream says the version moved, never more than one request
// at a time, and once more after a request if the stream moved meanwhile. Writes register the
// version that shows them; each learns when a page with at least that version arrived. The page
// is requested anonymously, as a reader who reloads gets it: from the page cache once the cache
// has dropped the old copy, otherwise rendered (the open page's own refresh renders it too).

// A page that answers older than the event said (a render that began before the commit) is asked
// again after this pause, unless a newer event comes first.
const RETRY_PAGE_MS = 50;

// The version the page was rendered with, as LiveRefresh's prop in the page's flight data
// ("version":"12", JSON inside a script string, so the quotes may be escaped).
const PAGE_VERSION = /\\?"version\\?":\\?"(\d+)\\?"/;

async function readPageVersion(url: string, timeoutMs: number): Promise<number | null> {
  const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(Math.max(1, Math.ceil(timeoutMs))) });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url} answered HTTP ${response.status}`);
  const match = PAGE_VERSION.exec(body);
  return match?.[1] ? Number(match[1]) : null;
}

type Waiter = { version: number; committedAt: number; deadline: number; done: (ms: number | null) => void };

export class OpenPage {
  readonly #stream: StreamClient;
  readonly #url: string;
  readonly #waiters = new Set<Waiter>();
  #running = false;
  /** The first failure other than a timeout (a page without a version, an error status). */
  problem: string | null = null;

  constructor(stream: StreamClient, url: string) {
    this.#stream = stream;
    this.#url = url;
  }

  /** Milliseconds after `committedAt` until the page showed `version`, or null past `timeoutMs`. */
  shows(version: number, committedAt: number, timeoutMs: number): Promise<number | null> {
    return new Promise((done) => {
      this.#waiters.add({ version, committedAt, deadline: committedAt + timeoutMs, done });
      if (!this.#running) void this.#follow();
    });
  }

  #settle(pageVersion: number | null, now: number): void {
    for (const waiter of this.#waiters) {
      // A page that came after the write's time was up counts as not shown in time.
      if (now >= waiter.deadline) waiter.done(null);
      else if (pageVersion !== null && pageVersion >= waiter.version) waiter.done(now - waiter.committedAt);
      else continue;
      this.#waiters.delete(waiter);
    }
  }

  async #follow(): Promise<void> {
    this.#running = true;
    try {
      while (this.#waiters.size > 0) {
        const waiters = [...this.#waiters];
        const lowest = Math.min(...waiters.map((waiter) => waiter.version));
        const left = Math.min(...waiters.map((waiter) => waiter.deadline)) - performance.now();
        const event = await this.#stream.firstEvent((id) => id.version >= lowest, Math.max(0, left));
        if (event === null) {
          this.#settle(null, performance.now());
          continue;
        }
        let pageVersion: number | null = null;
        try {
          pageVersion = await readPageVersion(this.#url, Math.max(...waiters.map((waiter) => waiter.deadline)) - performance.now());
          if (pageVersion === null) this.problem ??= `${this.#url} carries no live version`;
        } catch (error) {
          if (!(error instanceof Error && error.name === "TimeoutError")) this.problem ??= error instanceof Error ? error.message : String(error);
        }
        this.#settle(pageVersion, performance.now());
        if (this.#waiters.size > 0 && (pageVersion ?? -1) < event.id.version) await new Promise((done) => setTimeout(done, RETRY_PAGE_MS));
      }
    } finally {
      this.#running = false;
    }
  }
}
