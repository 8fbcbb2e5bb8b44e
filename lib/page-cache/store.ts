import type { PageTag } from "./rules";

// The pages the shared cache holds in one server process (docs/decisions/006-page-cache.md):
// least recently used first out past a byte budget, none older than maxAgeMs, and dropped by tag
// when the version watcher sees a write. A render that began before an invalidation of its tag
// is not stored, since it may have read the data from before the write.

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
};

/** Taken when a render begins; `store` refuses it if the page's tag was invalidated since. */
export type RenderTicket = { key: string; tag: PageTag; sequence: number };

type Entry = { page: CachedPage; tag: PageTag; storedAt: number; bytes: number };

export type PageCacheOptions = { maxBytes: number; maxAgeMs: number; now?: () => number };

export class PageCache {
  readonly #entries = new Map<string, Entry>();
  readonly #maxBytes: number;
  readonly #maxAgeMs: number;
  readonly #now: () => number;
  #bytes = 0;
  // Every invalidation takes the next sequence number; a ticket remembers the one it began at.
  #sequence = 0;
  readonly #exchangeInvalidatedAt = new Map<string, number>();
  #siteInvalidatedAt = 0;
  #flushedAt = 0;

  constructor({ maxBytes, maxAgeMs, now = Date.now }: PageCacheOptions) {
    this.#maxBytes = maxBytes;
    this.#maxAgeMs = maxAgeMs;
    this.#now = now;
  }

  get size(): number {
    return this.#entries.size;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get(key: string): CachedPage | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (this.#now() - entry.storedAt > this.#maxAgeMs) {
      this.#delete(key, entry);
      return undefined;
    }
    // Map order is the recency order: move a hit to the end.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.page;
  }

  begin(key: string, tag: PageTag): RenderTicket {
    return { key, tag, sequence: this.#sequence };
  }

  /** Stores a rendered page unless its tag was invalidated after its render began; says which. */
  store(ticket: RenderTicket, page: CachedPage): boolean {
    if (this.#lastInvalidation(ticket.tag) > ticket.sequence) return false;
    const bytes = page.body.length + page.gzip.length;
    if (bytes > this.#maxBytes) return false;
    const previous = this.#entries.get(ticket.key);
    if (previous) this.#delete(ticket.key, previous);
    this.#entries.set(ticket.key, { page, tag: ticket.tag, storedAt: this.#now(), bytes });
    this.#bytes += bytes;
    for (const [key, entry] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#delete(key, entry);
    }
    return true;
  }

  /**
   * Drops the pages of these exchanges and, with `site` (by default whenever an exchange changed),
   * every page that shows all exchanges. The version watch passes `site: false` when only one
   * guide's order moved (a vote), which changes no figure of the home page or the comparison.
   */
  invalidate(slugs: readonly string[], { site = slugs.length > 0 }: { site?: boolean } = {}): void {
    if (slugs.length === 0 && !site) return;
    this.#sequence += 1;
    for (const slug of slugs) this.#exchangeInvalidatedAt.set(slug, this.#sequence);
    if (site) this.#siteInvalidatedAt = this.#sequence;
    const changed = new Set(slugs);
    for (const [key, entry] of this.#entries) {
      if (entry.tag.kind === "site" ? site : changed.has(entry.tag.slug)) this.#delete(key, entry);
    }
  }

  invalidateAll(): void {
    this.#sequence += 1;
    this.#flushedAt = this.#sequence;
    this.#entries.clear();
    this.#bytes = 0;
  }

  #lastInvalidation(tag: PageTag): number {
    const ofTag = tag.kind === "site" ? this.#siteInvalidatedAt : (this.#exchangeInvalidatedAt.get(tag.slug) ?? 0);
    return Math.max(ofTag, this.#flushedAt);
  }

  #delete(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }
}
