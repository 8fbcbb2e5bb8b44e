import { IncomingMessage, type IncomingHttpHeaders, type ServerResponse } from "node:http";

// What the production server (scripts/serve.ts) refuses before Next sees a request. Each check
// covers a request Next itself would answer with a 500, or read whole before refusing:
// - a path with a malformed % escape or one that is not UTF-8 (Next's router throws);
// - a body over the cap (Next reads up to its cap, then answers 500 for a server action, and API
//   routes have no cap at all): refused from Content-Length before reading, or once a chunked
//   body passes the cap;
// - a server-action post from another host (Next answers 500) or whose body Next cannot decode
//   (a body that is not an argument list, or a broken multipart form: Next answers 500).
// Everything here is about the shape of the request; who may do what is decided by the app.

/** The largest request body: Next's default cap for server actions, far above any form here. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type Refusal = { status: 400 | 403 | 413; message: string };

type RequestHead = { method?: string; url?: string; headers: IncomingHttpHeaders };

/** Checks on the request line and headers alone, before any of the body is read. */
export function checkRequestHead({ method, url = "/", headers }: RequestHead): Refusal | null {
  const path = url.split("?")[0] ?? "";
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, message: "Bad request: the address has a malformed % escape or is not UTF-8." };
  }
  const length = declaredLength(headers);
  if (length !== null && length > MAX_BODY_BYTES) return tooLarge();
  if (isServerActionPost({ method, url, headers })) {
    if (!isActionOriginAccepted(headers)) return { status: 403, message: "Forbidden: this form was posted from another site." };
    // Next takes an empty Next-Action for an action and then fails on it.
    if (headers["next-action"] !== undefined && String(headers["next-action"]).trim() === "") {
      return { status: 400, message: "Bad request: the Next-Action header is empty." };
    }
  }
  return null;
}

/**
 * A post Next may treat as a server action: one with a Next-Action header, or a multipart form
 * (a form posted before the page's scripts ran). Under /api too: an address no route answers
 * renders the 404 page, and Next handles a post to a page as an action first.
 */
export function isServerActionPost({ method, headers }: RequestHead): boolean {
  if (method !== "POST") return false;
  return headers["next-action"] !== undefined || (headers["content-type"] ?? "").startsWith("multipart/form-data");
}

/**
 * Next's own check, which it answers with a 500: an Origin, when there is one, must name the
 * host the request was sent to (X-Forwarded-Host first). A post without Origin goes on: Next
 * lets it through and the action's own same-origin check refuses it.
 */
function isActionOriginAccepted(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const forwarded = headers["x-forwarded-host"];
  const forwardedHost = (Array.isArray(forwarded) ? forwarded[0] : forwarded?.split(",")[0])?.trim();
  const host = forwardedHost || headers.host;
  return host !== undefined && originHost !== "" && originHost === host;
}

/**
 * Checks a server action's body as Next will decode it. A form posted without scripts must be
 * well-formed multipart. A call from a page's scripts (a Next-Action header) is React's encoded
 * argument list: a JSON array, either the whole body or the form's field "0", whose "$" strings
 * either stand alone ("$undefined", a date, a FormData's fields) or name another field of the
 * same form that holds more of the same. Anything else (streams, files, server references, a
 * field that is not there) is nothing these actions take, and Next would fail on it with a 500.
 */
export async function checkActionBody({ contentType = "", body, fetchAction }: { contentType?: string; body: Buffer; fetchAction: boolean }): Promise<Refusal | null> {
  const invalid: Refusal = { status: 400, message: "Bad request: this is not a form or a server action call this app can read." };
  if (contentType.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
    } catch {
      return invalid;
    }
    if (!fetchAction) return null;
    const fields = new Map<string, string>();
    for (const [name, value] of form) if (typeof value === "string") fields.set(name, value);
    return isDecodableReply(fields.get("0"), fields) ? null : invalid;
  }
  return isDecodableReply(body.toString("utf8"), new Map()) ? null : invalid;
}

// React's reply encoding (parseModelString): these need nothing but themselves.
const STANDALONE_REFERENCE = /^\$(\$|H|T|K|I|-|N|u|D)/;
const BIG_INT_REFERENCE = /^\$n-?\d{1,300}$/;
// An outlined value, a promise, a Map, a Set or an iterator: more JSON in another field.
const FIELD_REFERENCE = /^\$([@QWi]?)([0-9a-f]{1,8})$/;

