import type { PageTag } from "./rules";

// The pages the shared cache holds in one server process (docs/decisions/006-page-cache.md):
// least recently used first out past a byte budget, none older than maxAgeMs. When the version
// watcher sees a write, a page of its tag becomes stale: with maxStaleMs it is still served for
// that long while one render replaces it, otherwise it is dropped. A render that began before an
// invalidation of its tag may have read the data from before the write: it is never kept as
// fresh, only (with maxStaleMs) as a stale copy newer than the one it replaces, unless the page
// says it shows its exchange's newest versions (page-version.ts): then it is current, and so is a
// copy such a version leaves unchanged.

export type CachedPage = {
  status: number;
  /** The response headers as Next sent them, without those made per response and cookies. */
  headers: readonly (readonly [string, string])[];
  /** Set-Cookie lines of shared cookies (the locale), sent to readers who do not have that value yet. */
  cookies: readonly string[];
  body: Buffer;
  /** The same body gzip-compressed, for the readers that accept it (every browser does). */
  gzip: Buffer;
  etag: string;
  /** CSP hashes ('sha256-…') of the page's inline scripts, which its policy allows instead of a nonce. */
  scriptHashes: readonly string[];
  /** The page version of its exchange that the page says it shows (page-version.ts), if it says. */
  shows?: string | null;
};

/** Taken when a render begins; `store` or `release` ends it. */
export type RenderTicket = { readonly key: string; readonly tag: PageTag; readonly sequence: number };

/** A page found in the cache: fresh, or stale (a write since its render) but within maxStaleMs. */
export type CacheLookup = { page: CachedPage; stale: boolean };

type Entry = { page: CachedPage; tag: PageTag; storedAt: number; bytes: number; sequence: number; staleSince: number | null };

/** Per exchange slug, its page version as the version watch read it last (page-version.ts). */
export type PageVersions = ReadonlyMap<string, string>;
// What the cache learns of a render while it runs: the first invalidation of its tag after it began.
type OpenRender = { staleSince: number | null; flushed: boolean };

export type PageCacheOptions = {
  maxBytes: number;
  maxAgeMs: number;
  /** How long after the write was seen a stale copy may still be served; 0 drops it at once. */
  maxStaleMs?: number;
  now?: () => number;
};

export class PageCache {
  readonly #entries = new Map<string, Entry>();
  readonly #open = new Map<RenderTicket, OpenRender>();
  // Whether each ended render had been overtaken, for a reader asking before the render is let go.
  readonly #ended = new WeakMap<RenderTicket, boolean>();
  readonly #maxBytes: number;
  readonly #maxAgeMs: number;
  readonly #maxStaleMs: number;
  readonly #now: () => number;
  #bytes = 0;
  // Every invalidation takes the next sequence number; a ticket remembers the one it began at.
  #sequence = 0;
  #versions: PageVersions = new Map();

  constructor({ maxBytes, maxAgeMs, maxStaleMs = 0, now = Date.now }: PageCacheOptions) {
    this.#maxBytes = maxBytes;
    this.#maxAgeMs = maxAgeMs;
    this.#maxStaleMs = maxStaleMs;
    this.#now = now;
  }

  get size(): number {
    return this.#entries.size;
  }

  get bytes(): number {
    return this.#bytes;
  }

  /** A fresh copy: none of its tag's writes came after its render began. */
  get(key: string): CachedPage | undefined {
    const found = this.lookup(key);
    return found && !found.stale ? found.page : undefined;
  }

