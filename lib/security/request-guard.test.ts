import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkActionBody, checkRequestHead, guardRequest, MAX_BODY_BYTES } from "./request-guard";

const ACTION_ID = "4089b3fed7a900c6742bcdd203aa48fb66b5d73c54";

describe("checkRequestHead", () => {
  it.each(["/en/reports/%zz", "/%", "/en/%C3%28", "/api/reports/%E0%A4%A/flags", "/_next/%zz"])("refuses the malformed address %s with 400", (url) => {
    expect(checkRequestHead({ method: "GET", url, headers: {} })?.status).toBe(400);
  });

  it.each(["/en/reports/%E6%97%85", "/en?q=%zz", "/en/reports/abc%00"])("lets %s through (a bad query or a NUL is the page's to refuse)", (url) => {
    expect(checkRequestHead({ method: "GET", url, headers: {} })).toBeNull();
  });

  it("refuses a declared body over the cap before reading it", () => {
    expect(checkRequestHead({ method: "POST", url: "/api/reports", headers: { "content-length": String(MAX_BODY_BYTES + 1) } })?.status).toBe(413);
    expect(checkRequestHead({ method: "POST", url: "/api/reports", headers: { "content-length": String(MAX_BODY_BYTES) } })).toBeNull();
  });

  it.each([
    ["another host", { origin: "http://evil.example", host: "localhost:3000" }, 403],
    ["an Origin that is no URL", { origin: "garbage", host: "localhost:3000" }, 403],
    ["the opaque origin", { origin: "null", host: "localhost:3000" }, 403],
    ["the same host", { origin: "http://localhost:3000", host: "localhost:3000" }, null],
    ["the forwarded host", { origin: "https://atlas.example", host: "10.0.0.5:3000", "x-forwarded-host": "atlas.example" }, null],
    ["no Origin (the action's own check refuses it)", { host: "localhost:3000" }, null],
  ])("a server-action post from %s", (_name, headers, expected) => {
    const refusal = checkRequestHead({ method: "POST", url: "/en", headers: { ...headers, "next-action": ACTION_ID } });
    expect(refusal?.status ?? null).toBe(expected);
  });

  it("refuses an empty Next-Action header", () => {
    expect(checkRequestHead({ method: "POST", url: "/en", headers: { "next-action": "", host: "localhost:3000" } })?.status).toBe(400);
  });

  it("leaves ordinary form posts alone, whatever their Origin (an OAuth provider posts back from its own site)", () => {
    expect(checkRequestHead({ method: "POST", url: "/api/auth/callback/apple", headers: { origin: "https://appleid.apple.com", host: "localhost:3000", "content-type": "application/x-www-form-urlencoded" } })).toBeNull();
  });

  it("checks a multipart post under /api too: an unknown API address renders the 404 page, which Next treats as an action", () => {
    expect(checkRequestHead({ method: "POST", url: "/api/reports/../flags", headers: { origin: "http://evil.example", host: "localhost:3000", "content-type": "multipart/form-data" } })?.status).toBe(403);
  });
});

