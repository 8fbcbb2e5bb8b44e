import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { formatLiveEvent, LiveHub, liveTopic, type LiveSnapshot } from "./live-hub";
import { retryDelay } from "./version-listener";

/** A response that records what was written, and a request with a URL and headers. */
function stream(url: string, headers: Record<string, string> = {}) {
  const written: string[] = [];
  const response = Object.assign(new EventEmitter(), {
    status: 0,
    headers: {} as Record<string, string>,
    ended: false,
    writeHead(status: number, head: Record<string, string>) {
      this.status = status;
      this.headers = head;
      return this;
    },
    write(chunk: string) {
      written.push(chunk);
      return true;
    },
    end(chunk?: string) {
      if (chunk) written.push(chunk);
      this.ended = true;
      return this;
    },
  });
  const request = { method: "GET", url, headers } as unknown as IncomingMessage;
  return { request, response, asResponse: response as unknown as ServerResponse, written, events: () => written.filter((chunk) => chunk.startsWith("id:")) };
}

const snapshot = (kraken: number, zaifStats = 1, comparison = 3): LiveSnapshot => ({
  comparison: { version: comparison, statsVersion: 7 },
  exchanges: new Map([
    ["kraken", { version: kraken, statsVersion: 1 }],
    ["zaif", { version: 2, statsVersion: zaifStats }],
  ]),
});

describe("live topics", () => {
  it("name one exchange or the comparison, as GET /api/guides/version does", () => {
    expect(liveTopic(new URLSearchParams("slug=kraken"))).toBe("exchange:kraken");
    expect(liveTopic(new URLSearchParams("scope=comparison&last=3%2F7"))).toBe("comparison");
    expect(liveTopic(new URLSearchParams("slug=kraken&scope=comparison"))).toBeNull();
    expect(liveTopic(new URLSearchParams("slug=../etc"))).toBeNull();
    expect(liveTopic(new URLSearchParams(""))).toBeNull();
  });
});

describe("the live hub", () => {
  it("refuses streams until it knows the versions, then opens them as event streams with the current version", () => {
    const hub = new LiveHub({ maxClients: 10 });
    const early = stream("/api/live?slug=kraken");
    hub.handle(early.request, early.asResponse);
    expect(early.response.status).toBe(503);

    hub.publish(snapshot(5));
    const tab = stream("/api/live?slug=kraken");
    hub.handle(tab.request, tab.asResponse);
    expect(tab.response.status).toBe(200);
    expect(tab.response.headers["Content-Type"]).toContain("text/event-stream");
    expect(tab.response.headers["X-Accel-Buffering"]).toBe("no");
    expect(tab.events()).toEqual([formatLiveEvent({ version: 5, statsVersion: 1 })]);
    expect(hub.clients).toBe(1);
    hub.close();
  });

  it("sends nothing at first to a page that already has the current version (Last-Event-ID or ?last=)", () => {
    const hub = new LiveHub({ maxClients: 10 });
    hub.publish(snapshot(5));
    const byHeader = stream("/api/live?slug=kraken", { "last-event-id": "5/1" });
    const byQuery = stream("/api/live?slug=kraken&last=5%2F1");
    hub.handle(byHeader.request, byHeader.asResponse);
    hub.handle(byQuery.request, byQuery.asResponse);
    expect(byHeader.events()).toEqual([]);
    expect(byQuery.events()).toEqual([]);
    hub.close();
  });

  it("writes one event to the streams of what changed, and none to the others", () => {
    const hub = new LiveHub({ maxClients: 10 });
    hub.publish(snapshot(5));
    const kraken = stream("/api/live?slug=kraken&last=5%2F1");
    const zaif = stream("/api/live?slug=zaif&last=2%2F1");
    const comparison = stream("/api/live?scope=comparison&last=3%2F7");
    for (const tab of [kraken, zaif, comparison]) hub.handle(tab.request, tab.asResponse);

    hub.publish(snapshot(6));
    hub.publish(snapshot(6));
    expect(kraken.events()).toEqual([formatLiveEvent({ version: 6, statsVersion: 1 })]);
    expect(zaif.events()).toEqual([]);
    expect(comparison.events()).toEqual([]);

    hub.publish(snapshot(6, 2, 4));
    expect(zaif.events()).toEqual([formatLiveEvent({ version: 2, statsVersion: 2 })]);
    expect(comparison.events()).toEqual([formatLiveEvent({ version: 4, statsVersion: 7 })]);
    hub.close();
  });

  it("forgets closed streams, refuses unknown exchanges, bad queries and more streams than it may hold", () => {
    const hub = new LiveHub({ maxClients: 1 });
    hub.publish(snapshot(5));
    const first = stream("/api/live?slug=kraken");
    hub.handle(first.request, first.asResponse);
    const second = stream("/api/live?slug=zaif");
    hub.handle(second.request, second.asResponse);
    expect(second.response.status).toBe(503);
    first.response.emit("close");
    expect(hub.clients).toBe(0);

    const unknown = stream("/api/live?slug=nowhere");
    hub.handle(unknown.request, unknown.asResponse);
    expect(unknown.response.status).toBe(404);
    const invalid = stream("/api/live?slug=a&scope=comparison");
    hub.handle(invalid.request, invalid.asResponse);
    expect(invalid.response.status).toBe(400);
    hub.close();
  });

  it("ends every stream on close and refuses new ones, so a stopping server can drain", () => {
    const hub = new LiveHub({ maxClients: 10 });
    hub.publish(snapshot(5));
    const tab = stream("/api/live?slug=kraken");
    hub.handle(tab.request, tab.asResponse);
    hub.close();
    expect(tab.response.ended).toBe(true);
    const late = stream("/api/live?slug=kraken");
    hub.handle(late.request, late.asResponse);
    expect(late.response.status).toBe(503);
  });

  it("keeps idle streams open with comments", async () => {
    const hub = new LiveHub({ maxClients: 10, heartbeatMs: 5 });
    hub.publish(snapshot(5));
    const tab = stream("/api/live?slug=kraken&last=5%2F1");
    hub.handle(tab.request, tab.asResponse);
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (tab.written.some((chunk) => chunk.startsWith(": keep-alive"))) {
          clearInterval(check);
          resolve();
        }
      }, 5);
    });
    expect(tab.events()).toEqual([]);
    hub.close();
  });
});

describe("the LISTEN connection's retries", () => {
  it("back off from half a second to at most 30 s", () => {
    expect([1, 2, 3, 4].map(retryDelay)).toEqual([500, 1000, 2000, 4000]);
    expect(retryDelay(50)).toBe(30_000);
  });
});
