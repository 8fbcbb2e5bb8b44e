import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { acceptsStale, createPageCacheHandler } from "./handler";
import { RENDER_COMPLETE_MARKER } from "./render-complete";
import { pageCacheRules } from "./rules";
import { PageCache } from "./store";

// Stale-while-revalidate (docs/decisions/006-page-cache.md): after a write, readers get the
// previous copy while one render replaces it, for a bounded time, and only while the version
// poll holds. The stand-in for Next renders the version it reads when it begins, and holds each
// render until the test lets it finish, so nothing here depends on timing; the cache's clock is
// the test's.

const MAX_STALE_MS = 750;
const GUIDE = "/en/exchanges/zaif";
const GUIDE_KEY = "http /en/exchanges/zaif";

async function startFront({ maxBackgroundRenders }: { maxBackgroundRenders?: number } = {}) {
  let now = 0;
  const cache = new PageCache({ maxBytes: 10_000_000, maxAgeMs: 60_000, maxStaleMs: MAX_STALE_MS, now: () => now });
  const watch = { confirmed: true, isConfirmed: () => watch.confirmed };
  const next = { renders: 0, version: 1, hold: false, ending: RENDER_COMPLETE_MARKER, cookies: [] as (string | undefined)[], held: [] as (() => void)[] };
  const handle = createPageCacheHandler({
    cache,
    watch,
    rules: pageCacheRules(["en", "ja"]),
    maxLagMs: 1000,
    maxBackgroundRenders,
    publicOrigin: "https://atlas.example",
    next: async (request: IncomingMessage, response: ServerResponse) => {
      next.renders += 1;
      next.cookies.push(request.headers.cookie);
      const version = next.version;
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.write("<html><head></head>");
      if (next.hold) await new Promise<void>((release) => next.held.push(release));
      response.end(`<body>version ${version}${next.ending}</body></html>`);
    },
  });
  const server: Server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path = GUIDE, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}${path}`, { headers });
    return { cache: response.headers.get("x-page-cache"), text: await response.text() };
  };
  /** Lets every held render finish. */
  const release = () => next.held.splice(0).forEach((finish) => finish());
  /** Waits until the cache holds the page as `state`, with the version in its body. */
  const cached = (version: number, state: "fresh" | "stale") =>
    expect.poll(() => {
      const found = cache.lookup(GUIDE_KEY);
      return found && `${found.stale ? "stale" : "fresh"} ${found.page.body.toString().includes(`version ${version}<`)}`;
    }, POLL).toBe(`${state} true`);
  // A first copy of the guide (version 1), fresh.
  await get();
  await cached(1, "fresh");
  return { cache, watch, next, get, release, cached, advance: (ms: number) => (now += ms) };
}

const POLL = { timeout: 5_000, interval: 5 };
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe("the page cache after a write", () => {
  it("serves the previous copy, marked stale, while one render replaces it; then the new copy", async () => {
    const { cache, next, get, release, cached } = await startFront();
    next.version = 2;
    next.hold = true;
    cache.invalidate(["zaif"]);
    // Each answer comes while the render is held: no reader waits for it.
    const answers = await Promise.all(Array.from({ length: 5 }, () => get()));
    expect(answers).toEqual(Array.from({ length: 5 }, () => ({ cache: "stale", text: expect.stringContaining("version 1<") })));
    await expect.poll(() => next.renders, POLL).toBe(2);
    expect((await get()).cache).toBe("stale");
    next.hold = false;
    release();
    await cached(2, "fresh");
    expect(await get()).toEqual({ cache: "hit", text: expect.stringContaining("version 2<") });
    expect(next.renders).toBe(2);
  });

  it("renders once more after a render that writes overtook, however many writes, and serves its copy as stale meanwhile", async () => {
    const { cache, next, get, release, cached } = await startFront();
    next.hold = true;
    next.version = 2;
    cache.invalidate(["zaif"]);
    await get();
    await expect.poll(() => next.held.length, POLL).toBe(1);
    // Three writes land while that render runs; readers keep asking.
    for (const version of [3, 4, 5]) {
      next.version = version;
      cache.invalidate(["zaif"]);
      expect((await get()).cache).toBe("stale");
    }
    expect(next.renders).toBe(2);
    release();
    // The overtaken render's copy is newer than the first: served as stale while one more renders.
    await cached(2, "stale");
    await expect.poll(() => next.held.length, POLL).toBe(1);
    expect(await get()).toEqual({ cache: "stale", text: expect.stringContaining("version 2<") });
    next.hold = false;
    release();
    await cached(5, "fresh");
    expect(next.renders).toBe(3);
  });

  it("serves a stale copy no longer than maxStaleMs after the write was seen: then the reader waits for the render", async () => {
    const { cache, next, get, release, advance } = await startFront();
    next.version = 2;
    next.hold = true;
    cache.invalidate(["zaif"]);
    advance(MAX_STALE_MS);
    expect((await get()).cache).toBe("stale");
    await expect.poll(() => next.held.length, POLL).toBe(1);
    advance(1);
    const waiting = get();
    // Answered only by the render it waits for (held here): nothing stale, no second render.
    release();
    expect(await waiting).toEqual({ cache: "hit", text: expect.stringContaining("version 2<") });
    expect(next.renders).toBe(2);
  });

  it("serves nothing stale, and no render begins in the background, while the version poll is not confirmed", async () => {
    const { cache, watch, next, get } = await startFront();
    next.version = 2;
    cache.invalidate(["zaif"]);
    watch.confirmed = false;
    expect(await get()).toEqual({ cache: "miss", text: expect.stringContaining("version 2<") });
    expect(next.renders).toBe(2);
  });

  it("keeps serving the stale copy when its render fails, renders again for the next reader, and stops at the bound", async () => {
    const { cache, next, get, advance } = await startFront();
    next.version = 2;
    next.ending = "<h2>Something went wrong</h2>";
    cache.invalidate(["zaif"]);
    expect((await get()).cache).toBe("stale");
    await expect.poll(() => next.renders, POLL).toBe(2);
    // Each reader meanwhile gets the previous copy; once the failed render ended, a reader starts another.
    await expect
      .poll(async () => {
        expect(await get()).toEqual({ cache: "stale", text: expect.stringContaining("version 1<") });
        return next.renders;
      }, POLL)
      .toBeGreaterThanOrEqual(3);
    advance(MAX_STALE_MS + 1);
    expect(await get()).toEqual({ cache: "miss", text: expect.stringContaining("Something went wrong") });
  });

  it("renders the new copy in the background without the session cookie of the reader who asked", async () => {
    const { cache, next, get, cached } = await startFront();
    next.version = 2;
    cache.invalidate(["zaif"]);
    expect((await get(GUIDE, { cookie: "NEXT_LOCALE=en; authjs.session-token=abc" })).cache).toBe("stale");
    await cached(2, "fresh");
    expect(next.cookies.at(-1)).toBe("NEXT_LOCALE=en");
  });

  it("leaves pages of other exchanges fresh, and renders nothing for them", async () => {
    const { cache, next, get } = await startFront();
    cache.invalidate(["kraken"]);
    expect((await get()).cache).toBe("hit");
    expect(next.renders).toBe(1);
  });

  it("renders stale pages in the background a few at a time, the others in turn", async () => {
    const { cache, next, get, release, cached } = await startFront({ maxBackgroundRenders: 1 });
    await get("/en/exchanges/kraken");
    await expect.poll(() => cache.lookup("http /en/exchanges/kraken")?.stale, POLL).toBe(false);
    next.version = 2;
    next.hold = true;
    cache.invalidate(["zaif", "kraken"]);
    expect((await get()).cache).toBe("stale");
    expect((await get("/en/exchanges/kraken")).cache).toBe("stale");
    await expect.poll(() => next.held.length, POLL).toBe(1);
    expect(next.renders).toBe(3);
    release();
    await cached(2, "fresh");
    // Then kraken's turn.
    await expect.poll(() => next.renders, POLL).toBe(4);
    release();
    await expect.poll(() => cache.lookup("http /en/exchanges/kraken")?.stale, POLL).toBe(false);
  });

  it("makes a reader who reloads (Cache-Control: max-age=0 or no-cache) wait for the render instead of getting the stale copy", async () => {
    const { cache, next, get } = await startFront();
    next.version = 2;
    cache.invalidate(["zaif"]);
    const reload = await get(GUIDE, { "cache-control": "max-age=0" });
    expect(reload.cache).not.toBe("stale");
    expect(reload.text).toContain("version 2<");
    expect(next.renders).toBe(2);
  });
});

describe("acceptsStale", () => {
  it.each([
    [{}, true],
    [{ "cache-control": "max-age=0" }, false],
    [{ "cache-control": "no-cache" }, false],
    [{ pragma: "no-cache" }, false],
    [{ "cache-control": "max-age=60, no-transform" }, true],
  ])("%o → %s", (headers, expected) => {
    expect(acceptsStale(headers)).toBe(expected);
  });
});
