import { createHash } from "node:crypto";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { contentSecurityPolicy } from "../security/csp";
import { inlineScriptHashes } from "./inline-scripts";
import { isCompleteRender } from "./render-complete";
import { shownPageVersion } from "./page-version";
import { withoutSessionCookie, type CacheablePage, type RequestFacts } from "./rules";
import { detachedRequest } from "./detached-request";
import type { CachedPage, CacheLookup, PageCache, RenderTicket } from "./store";
import type { VersionWatch } from "./version-watch";

// The HTTP front of the page cache (docs/decisions/006-page-cache.md): answers the pages anonymous
// readers share from memory, and otherwise hands the request to Next. A page Next renders for
// such a request is kept on its way out, so the next reader gets it without a render.

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

export type PageCacheHandlerOptions = {
  next: Handler;
  cache: PageCache;
  watch: Pick<VersionWatch, "isConfirmed">;
  rules: (request: RequestFacts) => CacheablePage | null;
  /** A cached page is served only while the watch confirmed the cache this recently. */
  maxLagMs: number;
  /** How long a reader waits for a render of the same page already under way. */
  maxWaitMs?: number;
  /**
   * How many stale pages render in the background at once; others wait their turn. Renders share
   * one event loop with the readers: ten at once each take ten times as long, so every stale copy
   * runs out of time together, where a few at a time replace the first ones in time.
   */
  maxBackgroundRenders?: number;
  /**
   * The app's public origin (AUTH_URL). A shared copy is rendered as a request to it, whatever
   * Host the reader sent, and is kept only when its headers name no other host and its body not
   * the host the request named: nothing a reader puts in a request header reaches other readers.
   */
  publicOrigin: string;
};

// Headers made per response, or rebuilt for the cached copy.
const PER_RESPONSE_HEADERS = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date", "etag", "content-security-policy", "x-page-cache"]);
// The only cookie a shared page may set: next-intl's locale cookie, the same for every reader of
// the page, which next-intl sends whenever a request's cookie differs from the page's locale.
const SHARED_COOKIES = new Set(["NEXT_LOCALE"]);
// The largest page kept: a guide is about 0.3 MB; anything far larger is not a page to keep.
const MAX_PAGE_BYTES = 4 * 1024 * 1024;

const gzipAsync = promisify(gzip);

export function createPageCacheHandler({ next, cache, watch, rules, maxLagMs, maxWaitMs = 10_000, maxBackgroundRenders = 2, publicOrigin }: PageCacheHandlerOptions): Handler {
  const publicHost = new URL(publicOrigin).host.toLowerCase();
  // One render per page at a time: readers arriving meanwhile get the stale copy, or wait for it.
  const renders = new Map<string, Render>();
  // Background renders waiting their turn, oldest first, one per page.
  const queued = new Map<string, { page: CacheablePage; from: SharedRender }>();
  let backgroundRenders = 0;

  /** Hands the request to Next as a render of the shared copy, kept as it goes out if shareable. */
  const renderShared = (page: CacheablePage, request: IncomingMessage, response: ServerResponse, requestHosts: readonly string[], onEnd = () => undefined as void) => {
    const ticket = cache.begin(page.key, page.tag);
    let finished = () => undefined as void;
    const render: Render = { ticket, finished: new Promise<void>((resolve) => (finished = resolve)), again: null };
    renders.set(page.key, render);
    const done = () => {
      cache.release(ticket);
      if (renders.get(page.key) === render) renders.delete(page.key);
      finished();
      onEnd();
      // Writes seen while it ran, and a reader since: one more render, however many writes, unless
      // the copy it kept shows them.
      if (render.again && watch.isConfirmed(maxLagMs) && cache.lookup(page.key)?.stale !== false) renderInBackground(page, render.again);
    };
    captureResponse(response, (captured) => {
      if (!captured || !isShareable(captured, publicHost, requestHosts)) return done();
      void keepPage(cache, ticket, captured).finally(done);
    });
    return next(request, response);
  };

  const renderInBackground = (page: CacheablePage, from: SharedRender) => {
    if (!queued.has(page.key)) queued.set(page.key, { page, from });
    startQueued();
  };

  const startQueued = () => {
    for (const [key, { page, from }] of queued) {
      if (backgroundRenders >= maxBackgroundRenders) return;
      queued.delete(key);
      // A reader who found no copy may have started this page's render meanwhile.
      if (renders.has(key) || !watch.isConfirmed(maxLagMs)) continue;
      backgroundRenders += 1;
      const { request, response } = detachedRequest(from.url, from.headers);
      // A render that outlives the readers' wait gives its turn up, as it gives the page up.
      let turnGiven = false;
      const ended = () => {
        if (turnGiven) return;
        turnGiven = true;
        clearTimeout(timer);
        backgroundRenders -= 1;
        startQueued();
      };
      const timer = setTimeout(ended, maxWaitMs);
      timer.unref();
      Promise.resolve(renderShared(page, request, response, from.requestHosts, ended)).catch(() => {
        if (!response.writableEnded) response.destroy();
      });
    }
  };

  /** A reader got a stale copy: a render that began after the write replaces it, if none is under way. */
  const revalidate = (page: CacheablePage, request: IncomingMessage) => {
    const running = renders.get(page.key);
    if (queued.has(page.key) || (running && !cache.isOvertaken(running.ticket))) return;
    const shared = sharedRender(request, publicHost);
    if (running) running.again = shared;
    else renderInBackground(page, shared);
  };

  return async function handle(request, response) {
    const https = isHttps(request);
    const page = rules({ method: request.method, url: request.url, headers: request.headers, https });
    if (!page) return next(request, response);

    if (watch.isConfirmed(maxLagMs)) {
      const takesStale = acceptsStale(request.headers);
      const cached = cache.lookup(page.key);
      if (cached?.stale) revalidate(page, request);
      if (cached && (!cached.stale || takesStale)) return sendCached(request, response, cached, https);
      const render = renders.get(page.key);
      if (render) {
        // A render that outlived the wait no longer holds the page: the reader behind it renders
        // again (and is kept), instead of every later reader waiting the same time out for a render
        // that may never end (seen under load in the mixed-load benchmark).
        if (!(await settledWithin(render.finished, maxWaitMs)) && renders.get(page.key) === render) renders.delete(page.key);
        const rendered = watch.isConfirmed(maxLagMs) ? cache.lookup(page.key) : undefined;
        if (rendered && (!rendered.stale || takesStale)) return sendCached(request, response, rendered, https);
      }
    }
    if (request.method !== "GET" || renders.has(page.key)) return next(request, response);

    const shared = sharedRender(request, publicHost);
    request.headers = shared.headers;
    response.setHeader("X-Page-Cache", "miss");
    return renderShared(page, request, response, shared.requestHosts);
  };
}

