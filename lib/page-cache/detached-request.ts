import { IncomingMessage, ServerResponse, type IncomingHttpHeaders } from "node:http";
import type { Socket } from "node:net";
import { Duplex } from "node:stream";

// A GET request and its response that no client holds, for the page cache's renders in the
// background (docs/decisions/006-page-cache.md): Next's request handler takes them like any
// other, the cache reads the page as it goes out, and the bytes written go nowhere.

/** A socket that accepts every write and sends nothing; the handler reads no body from a GET. */
class NullSocket extends Duplex {
  constructor() {
    // Never pushes back: a write that returned false would leave the response waiting for a
    // 'drain' that http's server code forwards from real sockets only (React's stream waits for it).
    super({ writableHighWaterMark: Number.MAX_SAFE_INTEGER });
  }

  override _read(): void {}

  override _write(_chunk: unknown, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    callback();
  }

  // What http's server code and frameworks may call on a real socket.
  setTimeout(): this {
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }
}

export function detachedRequest(url: string, headers: IncomingHttpHeaders): { request: IncomingMessage; response: ServerResponse } {
  const socket = new NullSocket() as unknown as Socket;
  const request = new IncomingMessage(socket);
  request.method = "GET";
  request.url = url;
  request.httpVersion = "1.1";
  request.httpVersionMajor = 1;
  request.httpVersionMinor = 1;
  request.headers = { ...headers };
  request.rawHeaders = Object.entries(headers).flatMap(([name, value]) => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).flatMap((one) => [name, one])));
  // A GET has no body: the request's stream ends at once.
  request.push(null);
  const response = new ServerResponse(request);
  response.assignSocket(socket);
  response.once("finish", () => socket.destroy());
  return { request, response };
}
