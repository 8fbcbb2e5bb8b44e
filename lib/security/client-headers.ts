import type { IncomingHttpHeaders } from "node:http";

// Who sent a request, as far as the server itself can tell. Next fills X-Forwarded-For from the
// socket when it is missing, and a client can send any header it likes, so neither says whether a
// request really came from this machine. scripts/serve.ts knows: it sees the socket before Next
// does. It overwrites these headers on every request (a client's own copies never get through)
// and sets TRUSTED_CLIENT_HEADERS_ENV in its process, so the app trusts them only behind it.

/** The socket's peer address (IPv4-mapped IPv6 written as IPv4). */
export const CLIENT_ADDRESS_HEADER = "x-ra-client-address";
/** "1" when the request came straight from this machine: a loopback peer and no proxy headers. */
export const LOOPBACK_HEADER = "x-ra-loopback";
export const TRUSTED_CLIENT_HEADERS_ENV = "RECOVERY_ATLAS_CLIENT_HEADERS";

// A proxy on this machine would make every visitor look local; these mark a forwarded request.
const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip"] as const;

export function normalizeAddress(address: string | undefined | null): string | null {
  if (!address) return null;
  const trimmed = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(trimmed);
  return mapped?.[1] ?? trimmed;
}

export function isLoopbackAddress(address: string | undefined | null): boolean {
  const normalized = normalizeAddress(address);
  if (!normalized) return false;
  return normalized === "::1" || /^127(?:\.\d{1,3}){3}$/.test(normalized);
}

/** Hosts that name this machine, as a URL's hostname writes them. */
export function isLoopbackHostname(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === "localhost" || host === "[::1]" || host === "::1" || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * The browser's address as a trusted reverse proxy reports it: the first X-Forwarded-For entry.
 * Only for TRUST_PROXY=true; otherwise that header is anyone's to forge.
 */
export function forwardedClientAddress(headers: IncomingHttpHeaders): string | undefined {
  const value = headers["x-forwarded-for"];
  const first = (Array.isArray(value) ? value[0] : value)?.split(",")[0]?.trim();
  return first || undefined;
}

/** Called by scripts/serve.ts for every request, before anything else reads it. */
export function stampClientHeaders(headers: IncomingHttpHeaders, remoteAddress: string | undefined): void {
  const address = normalizeAddress(remoteAddress);
  const direct = isLoopbackAddress(address) && FORWARDING_HEADERS.every((name) => headers[name] === undefined);
  if (address) headers[CLIENT_ADDRESS_HEADER] = address;
  else delete headers[CLIENT_ADDRESS_HEADER];
  if (direct) headers[LOOPBACK_HEADER] = "1";
  else delete headers[LOOPBACK_HEADER];
}

export type RequestClient = {
  /** The peer's address, or null when the server cannot vouch for one (not behind serve.ts). */
  address: string | null;
  /** True only for a request that serve.ts saw come straight from this machine. */
  loopback: boolean;
};

export function readClientHeaders(headers: Pick<Headers, "get">, env: Record<string, string | undefined>): RequestClient {
  if (env[TRUSTED_CLIENT_HEADERS_ENV] !== "1") return { address: null, loopback: false };
  return { address: normalizeAddress(headers.get(CLIENT_ADDRESS_HEADER)), loopback: headers.get(LOOPBACK_HEADER) === "1" };
}