type Render = { ticket: RenderTicket; finished: Promise<void>; again: SharedRender | null };

/** A render of the copy every reader gets, made from one reader's request. */
type SharedRender = { url: string; headers: IncomingHttpHeaders; requestHosts: string[] };

// Headers that would make Next answer this reader only (a part of the page, or not modified).
const READER_ONLY_HEADERS = ["accept-encoding", "if-none-match", "if-modified-since", "range", "x-forwarded-host"];

function sharedRender(request: IncomingMessage, publicHost: string): SharedRender {
  const headers: IncomingHttpHeaders = { ...request.headers };
  // Kept uncompressed: the cache compresses once, and serves either form.
  for (const name of READER_ONLY_HEADERS) delete headers[name];
  // Rendered as an anonymous reader sees it, even for a signed-in one (rules.ts lets those
  // through only for pages whose per-reader parts the browser fills in): nothing of this
  // reader's session can reach the copy others get.
  const cookie = withoutSessionCookie(request.headers.cookie);
  if (cookie === undefined) delete headers.cookie;
  else headers.cookie = cookie;
  // Rendered for everyone, so as a request to the public origin: next-intl, for one, writes the
  // request's host into the page's Link header (once a forged X-Forwarded-Host's).
  headers.host = publicHost;
  return { url: request.url ?? "/", headers, requestHosts: namedHosts(request).filter((host) => host !== publicHost) };
}

function sendCached(request: IncomingMessage, response: ServerResponse, { page, stale }: CacheLookup, https: boolean): void {
  response.statusCode = page.status;
  for (const [name, value] of page.headers) response.setHeader(name, value);
  const missing = page.cookies.filter((cookie) => !hasCookie(request.headers.cookie, cookie.split(";")[0] ?? ""));
  if (missing.length > 0) response.setHeader("Set-Cookie", missing);
  response.setHeader("Content-Security-Policy", contentSecurityPolicy({ scriptHashes: page.scriptHashes, https }));
  response.setHeader("ETag", page.etag);
  response.setHeader("Vary", appendVary(response.getHeader("vary"), "Accept-Encoding"));
  response.setHeader("X-Page-Cache", stale ? "stale" : "hit");
  if (request.headers["if-none-match"] === page.etag) {
    response.statusCode = 304;
    response.end();
    return;
  }
  const body = acceptsGzip(request.headers["accept-encoding"]) ? page.gzip : page.body;
  if (body === page.gzip) response.setHeader("Content-Encoding", "gzip");
  response.setHeader("Content-Length", body.length);
  response.end(request.method === "HEAD" ? undefined : body);
}

type CapturedResponse = { status: number; headers: [string, string][]; cookies: string[]; body: Buffer };

/** Calls back with the response as it went out once it finished, or null if it cannot be kept. */
function captureResponse(response: ServerResponse, callback: (captured: CapturedResponse | null) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || tooLarge) return;
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > MAX_PAGE_BYTES) tooLarge = true;
    else chunks.push(buffer);
  };
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.write = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    return write(...args);
  }) as ServerResponse["write"];
  response.end = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    return end(...args);
  }) as ServerResponse["end"];

  let settled = false;
  const settle = (captured: CapturedResponse | null) => {
    if (settled) return;
    settled = true;
    callback(captured);
  };
  response.once("close", () => settle(null));
  response.once("finish", () => {
    if (tooLarge) return settle(null);
    const kept = keptHeaders(response);
    settle(kept && response.statusCode === 200 ? { status: response.statusCode, ...kept, body: Buffer.concat(chunks) } : null);
  });
}

