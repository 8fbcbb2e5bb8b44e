import { createServer, get as httpGet, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { dropUntrustedForwardedHeaders } from "../security/proxy-headers";
import { acceptsGzip, createPageCacheHandler, hasCookie } from "./handler";
import { RENDER_COMPLETE_MARKER } from "./render-complete";
import { pageCacheRules } from "./rules";
import { PageCache } from "./store";

// The handler in front of a stand-in for Next on a real HTTP server: what a reader gets, from
// which side, with which headers.

const INLINE = "(self.__next_f=self.__next_f||[]).push([0])";
const INLINE_HASH = "'sha256-OBTN3RiyCV4Bq7dFqZ5a2pAXjnCcCYeTJMO2I/LYKeo='";

type FakeNext = {
  renders: number;
  version: number;
  delayMs: number;
  setCookie: string | null;
  status: number;
  contentType: string;
  lastAcceptEncoding: string | undefined;
  lastCookie: string | undefined;
  /** What the page's body ends with: the marker of a complete render, or what an error render leaves. */
  ending: string;
  /** Extra text in the body. */
  extra: string;
  extraHeaders: Record<string, string>;
};

const PUBLIC_ORIGIN = "https://atlas.example";

async function startFront({ confirmed = true, trustProxy = false, maxWaitMs }: { confirmed?: boolean; trustProxy?: boolean; maxWaitMs?: number } = {}) {
  const cache = new PageCache({ maxBytes: 10_000_000, maxAgeMs: 60_000 });
  const next: FakeNext = {
    renders: 0,
    version: 1,
    delayMs: 0,
    setCookie: "NEXT_LOCALE=en; Path=/; SameSite=lax",
    status: 200,
    contentType: "text/html; charset=utf-8",
    lastAcceptEncoding: undefined,
    lastCookie: undefined,
    ending: RENDER_COMPLETE_MARKER,
    extra: "",
    extraHeaders: {},
  };
  const watch = { confirmed, isConfirmed: () => watch.confirmed };
  const handle = createPageCacheHandler({
    cache,
    watch,
    rules: pageCacheRules(["en", "ja"]),
    maxLagMs: 1000,
    maxWaitMs,
    publicOrigin: PUBLIC_ORIGIN,
    next: async (request: IncomingMessage, response: ServerResponse) => {
      next.renders += 1;
      next.lastAcceptEncoding = request.headers["accept-encoding"] as string | undefined;
      next.lastCookie = request.headers.cookie;
      const version = next.version;
      response.statusCode = next.status;
      response.setHeader("Content-Type", next.contentType);
      // As next-intl's middleware does: alternate links on the host the request names.
      const host = (request.headers["x-forwarded-host"] as string | undefined) ?? request.headers.host;
      const proto = (request.headers["x-forwarded-proto"] as string | undefined) ?? "http";
      response.setHeader("Link", `<${proto}://${host}/en>; rel="alternate"; hreflang="en", <${proto}://${host}/ja>; rel="alternate"; hreflang="ja"`);
      for (const [name, value] of Object.entries(next.extraHeaders)) response.setHeader(name, value);
      response.setHeader("Content-Security-Policy", "script-src 'nonce-abc'");
      response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
      if (next.setCookie) response.setHeader("Set-Cookie", next.setCookie);
      // Streamed in parts, as Next streams a page.
      response.write(`<html><head><script nonce="abc">${INLINE}</script></head>`);
      if (next.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, next.delayMs));
      response.end(`<body>version ${version} of ${request.url}${next.extra}${next.ending}</body></html>`);
    },
  });
  // As scripts/serve.ts does before the cache.
  const server: Server = createServer((request, response) => {
    dropUntrustedForwardedHeaders(request.headers, trustProxy);
    void handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}${path}`, { headers });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  /** A GET through node:http, which, unlike fetch, sends any Host header. */
  const rawGet = (path: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: IncomingMessage["headers"]; text: string }>((resolve, reject) => {
      httpGet(`${url}${path}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString() }));
      }).on("error", reject);
    });
  return { cache, next, watch, get, rawGet, url };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