describe("checkActionBody", () => {
  const call = (body: string) => checkActionBody({ contentType: "text/plain;charset=UTF-8", body: Buffer.from(body), fetchAction: true });

  it.each([["[]"], ['[{"reportId":"x","value":"HELPFUL"}]'], ['["$undefined",{"a":1},"$$1","$D2026-01-01T00:00:00.000Z","$n12","$-0","$K1"]']])("accepts the argument list %s", async (body) => {
    expect(await call(body)).toBeNull();
  });

  it.each([["null"], ['"x"'], ["{}"], ["garbage{"], [""], ["\u0000"], ['["$1"]'], ['["$@1"]'], ['["$Q1"]'], ['["$h1"]'], ['["$B1"]'], ['["$nabc"]'], ['["$R1"]'], ['["$Q0"]'], ['["$W0"]'], ["[".repeat(100_000)]])("refuses %j with 400", async (body) => {
    expect((await call(body))?.status).toBe(400);
  });

  function multipart(fields: Record<string, string>, boundary = "b"): Buffer {
    return Buffer.from(`${Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("")}--${boundary}--\r\n`);
  }

  it("accepts the form a page's scripts send, and refuses one missing its argument list or a field it names", async () => {
    const check = (body: Buffer, contentType = "multipart/form-data; boundary=b") => checkActionBody({ contentType, body, fetchAction: true });
    expect(await check(multipart({ "0": '[{"status":"idle"},"$K1"]', "1_locale": "en", "1_reportId": "x" }))).toBeNull();
    expect(await check(multipart({ "0": '["$1"]', "1": '{"a":["$2"]}', "2": "[]" }))).toBeNull();
    expect((await check(multipart({ "1_locale": "en" })))?.status).toBe(400);
    expect((await check(multipart({ "0": '["$1"]' })))?.status).toBe(400);
    expect((await check(multipart({ "0": '["$1"]', "1": "{" })))?.status).toBe(400);
    expect(await check(multipart({ "0": '["$Q1","$W2"]', "1": '[["a",1]]', "2": "[1,2]" }))).toBeNull();
    expect((await check(multipart({ "0": '["$Q1"]', "1": "[null]" })))?.status).toBe(400);
    expect((await check(multipart({ "0": '["$W1"]', "1": "{}" })))?.status).toBe(400);
    expect((await check(Buffer.from("garbage")))?.status).toBe(400);
    expect((await check(multipart({ "0": "[]" }), "multipart/form-data"))?.status).toBe(400);
  });

  it("only asks a form posted without scripts to be well-formed", async () => {
    const form = multipart({ $ACTION_ID_abc: "", locale: "en" });
    expect(await checkActionBody({ contentType: "multipart/form-data; boundary=b", body: form, fetchAction: false })).toBeNull();
  });
});

describe("guardRequest behind a real server", () => {
  let server: Server;
  let port: number;
  const seen: { body: string; headers: IncomingMessage["headers"] }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      void guardRequest(request, response).then(async (guarded) => {
        if (!guarded) return;
        const chunks: Buffer[] = [];
        for await (const chunk of guarded) chunks.push(chunk as Buffer);
        seen.push({ body: Buffer.concat(chunks).toString(), headers: guarded.headers });
        response.end("handled");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function send(path: string, headers: Record<string, string>, chunks: (string | Buffer)[]): Promise<{ status: number; body: string; ms: number }> {
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const request = httpRequest({ host: "127.0.0.1", port, path, method: "POST", headers }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body, ms: Date.now() - started }));
      });
      // The server may close the connection before the whole body is sent: that is the point.
      request.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
      for (const chunk of chunks) request.write(chunk);
      request.end();
    });
  }

  it("refuses a 100 MB body from its Content-Length without reading it", async () => {
    const started = Date.now();
    const refused = await new Promise<number>((resolve, reject) => {
      const request = httpRequest({ host: "127.0.0.1", port, path: "/en", method: "POST", headers: { "content-length": String(100 * 1024 * 1024) } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      request.on("error", (error: NodeJS.ErrnoException) => (error.code === "ECONNRESET" || error.code === "EPIPE" ? undefined : reject(error)));
      request.write(Buffer.alloc(64 * 1024));
    });
    expect(refused).toBe(413);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("refuses a chunked body once it passes the cap", async () => {
    const chunk = Buffer.alloc(256 * 1024, 120);
    const result = await send("/api/reports", { "transfer-encoding": "chunked", "content-type": "application/json" }, [chunk, chunk, chunk, chunk, chunk]);
    expect(result.status).toBe(413);
  });

  it("hands a chunked body under the cap on whole, with its length", async () => {
    const result = await send("/api/reports", { "transfer-encoding": "chunked", "content-type": "application/json" }, ['{"a":', "1}"]);
    expect(result).toMatchObject({ status: 200, body: "handled" });
    expect(seen.at(-1)).toMatchObject({ body: '{"a":1}', headers: { "content-length": "7" } });
  });

  it("refuses an undecodable server-action body and hands on a good one", async () => {
    const headers = { "next-action": ACTION_ID, "content-type": "text/plain;charset=UTF-8", origin: `http://127.0.0.1:${port}` };
    expect((await send("/en/reports/x", headers, ["null"])).status).toBe(400);
    const good = await send("/en/reports/x", headers, ['[{"reportId":"x"}]']);
    expect(good.status).toBe(200);
    expect(seen.at(-1)?.body).toBe('[{"reportId":"x"}]');
  });
});