/** The headers and cookies to replay with a cached copy, or null when the response must not be shared. */
function keptHeaders(response: ServerResponse): { headers: [string, string][]; cookies: string[] } | null {
  const headers: [string, string][] = [];
  let cookies: string[] = [];
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (value === undefined) continue;
    if (name === "set-cookie") {
      cookies = (Array.isArray(value) ? value : [String(value)]).map(String);
      // Any other cookie is for this reader only.
      if (!cookies.every((cookie) => SHARED_COOKIES.has(cookie.split("=")[0]?.trim() ?? ""))) return null;
      continue;
    }
    // A compressed body was meant for this reader's encodings (the cache asks for none).
    if (name === "content-encoding") return null;
    if (PER_RESPONSE_HEADERS.has(name)) continue;
    headers.push([name, Array.isArray(value) ? value.join(", ") : String(value)]);
  }
  const type = headers.find(([name]) => name === "content-type")?.[1] ?? "";
  return type.startsWith("text/html") ? { headers, cookies } : null;
}

/** The hosts a request names (Host, X-Forwarded-Host), in lower case. */
function namedHosts(request: IncomingMessage): string[] {
  const forwarded = request.headers["x-forwarded-host"];
  const values = [request.headers.host, ...(Array.isArray(forwarded) ? forwarded : [forwarded])];
  return values.flatMap((value) => (value ?? "").split(",")).map((host) => host.trim().toLowerCase()).filter(Boolean);
}

// The host of every absolute URL in a header value (Link, Location, Content-Location...).
const URL_HOST = /[a-z][a-z0-9+.-]*:\/\/(?:[^/?#\s<>"'@]*@)?([^/?#\s<>"';,]+)/gi;

/**
 * Whether a finished render may become the copy every reader gets: complete and successful (the
 * marker, no failed part), no header pointing at a host other than the public one, and no
 * mention of a host this request named unless it is the public one.
 */
function isShareable(captured: CapturedResponse, publicHost: string, requestHosts: readonly string[]): boolean {
  const html = captured.body.toString("utf8");
  if (!isCompleteRender(html)) return false;
  for (const [, value] of captured.headers) {
    for (const match of value.matchAll(URL_HOST)) if (match[1]?.toLowerCase() !== publicHost) return false;
  }
  const texts = [html.toLowerCase(), ...captured.headers.map(([, value]) => value.toLowerCase()), ...captured.cookies.map((cookie) => cookie.toLowerCase())];
  return !requestHosts.some((host) => texts.some((text) => text.includes(host)));
}

/** True when the Cookie header already holds this exact name=value pair. */
export function hasCookie(header: string | undefined, pair: string): boolean {
  return header !== undefined && header.split(";").some((part) => part.trim() === pair.trim());
}

async function keepPage(cache: PageCache, ticket: RenderTicket, captured: CapturedResponse): Promise<void> {
  const html = captured.body.toString("utf8");
  const page: CachedPage = {
    status: captured.status,
    headers: captured.headers,
    cookies: captured.cookies,
    body: captured.body,
    gzip: await gzipAsync(captured.body),
    etag: `"${createHash("sha256").update(captured.body).digest("base64url").slice(0, 27)}"`,
    scriptHashes: inlineScriptHashes(html),
    shows: shownPageVersion(html),
  };
  cache.store(ticket, page);
}

function isHttps(request: IncomingMessage): boolean {
  if ((request.socket as TLSSocket).encrypted) return true;
  const forwarded = request.headers["x-forwarded-proto"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return first === "https";
}

/**
 * Whether the reader takes a stale copy: not when it asked for a current one (a browser's reload
 * sends `Cache-Control: max-age=0`, a hard reload `no-cache`; RFC 9111 5.2.1), so a reader who
 * reloads after a write waits for the render instead of getting the page from before it.
 */
export function acceptsStale(headers: IncomingHttpHeaders): boolean {
  const directives = `${headers["cache-control"] ?? ""},${headers.pragma ?? ""}`.toLowerCase().split(",").map((directive) => directive.trim().replace(/\s+/g, ""));
  return !directives.some((directive) => directive === "no-cache" || directive === "max-age=0");
}

/** True when the Accept-Encoding header allows gzip (and does not give it q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(",").some((part) => {
    const [coding = "", ...parameters] = part.trim().toLowerCase().split(";");
    if (coding.trim() !== "gzip" && coding.trim() !== "*") return false;
    const q = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

function appendVary(current: number | string | string[] | undefined, name: string): string {
  const values = (Array.isArray(current) ? current.join(",") : String(current ?? "")).split(",").map((value) => value.trim()).filter(Boolean);
  if (!values.some((value) => value.toLowerCase() === name.toLowerCase())) values.push(name);
  return values.join(", ");
}

/** Whether the promise settled within `ms`. */
async function settledWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const settled = await Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)))]);
  clearTimeout(timer);
  return settled;
}
