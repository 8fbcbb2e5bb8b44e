import type { PageCache } from "./store";

// How a server process learns of writes made anywhere (this process, another instance, a child
// process recomputing a guide, a script): it polls PostgreSQL, where every write already moves a
// version in its own transaction (docs/decisions/005-live-guides.md). A cheap fingerprint first;
// only when it moved, every exchange's versions, to drop just the pages that changed. The state
// is compared, not events counted, so a poll that failed misses nothing once one succeeds.
// Where PostgreSQL can tell (LISTEN, lib/live/version-listener.ts) `wake` polls at once, and the
// interval is only the safety net; the live streams (lib/live/live-hub.ts) hear of every change
// through `onChange`.

/** Per exchange slug, a string that changes whenever anything its pages show may have changed. */
export type ExchangeVersions = ReadonlyMap<string, string>;

/**
 * One read of every exchange's versions, with what else the same query found (`extra`: the
 * server's live versions, so the live streams need no read of their own), handed to onChange.
 */
export type VersionRead<Extra> = { versions: ExchangeVersions; extra: Extra };

export type VersionSource<Extra = undefined> = {
  /** A value that moves with any exchange's versions; read every poll, so it must be cheap. */
  fingerprint(): Promise<string>;
  exchangeVersions(): Promise<VersionRead<Extra>>;
  /**
   * A string that changes whenever a figure of the pages showing all exchanges (home page,
   * comparison) may have changed; read with exchangeVersions. Kept apart so that a write that
   * changes one guide only (a vote) leaves those pages cached.
   */
  siteVersion(): Promise<string>;
};

/** The slugs whose versions differ, including exchanges that appeared or went away. */
export function changedExchanges(previous: ExchangeVersions, next: ExchangeVersions): string[] {
  const changed: string[] = [];
  for (const [slug, version] of next) if (previous.get(slug) !== version) changed.push(slug);
  for (const slug of previous.keys()) if (!next.has(slug)) changed.push(slug);
  return changed;
}

export type VersionWatchOptions<Extra> = {
  source: VersionSource<Extra>;
  cache: PageCache;
  intervalMs: number;
  now?: () => number;
  onError?: (error: unknown) => void;
  /**
   * After a poll that found a change, once the cache dropped the pages it changed: the exchanges
   * that changed, whether site-wide figures did, and what the read found besides the versions.
   */
  onChange?: (change: VersionChange, extra: Extra) => void;
};

export type VersionChange = { slugs: string[]; site: boolean };

export class VersionWatch<Extra = undefined> {
  readonly #source: VersionSource<Extra>;
  readonly #cache: PageCache;
  readonly #intervalMs: number;
  readonly #now: () => number;
  readonly #onError: (error: unknown) => void;
  readonly #onChange: (change: VersionChange, extra: Extra) => void;
  #intervalMsNow: number;
  // A wake-up that came while a poll was under way: that poll may have read before the write
  // committed, so one more follows it.
  #pollAgain = false;
  #fingerprint: string | null = null;
  #versions: ExchangeVersions | null = null;
  #siteVersion: string | null = null;
  // When the last successful poll began: the cache is known to match the database as of then.
  #confirmedAt = Number.NEGATIVE_INFINITY;
  #timer: NodeJS.Timeout | null = null;
  #polling: Promise<void> | null = null;
  #stopped = false;
  #failing = false;

  constructor({ source, cache, intervalMs, now = Date.now, onError = () => undefined, onChange = () => undefined }: VersionWatchOptions<Extra>) {
    this.#source = source;
    this.#cache = cache;
    this.#intervalMs = intervalMs;
    this.#intervalMsNow = intervalMs;
    this.#onChange = onChange;
    this.#now = now;
    this.#onError = onError;
  }

  /** True when a poll that began at most maxLagMs ago found the cache current. */
  isConfirmed(maxLagMs: number): boolean {
    return this.#now() - this.#confirmedAt <= maxLagMs;
  }

  /** One poll; on a failure the cache stays unconfirmed and the error goes to onError once per outage. */
  poll(): Promise<void> {
    this.#polling ??= this.#pollOnce().finally(() => {
      this.#polling = null;
      if (this.#pollAgain && !this.#stopped) {
        this.#pollAgain = false;
        void this.poll();
      }
    });
    return this.#polling;
  }

  /** Something changed (a notification): poll now, or right after the poll under way. */
  wake(): void {
    if (this.#stopped) return;
    if (this.#polling) this.#pollAgain = true;
    else void this.poll();
  }

  /** The safety-net interval: long while notifications arrive, the configured one otherwise. */
  setInterval(intervalMs: number | null): void {
    this.#intervalMsNow = intervalMs ?? this.#intervalMs;
  }

  start(): void {
    this.#stopped = false;
    const tick = () => {
      void this.poll().finally(() => {
        if (this.#stopped) return;
        this.#timer = setTimeout(tick, this.#intervalMsNow);
        this.#timer.unref();
      });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#polling;
  }

  async #pollOnce(): Promise<void> {
    const startedAt = this.#now();
    try {
      const fingerprint = await this.#source.fingerprint();
      if (fingerprint !== this.#fingerprint) {
        const [{ versions, extra }, siteVersion] = await Promise.all([this.#source.exchangeVersions(), this.#source.siteVersion()]);
        // The first poll has nothing to compare with: whatever a render stored before it is dropped.
        const change: VersionChange =
          this.#versions === null ? { slugs: [...versions.keys()], site: true } : { slugs: changedExchanges(this.#versions, versions), site: siteVersion !== this.#siteVersion };
        if (this.#versions === null) this.#cache.invalidateAll(versions);
        else this.#cache.invalidate(change.slugs, { site: change.site, versions });
        this.#onChange(change, extra);
        this.#versions = versions;
        this.#siteVersion = siteVersion;
        this.#fingerprint = fingerprint;
      }
      this.#confirmedAt = startedAt;
      this.#failing = false;
    } catch (error) {
      if (!this.#failing) this.#onError(error);
      this.#failing = true;
    }
  }
}
