import { describe, expect, it } from "vitest";
import type { PageTag } from "./rules";
import { PageCache, type CachedPage } from "./store";

const page = (text: string, bytes = text.length): CachedPage => ({
  status: 200,
  headers: [["content-type", "text/html; charset=utf-8"]],
  cookies: [],
  body: Buffer.alloc(bytes, text),
  gzip: Buffer.alloc(0),
  etag: `"${text}"`,
  scriptHashes: [],
});
const zaif: PageTag = { kind: "exchange", slug: "zaif" };
const kraken: PageTag = { kind: "exchange", slug: "kraken" };
const site: PageTag = { kind: "site" };

function cacheWithClock(options: { maxBytes?: number; maxAgeMs?: number; maxStaleMs?: number } = {}) {
  let now = 0;
  const cache = new PageCache({ maxBytes: options.maxBytes ?? 1_000_000, maxAgeMs: options.maxAgeMs ?? 60_000, maxStaleMs: options.maxStaleMs, now: () => now });
  const put = (key: string, tag: PageTag, stored = page(key)) => cache.store(cache.begin(key, tag), stored);
  return { cache, put, advance: (ms: number) => (now += ms) };
}

describe("PageCache", () => {
  it("returns what was stored under its key, and nothing for other keys", () => {
    const { cache, put } = cacheWithClock();
    expect(put("/en/exchanges/zaif", zaif)).toBe(true);
    expect(cache.get("/en/exchanges/zaif")?.etag).toBe('"/en/exchanges/zaif"');
    expect(cache.get("/ja/exchanges/zaif")).toBeUndefined();
  });

  it("drops an exchange's pages and every site-wide page when that exchange changes, and keeps the others", () => {
    const { cache, put } = cacheWithClock();
    put("zaif", zaif);
    put("kraken", kraken);
    put("home", site);
    cache.invalidate(["zaif"]);
    expect(cache.get("zaif")).toBeUndefined();
    expect(cache.get("home")).toBeUndefined();
    expect(cache.get("kraken")).toBeDefined();
    expect(cache.size).toBe(1);
  });

  it("does nothing for an empty change, and drops everything on invalidateAll", () => {
    const { cache, put } = cacheWithClock();
    put("zaif", zaif);
    put("home", site);
    cache.invalidate([]);
    expect(cache.size).toBe(2);
    cache.invalidateAll();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it("refuses a render that began before its exchange changed: it may show the data from before the write", () => {
    const { cache } = cacheWithClock();
    const zaifRender = cache.begin("zaif", zaif);
    const krakenRender = cache.begin("kraken", kraken);
    const homeRender = cache.begin("home", site);
    cache.invalidate(["zaif"]);
    expect(cache.store(zaifRender, page("zaif"))).toBe(false);
    expect(cache.store(homeRender, page("home"))).toBe(false);
    expect(cache.store(krakenRender, page("kraken"))).toBe(true);
    // A render that begins after the change is kept.
    expect(cache.store(cache.begin("zaif", zaif), page("zaif"))).toBe(true);
  });

  it("refuses every render that began before invalidateAll", () => {
    const { cache } = cacheWithClock();
    const render = cache.begin("kraken", kraken);
    cache.invalidateAll();
    expect(cache.store(render, page("kraken"))).toBe(false);
  });

  it("stops serving a page after maxAgeMs", () => {
    const { cache, put, advance } = cacheWithClock({ maxAgeMs: 1000 });
    put("zaif", zaif);
    advance(1000);
    expect(cache.get("zaif")).toBeDefined();
    advance(1);
    expect(cache.get("zaif")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("keeps within its byte budget by dropping the least recently used pages", () => {
    const { cache, put } = cacheWithClock({ maxBytes: 300 });
    put("a", zaif, page("a", 100));
    put("b", zaif, page("b", 100));
    put("c", zaif, page("c", 100));
    cache.get("a");
    put("d", zaif, page("d", 100));
    expect(cache.get("b")).toBeUndefined();
    expect(["a", "c", "d"].map((key) => cache.get(key) !== undefined)).toEqual([true, true, true]);
    expect(cache.bytes).toBe(300);
  });

  it("replaces a page stored again under the same key, counting its bytes once", () => {
    const { cache, put } = cacheWithClock();
    put("a", zaif, page("a", 100));
    put("a", zaif, page("x", 50));
    expect(cache.bytes).toBe(50);
    expect(cache.get("a")?.etag).toBe('"x"');
  });

  it("refuses a page larger than the whole budget", () => {
    const { cache, put } = cacheWithClock({ maxBytes: 100 });
    expect(put("big", zaif, page("big", 101))).toBe(false);
    expect(cache.size).toBe(0);
  });
});

describe("PageCache with stale copies (maxStaleMs)", () => {
  const body = (found: { page: CachedPage } | undefined) => found?.page.body.toString().slice(0, 2);

  it("keeps an invalidated page as stale for maxStaleMs after the first write it misses, then drops it", () => {
    const { cache, put, advance } = cacheWithClock({ maxStaleMs: 750 });
    put("zaif", zaif, page("z1"));
    put("kraken", kraken, page("k1"));
    cache.invalidate(["zaif"]);
    expect(cache.get("zaif")).toBeUndefined();
    expect(cache.lookup("zaif")).toMatchObject({ stale: true });
    expect(cache.lookup("kraken")).toMatchObject({ stale: false });
    advance(500);
    // A later write does not extend the time: the first one it misses is the reader's lag.
    cache.invalidate(["zaif"]);
    advance(250);
    expect(cache.lookup("zaif")).toMatchObject({ stale: true });
    advance(1);
    expect(cache.lookup("zaif")).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it("keeps a render a write overtook as stale since that write, over an older copy but never over a newer one", () => {
    const { cache, put, advance } = cacheWithClock({ maxStaleMs: 750 });
    put("zaif", zaif, page("z1"));
    const older = cache.begin("zaif", zaif);
    cache.invalidate(["zaif"]);
    const newer = cache.begin("zaif", zaif);
    advance(300);
    cache.invalidate(["zaif"]);
    expect(cache.isOvertaken(newer)).toBe(true);
    expect(cache.store(newer, page("z3"))).toBe(true);
    expect(cache.store(older, page("z2"))).toBe(false);
    expect(body(cache.lookup("zaif"))).toBe("z3");
    expect(cache.lookup("zaif")?.stale).toBe(true);
    // Stale since the write at 300 ms that overtook it, not since it was stored.
    advance(751);
    expect(cache.lookup("zaif")).toBeUndefined();
  });

  it("stores a render that began after the last write as fresh, and still says so once it ended", () => {
    const { cache, put } = cacheWithClock({ maxStaleMs: 750 });
    put("home", site, page("h1"));
    cache.invalidate(["zaif"]);
    const render = cache.begin("home", site);
    expect(cache.isOvertaken(render)).toBe(false);
    expect(cache.store(render, page("h2"))).toBe(true);
    expect(cache.isOvertaken(render)).toBe(false);
    expect(cache.lookup("home")).toMatchObject({ stale: false });
  });

  it("serves nothing stale after invalidateAll, and refuses the renders that were under way", () => {
    const { cache, put } = cacheWithClock({ maxStaleMs: 750 });
    put("zaif", zaif);
    const render = cache.begin("zaif", zaif);
    cache.invalidateAll();
    expect(cache.lookup("zaif")).toBeUndefined();
    expect(cache.isOvertaken(render)).toBe(true);
    expect(cache.store(render, page("zaif"))).toBe(false);
  });
});

describe("PageCache with page versions (what a render says it shows)", () => {
  const shows = (version: string): CachedPage => ({ ...page("guide"), shows: version });
  const versions = (version: string) => new Map([["zaif", version]]);

  it("keeps as fresh a render that overtook an invalidation but shows the newest versions", () => {
    const { cache } = cacheWithClock({ maxStaleMs: 750 });
    const render = cache.begin("zaif", zaif);
    // The render stored the statistics it recomputed: the watch sees the guide's version move.
    cache.invalidate(["zaif"], { versions: versions("8:8:1000:1") });
    expect(cache.isOvertaken(render)).toBe(true);
    expect(cache.store(render, shows("8:8:1000:1"))).toBe(true);
    expect(cache.lookup("zaif")).toMatchObject({ stale: false });
  });

  it("keeps a render that shows older versions stale, and refuses it without stale copies", () => {
    const { cache } = cacheWithClock({ maxStaleMs: 750 });
    const render = cache.begin("zaif", zaif);
    cache.invalidate(["zaif"], { versions: versions("9:8:1000:1") });
    expect(cache.store(render, shows("8:8:1000:1"))).toBe(true);
    expect(cache.lookup("zaif")).toMatchObject({ stale: true });
    const strict = cacheWithClock().cache;
    const late = strict.begin("zaif", zaif);
    strict.invalidate(["zaif"], { versions: versions("9:8:1000:1") });
    expect(strict.store(late, shows("8:8:1000:1"))).toBe(false);
  });

  it("leaves alone a copy that already shows the versions an invalidation brings, and marks the others", () => {
    const { cache, put } = cacheWithClock({ maxStaleMs: 750 });
    put("zaif", zaif, shows("8:8:1000:1"));
    put("zaif-unsaid", zaif);
    put("home", site, shows("8:8:1000:1"));
    cache.invalidate(["zaif"], { site: true, versions: versions("8:8:1000:1") });
    expect(cache.lookup("zaif")).toMatchObject({ stale: false });
    expect(cache.lookup("zaif-unsaid")).toMatchObject({ stale: true });
    // Site-wide pages say no exchange's version: any change of theirs makes them stale.
    expect(cache.lookup("home")).toMatchObject({ stale: true });
    cache.invalidate(["zaif"], { versions: versions("9:8:1000:1") });
    expect(cache.lookup("zaif")).toMatchObject({ stale: true });
  });

  it("compares with the versions of the watch's last read, also after a full flush", () => {
    const { cache } = cacheWithClock({ maxStaleMs: 750 });
    const render = cache.begin("zaif", zaif);
    cache.invalidateAll(versions("8:8:1000:1"));
    // A render under way at a flush is refused whatever it shows.
    expect(cache.store(render, shows("8:8:1000:1"))).toBe(false);
    const next = cache.begin("zaif", zaif);
    cache.invalidate(["zaif"], { versions: versions("8:9:2000:1") });
    expect(cache.store(next, shows("8:8:1000:1"))).toBe(true);
    expect(cache.lookup("zaif")).toMatchObject({ stale: true });
  });
});