// Leaves time for the finished response to be compressed and stored.
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("the page cache in front of Next", () => {
  it("renders a page once, then answers from memory with the same body and a hash-based policy", async () => {
    const { get, next } = await startFront();
    const first = await get("/en/exchanges/zaif");
    expect(first.headers.get("x-page-cache")).toBe("miss");
    expect(first.headers.get("content-security-policy")).toBe("script-src 'nonce-abc'");
    await settle();
    const second = await get("/en/exchanges/zaif");
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(second.text).toBe(first.text);
    expect(next.renders).toBe(1);
    const policy = second.headers.get("content-security-policy") ?? "";
    expect(policy).toContain(`script-src 'self' ${INLINE_HASH};`);
    expect(policy).not.toContain("nonce");
    expect(policy).not.toContain("strict-dynamic");
    expect(second.headers.get("cache-control")).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });

  it("asks Next for an uncompressed page and serves gzip to readers who accept it", async () => {
    const { get, next, url } = await startFront();
    const plain = await get("/en/compare", { "accept-encoding": "gzip, deflate, br" });
    expect(next.lastAcceptEncoding).toBeUndefined();
    await settle();
    // node:http, not fetch, which would decompress the body itself.
    const raw = await new Promise<{ headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
      httpGet(`${url}/en/compare`, { headers: { "accept-encoding": "gzip" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      }).on("error", reject);
    });
    expect(raw.headers["content-encoding"]).toBe("gzip");
    expect(raw.headers.vary).toMatch(/Accept-Encoding/);
    expect(gunzipSync(raw.body).toString()).toBe(plain.text);
  });

  it("answers a matching If-None-Match with 304 and no body", async () => {
    const { get } = await startFront();
    await get("/en");
    await settle();
    const hit = await get("/en");
    const etag = hit.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[\w-]+"$/);
    const revalidated = await get("/en", { "if-none-match": etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe("");
  });

  it("sends the locale cookie only to readers who do not have that value yet", async () => {
    const { get } = await startFront();
    await get("/en");
    await settle();
    expect((await get("/en")).headers.get("set-cookie")).toBe("NEXT_LOCALE=en; Path=/; SameSite=lax");
    expect((await get("/en", { cookie: "NEXT_LOCALE=en" })).headers.get("set-cookie")).toBeNull();
    expect((await get("/en", { cookie: "NEXT_LOCALE=ja" })).headers.get("set-cookie")).toBe("NEXT_LOCALE=en; Path=/; SameSite=lax");
  });

  it("never keeps a page that sets any other cookie, a non-200 answer or anything but HTML", async () => {
    const { get, next } = await startFront();
    next.setCookie = "authjs.csrf-token=secret; Path=/";
    await get("/en");
    next.setCookie = null;
    next.status = 404;
    await get("/en/exchanges/nosuch");
    next.status = 200;
    next.contentType = "application/json";
    await get("/ja");
    await settle();
    next.contentType = "text/html";
    for (const path of ["/en", "/en/exchanges/nosuch", "/ja"]) expect((await get(path)).headers.get("x-page-cache")).toBe("miss");
  });

  it("never keeps an error render or an incomplete one, though Next answered 200", async () => {
    const { get, next, cache } = await startFront();
    // The home page's list failed (database down): error.tsx shows on the client; no marker.
    next.ending = "<h2>Something went wrong</h2>";
    await get("/en");
    // The marker rendered, but a part after it failed and was left to the client.
    next.ending = `${RENDER_COMPLETE_MARKER}<!--$!--><template data-dgst="1234"></template><!--/$-->`;
    await get("/en/compare");
    next.ending = `${RENDER_COMPLETE_MARKER}<script>$RX("B:1","1234")</script>`;
    await get("/en/exchanges/zaif");
    await settle();
    expect(cache.size).toBe(0);
    // Once the database is back, the next complete render is kept.
    next.ending = RENDER_COMPLETE_MARKER;
    await get("/en");
    await settle();
    expect((await get("/en")).headers.get("x-page-cache")).toBe("hit");
  });

  it("never lets a forged X-Forwarded-Host reach a stored copy when the proxy is not trusted", async () => {
    const { get, rawGet, next } = await startFront({ trustProxy: false });
    const poisoned = await rawGet("/en", { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(poisoned.headers.link).not.toContain("evil.example");
    await settle();
    const later = await get("/en");
    expect(later.headers.get("x-page-cache")).toBe("hit");
    expect(later.headers.get("link")).toBe('<http://atlas.example/en>; rel="alternate"; hreflang="en", <http://atlas.example/ja>; rel="alternate"; hreflang="ja"');
    expect(later.text).not.toContain("evil.example");
    expect(next.renders).toBe(1);
  });

  it("renders the shared copy for the public host whatever Host or trusted X-Forwarded-Host a request names", async () => {
    const { get, rawGet } = await startFront({ trustProxy: true });
    await rawGet("/en", { host: "evil.example", "x-forwarded-host": "evil.example" });
    await settle();
    const later = await get("/en");
    expect(later.headers.get("x-page-cache")).toBe("hit");
    expect(later.headers.get("link")).not.toContain("evil.example");
    expect(later.headers.get("link")).toContain("atlas.example");
  });

  it("never keeps a page whose headers point at another host, or whose body names the host a request forged", async () => {
    const { get, rawGet, next, cache } = await startFront();
    next.extraHeaders = { "Content-Location": "https://elsewhere.example/en" };
    await get("/en");
    next.extraHeaders = {};
    next.extra = "evil.example";
    await rawGet("/ja", { host: "evil.example" });
    await settle();
    expect(cache.size).toBe(0);
  });

  it("answers a signed-in reader's guide from the cache, but not their report list or a client-side navigation", async () => {
    const { get, next } = await startFront();
    await get("/en/exchanges/zaif");
    await get("/en/exchanges/zaif/reports");
    await settle();
    const signedIn = await get("/en/exchanges/zaif", { cookie: "authjs.session-token=abc" });
    const signedInList = await get("/en/exchanges/zaif/reports", { cookie: "authjs.session-token=abc" });
    const navigation = await get("/en/exchanges/zaif", { rsc: "1" });
    expect(signedIn.headers.get("x-page-cache")).toBe("hit");
    expect(signedInList.headers.get("x-page-cache")).toBeNull();
    expect(navigation.headers.get("x-page-cache")).toBeNull();
    expect(next.renders).toBe(4);
  });

  it("renders a shared copy for a signed-in reader without their session cookie", async () => {
    const { get, next } = await startFront();
    const first = await get("/en/exchanges/zaif", { cookie: "NEXT_LOCALE=en; authjs.session-token=abc; theme=dark" });
    expect(first.headers.get("x-page-cache")).toBe("miss");
    expect(next.lastCookie).toBe("NEXT_LOCALE=en; theme=dark");
    await get("/en/compare", { cookie: "__Secure-authjs.session-token.0=abc" });
    expect(next.lastCookie).toBeUndefined();
  });

  it("renders again once a write to the exchange dropped the page", async () => {
    const { get, next, cache } = await startFront();
    await get("/en/exchanges/zaif");
    await settle();
    next.version = 2;
    expect((await get("/en/exchanges/zaif")).text).toContain("version 1");
    cache.invalidate(["zaif"]);
    expect((await get("/en/exchanges/zaif")).text).toContain("version 2");
  });

  it("does not keep a render that a write overtook", async () => {
    const { get, next, cache } = await startFront();
    next.delayMs = 100;
    const rendering = get("/en/exchanges/zaif");
    await new Promise((resolve) => setTimeout(resolve, 30));
    cache.invalidate(["zaif"]);
    await rendering;
    await settle();
    expect(cache.size).toBe(0);
  });

  it("lets readers who arrive during a render wait for it instead of rendering the page again", async () => {
    const { get, next } = await startFront();
    next.delayMs = 100;
    const answers = await Promise.all(Array.from({ length: 5 }, () => get("/en/exchanges/zaif")));
    expect(next.renders).toBe(1);
    expect(answers.map((answer) => answer.headers.get("x-page-cache")).sort()).toEqual(["hit", "hit", "hit", "hit", "miss"]);
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
  });

  it("lets go of a render that outlives the wait: the reader who waited renders and keeps the page, later readers get it", async () => {
    const { get, next, url } = await startFront({ maxWaitMs: 200 });
    next.delayMs = 60_000;
    const reader = new AbortController();
    const stuck = fetch(`${url}/en/exchanges/zaif`, { signal: reader.signal }).catch(() => undefined);
    await expect.poll(() => next.renders, { timeout: 5_000, interval: 10 }).toBe(1);
    next.delayMs = 0;
    try {
      // Waits out the stuck render, then renders itself, and that render is the one kept.
      expect((await get("/en/exchanges/zaif")).headers.get("x-page-cache")).toBe("miss");
      await settle();
      expect((await get("/en/exchanges/zaif")).headers.get("x-page-cache")).toBe("hit");
      expect(next.renders).toBe(2);
    } finally {
      reader.abort();
      await stuck;
    }
  });

  it("serves nothing from memory while the version watch cannot confirm the cache is current", async () => {
    const { get, next, watch } = await startFront();
    await get("/en/exchanges/zaif");
    await settle();
    watch.confirmed = false;
    expect((await get("/en/exchanges/zaif")).headers.get("x-page-cache")).toBe("miss");
    expect(next.renders).toBe(2);
  });

  it("answers HEAD from the cache with the headers only", async () => {
    const { get, url } = await startFront();
    await get("/en");
    await settle();
    const response = await fetch(`${url}/en`, { method: "HEAD" });
    expect(response.headers.get("x-page-cache")).toBe("hit");
    expect(Number(response.headers.get("content-length"))).toBeGreaterThan(0);
    expect(await response.text()).toBe("");
  });
});

describe("acceptsGzip", () => {
  it.each([
    ["gzip, deflate, br", true],
    ["br;q=1.0, gzip;q=0.8", true],
    ["*", true],
    ["gzip;q=0", false],
    ["br", false],
    [undefined, false],
  ])("%s → %s", (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe("hasCookie", () => {
  it("matches the exact name=value pair only", () => {
    expect(hasCookie("a=1; NEXT_LOCALE=en", "NEXT_LOCALE=en")).toBe(true);
    expect(hasCookie("NEXT_LOCALE=ja", "NEXT_LOCALE=en")).toBe(false);
    expect(hasCookie("XNEXT_LOCALE=en", "NEXT_LOCALE=en")).toBe(false);
    expect(hasCookie(undefined, "NEXT_LOCALE=en")).toBe(false);
  });
});
