import type { IncomingMessage, ServerResponse } from "node:http";
import { GuideVersionQuerySchema } from "../validation/guide";

// One server-sent-events stream per open guide or comparison tab, fed from memory: the server
// process learns of changes once (LISTEN or its own poll, lib/page-cache/version-watch.ts), reads
// every live version in one query and writes an event to each stream whose version moved. An idle
// tab costs an open socket and a heartbeat comment, nothing in the database.

/** What a page compares with the version it was rendered with (GET /api/guides/version answers the same). */
export type LiveVersion = { version: number; statsVersion: number };
export type LiveSnapshot = { comparison: LiveVersion; exchanges: ReadonlyMap<string, LiveVersion> };

export const LIVE_STREAM_PATH = "/api/live";
// Comments keep idle connections open through proxies that time them out (nginx: 60 s).
const HEARTBEAT_MS = 15_000;
// How long EventSource waits before it reconnects by itself after a dropped connection.
const RECONNECT_HINT_MS = 1_000;

export const liveEventId = (live: LiveVersion): string => `${live.version}/${live.statsVersion}`;

export function formatLiveEvent(live: LiveVersion): string {
  return `id: ${liveEventId(live)}\ndata: ${JSON.stringify(live)}\n\n`;
}

/** The stream a query names ("comparison" or "exchange:<slug>"), or null for anything else. */
export function liveTopic(search: URLSearchParams): string | null {
  const { last: _last, ...query } = Object.fromEntries(search);
  const parsed = GuideVersionQuerySchema.safeParse(query);
  if (!parsed.success) return null;
  return "slug" in parsed.data ? `exchange:${parsed.data.slug}` : "comparison";
}

function versionOf(snapshot: LiveSnapshot, topic: string): LiveVersion | undefined {
  return topic === "comparison" ? snapshot.comparison : snapshot.exchanges.get(topic.slice("exchange:".length));
}

export type LiveHubOptions = { maxClients: number; heartbeatMs?: number };

export class LiveHub {
  readonly #streams = new Map<string, Set<ServerResponse>>();
  readonly #maxClients: number;
  readonly #heartbeatMs: number;
  #snapshot: LiveSnapshot | null = null;
  #clients = 0;
  #heartbeat: NodeJS.Timeout | null = null;
  #closed = false;

  constructor({ maxClients, heartbeatMs = HEARTBEAT_MS }: LiveHubOptions) {
    this.#maxClients = maxClients;
    this.#heartbeatMs = heartbeatMs;
  }

  get clients(): number {
    return this.#clients;
  }

  /** New versions: every stream whose topic's version moved gets one event. */
  publish(snapshot: LiveSnapshot): void {
    const previous = this.#snapshot;
    this.#snapshot = snapshot;
    for (const [topic, streams] of this.#streams) {
      const latest = versionOf(snapshot, topic);
      const before = previous && versionOf(previous, topic);
      if (!latest || (before && liveEventId(before) === liveEventId(latest))) continue;
      const event = formatLiveEvent(latest);
      for (const response of streams) response.write(event);
    }
  }

  /** Answers GET /api/live?slug=… or ?scope=comparison; `last` (or Last-Event-ID) is the version the page has. */
  handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? "/", "http://localhost");
    const topic = liveTopic(url.searchParams);
    if (request.method !== "GET") return this.#refuse(response, 405, "method_not_allowed", { Allow: "GET" });
    if (topic === null) return this.#refuse(response, 400, "invalid_input");
    if (this.#closed || this.#snapshot === null || this.#clients >= this.#maxClients) {
      // EventSource gives up on a 503, and the page falls back to asking now and then.
      return this.#refuse(response, 503, "unavailable", { "Retry-After": "30" });
    }
    const current = versionOf(this.#snapshot, topic);
    if (!current) return this.#refuse(response, 404, "not_found");

    response.writeHead(200, {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store",
      Connection: "keep-alive",
      // nginx would otherwise hold events back in its buffer.
      "X-Accel-Buffering": "no",
    });
    response.write(`retry: ${RECONNECT_HINT_MS}\n\n`);
    const known = request.headers["last-event-id"] ?? url.searchParams.get("last");
    if (known !== liveEventId(current)) response.write(formatLiveEvent(current));

    const streams = this.#streams.get(topic) ?? new Set<ServerResponse>();
    this.#streams.set(topic, streams);
    streams.add(response);
    this.#clients += 1;
    this.#startHeartbeat();
    response.once("close", () => {
      if (!streams.delete(response)) return;
      this.#clients -= 1;
      if (streams.size === 0) this.#streams.delete(topic);
    });
  }

  /** Ends every stream (shutdown: open streams would keep the server from closing). */
  close(): void {
    this.#closed = true;
    if (this.#heartbeat) clearInterval(this.#heartbeat);
    for (const streams of this.#streams.values()) for (const response of streams) response.end();
  }

  #startHeartbeat(): void {
    if (this.#heartbeat) return;
    this.#heartbeat = setInterval(() => {
      for (const streams of this.#streams.values()) for (const response of streams) response.write(": keep-alive\n\n");
    }, this.#heartbeatMs);
    this.#heartbeat.unref();
  }

  #refuse(response: ServerResponse, status: number, error: string, headers: Record<string, string> = {}): void {
    response.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers });
    response.end(JSON.stringify({ error }));
  }
}