  /** A fresh copy, or a stale one whose first unseen write was seen at most maxStaleMs ago. */
  lookup(key: string): CacheLookup | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    const now = this.#now();
    if (now - entry.storedAt > this.#maxAgeMs || (entry.staleSince !== null && now - entry.staleSince > this.#maxStaleMs)) {
      this.#delete(key, entry);
      return undefined;
    }
    // Map order is the recency order: move a hit to the end.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return { page: entry.page, stale: entry.staleSince !== null };
  }

  begin(key: string, tag: PageTag): RenderTicket {
    const ticket = { key, tag, sequence: this.#sequence };
    this.#open.set(ticket, { staleSince: null, flushed: false });
    return ticket;
  }

  /** Whether a write to the render's tag was seen after it began: what it stores is stale already. */
  isOvertaken(ticket: RenderTicket): boolean {
    const open = this.#open.get(ticket);
    return open ? open.flushed || open.staleSince !== null : (this.#ended.get(ticket) ?? true);
  }

  /** Ends a render that stores nothing (it failed, or was not shareable). */
  release(ticket: RenderTicket): void {
    this.#end(ticket);
  }

  /**
   * Stores a rendered page and says whether it was kept. A render that a write overtook is kept
   * only as a stale copy (with maxStaleMs), and only over an older copy: stale since that write,
   * so never served longer than the copy it replaces would have been.
   */
  store(ticket: RenderTicket, page: CachedPage): boolean {
    const open = this.#end(ticket);
    if (!open || open.flushed) return false;
    const previous = this.#entries.get(ticket.key);
    // A render that shows the newest versions is current, whatever it overtook: the statistics a
    // guide's render recomputes and stores move its version, and that page shows them.
    const staleSince = this.#showsLatest(ticket.tag, page) ? null : open.staleSince;
    if (staleSince !== null && (this.#maxStaleMs === 0 || (previous && previous.sequence > ticket.sequence))) return false;
    const bytes = page.body.length + page.gzip.length;
    if (bytes > this.#maxBytes) return false;
    if (previous) this.#delete(ticket.key, previous);
    this.#entries.set(ticket.key, { page, tag: ticket.tag, storedAt: this.#now(), bytes, sequence: ticket.sequence, staleSince });
    this.#bytes += bytes;
    for (const [key, entry] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#delete(key, entry);
    }
    return true;
  }

  /**
   * Marks stale (or drops) the pages of these exchanges and, with `site` (by default whenever an
   * exchange changed), every page that shows all exchanges. The version watch passes `site: false`
   * when only one guide's order moved (a vote), which changes no figure of the home page or the comparison.
   */
  invalidate(slugs: readonly string[], { site = slugs.length > 0, versions }: { site?: boolean; versions?: PageVersions } = {}): void {
    if (versions) this.#versions = versions;
    if (slugs.length === 0 && !site) return;
    this.#sequence += 1;
    const now = this.#now();
    const changed = new Set(slugs);
    const matches = (tag: PageTag) => (tag.kind === "site" ? site : changed.has(tag.slug));
    for (const [ticket, open] of this.#open) if (matches(ticket.tag)) open.staleSince ??= now;
    for (const [key, entry] of this.#entries) {
      if (!matches(entry.tag) || (entry.staleSince === null && this.#showsLatest(entry.tag, entry.page))) continue;
      if (this.#maxStaleMs === 0) this.#delete(key, entry);
      else entry.staleSince ??= now;
    }
  }

  /** Drops every page, never to be served stale, and refuses every render under way. */
  invalidateAll(versions?: PageVersions): void {
    if (versions) this.#versions = versions;
    this.#sequence += 1;
    for (const open of this.#open.values()) open.flushed = true;
    this.#entries.clear();
    this.#bytes = 0;
  }

  /** Whether the page says it shows its exchange's newest versions the watch has read. */
  #showsLatest(tag: PageTag, page: CachedPage): boolean {
    return tag.kind === "exchange" && typeof page.shows === "string" && this.#versions.get(tag.slug) === page.shows;
  }

  #end(ticket: RenderTicket): OpenRender | undefined {
    const open = this.#open.get(ticket);
    if (!open) return undefined;
    this.#open.delete(ticket);
    this.#ended.set(ticket, open.flushed || open.staleSince !== null);
    return open;
  }

  #delete(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }
}
