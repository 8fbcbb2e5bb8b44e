import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { detachedRequest } from "./detached-request";

describe("detachedRequest", () => {
  it("gives a handler a GET with the headers, whose response finishes after large writes that honour back-pressure", async () => {
    const { request, response } = detachedRequest("/en/compare?view=all", { host: "atlas.example", cookie: "NEXT_LOCALE=en" });
    expect([request.method, request.url, request.headers.host, request.headers.cookie]).toEqual(["GET", "/en/compare?view=all", "atlas.example", "NEXT_LOCALE=en"]);
    expect(request.rawHeaders).toEqual(["host", "atlas.example", "cookie", "NEXT_LOCALE=en"]);
    const finished = once(response, "finish");
    response.setHeader("Content-Type", "text/html");
    // As a streaming renderer writes: waits for 'drain' whenever a write says the buffer is full.
    for (let part = 0; part < 20; part += 1) {
      if (!response.write(Buffer.alloc(256 * 1024, "a"))) await once(response, "drain");
    }
    response.end("done");
    await finished;
    expect(response.writableFinished).toBe(true);
  });

  it("ends the request's body at once", async () => {
    const { request } = detachedRequest("/en", {});
    request.resume();
    await once(request, "end");
    expect(request.readableEnded).toBe(true);
  });
});