function isDecodableReply(root: string | undefined, fields: ReadonlyMap<string, string>): boolean {
  if (root === undefined) return false;
  const parsedFields = new Map<string, unknown>();
  const parseField = (name: string): { ok: true; value: unknown } | { ok: false } => {
    if (parsedFields.has(name)) return { ok: true, value: parsedFields.get(name) };
    const text = name === "0" ? root : fields.get(name);
    if (text === undefined) return { ok: false };
    try {
      const value: unknown = JSON.parse(text);
      parsedFields.set(name, value);
      return { ok: true, value };
    } catch {
      return { ok: false };
    }
  };
  const args = parseField("0");
  if (!args.ok || !Array.isArray(args.value)) return false;
  // Walked without recursion: a deeply nested body must not overflow the stack here.
  const pending: unknown[] = [args.value];
  const visitedFields = new Set<string>(["0"]);
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === "string") {
      if (!value.startsWith("$") || STANDALONE_REFERENCE.test(value)) continue;
      if (value.startsWith("$n")) {
        if (BIG_INT_REFERENCE.test(value)) continue;
        return false;
      }
      const match = FIELD_REFERENCE.exec(value);
      if (!match) return false;
      const [, kind = "", id = ""] = match;
      const name = String(parseInt(id, 16));
      const field = parseField(name);
      if (!field.ok) return false;
      // A Map, a Set or an iterator is built from a list (a Map's of entries): the argument
      // list itself is none of these.
      if (kind !== "" && kind !== "@") {
        if (name === "0" || !Array.isArray(field.value)) return false;
        if (kind === "Q" && !field.value.every((entry) => typeof entry === "object" && entry !== null)) return false;
      }
      if (visitedFields.has(name)) continue;
      visitedFields.add(name);
      pending.push(field.value);
    } else if (Array.isArray(value)) {
      pending.push(...value);
    } else if (typeof value === "object" && value !== null) {
      pending.push(...Object.values(value));
    }
  }
  return true;
}

function declaredLength(headers: IncomingHttpHeaders): number | null {
  const value = headers["content-length"];
  if (value === undefined) return null;
  const length = Number(value);
  return Number.isFinite(length) ? length : null;
}

function tooLarge(): Refusal {
  return { status: 413, message: `Payload too large: a request body may have at most ${MAX_BODY_BYTES} bytes.` };
}

/** Answers a refused request at once and closes the connection, so no more of its body is read. */
export function refuse(response: ServerResponse, { status, message }: Refusal): void {
  response.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    Connection: "close",
  });
  response.end(`${message}\n`);
}

/**
 * Runs every check; returns the request to hand to Next, or null when it was answered here.
 * A body that must be counted as it streams (no Content-Length) or read to be checked (a server
 * action) is read here, up to the cap, and handed on as a request that replays it.
 */
export async function guardRequest(request: IncomingMessage, response: ServerResponse): Promise<IncomingMessage | null> {
  const refusal = checkRequestHead(request);
  if (refusal) {
    refuse(response, refusal);
    return null;
  }
  const chunked = request.headers["content-length"] === undefined && request.headers["transfer-encoding"] !== undefined;
  const action = isServerActionPost(request);
  if (!chunked && !action) return request;

  let body: Buffer | null;
  try {
    body = await readBody(request, MAX_BODY_BYTES);
  } catch {
    // The client went away mid-body: there is nobody left to answer.
    request.destroy();
    return null;
  }
  if (body === null) {
    refuse(response, tooLarge());
    return null;
  }
  if (action) {
    const bodyRefusal = await checkActionBody({ contentType: request.headers["content-type"], body, fetchAction: request.headers["next-action"] !== undefined });
    if (bodyRefusal) {
      refuse(response, bodyRefusal);
      return null;
    }
  }
  return replay(request, body);
}

/** The whole body, or null as soon as it passes `limit` bytes (the rest is never read). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off("data", onData);
        request.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    request.on("data", onData);
    request.once("end", () => resolve(Buffer.concat(chunks)));
    request.once("error", reject);
    request.once("close", () => {
      if (!request.complete) reject(new Error("The request was aborted"));
    });
  });
}

/** A request like `original`, whose body is `body` (with the Content-Length it now has). */
function replay(original: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(original.socket);
  copy.method = original.method;
  copy.url = original.url;
  copy.httpVersion = original.httpVersion;
  copy.httpVersionMajor = original.httpVersionMajor;
  copy.httpVersionMinor = original.httpVersionMinor;
  const headers = { ...original.headers, "content-length": String(body.length) };
  delete headers["transfer-encoding"];
  copy.headers = headers;
  copy.rawHeaders = Object.entries(headers).flatMap(([name, value]) => (Array.isArray(value) ? value.flatMap((item) => [name, item]) : [name, String(value)]));
  copy.push(body);
  copy.push(null);
  // The whole body is here: without this, reading the copy to its end would count as an abort
  // and close the connection before the answer goes out.
  copy.complete = true;
  return copy;
}
