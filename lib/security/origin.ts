import "server-only";
import { headers } from "next/headers";
import { ForbiddenError } from "../data/errors";
import { env } from "../env";

// Cross-site request forgery guard for every mutation. Next already compares Origin with Host
// (or X-Forwarded-Host) before it runs a server action; we check again inside each action and
// route handler so that a handler Next does not guard, or a change in Next, cannot slip through.
// Unlike Next we also refuse a request without Origin: every browser we serve sends it on POST.

/**
 * True when the request's Origin names this app: the same scheme and host (and port) as the
 * request, or one of `allowedOrigins`, each a full origin ("https://atlas.example") or a host
 * pattern ("atlas.example", "*.atlas.example" for any subdomain). `protocol` is the scheme the
 * request arrived with ("http" or "https", with or without the colon); when it is known, a page
 * served over the other scheme on the same host is another origin and is refused.
 */
export function isSameOrigin({
  origin,
  host,
  protocol = null,
  allowedOrigins = [],
}: {
  origin: string | null;
  host: string | null;
  protocol?: string | null;
  allowedOrigins?: readonly string[];
}): boolean {
  if (!origin || origin === "null") return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return false;
  // An Origin header is scheme://host[:port] and nothing else.
  if (url.origin !== origin.toLowerCase().replace(/\/$/, "")) return false;
  const originHost = url.host;
  const sameScheme = !protocol || url.protocol === `${protocol.trim().toLowerCase().replace(/:$/, "")}:`;
  if (host && sameScheme && originHost === host.trim().toLowerCase()) return true;
  return allowedOrigins.some((allowed) => matchesAllowedOrigin(url, allowed.trim().toLowerCase()));
}

function matchesAllowedOrigin(origin: URL, allowed: string): boolean {
  if (!allowed) return false;
  if (allowed.includes("://")) {
    try {
      return new URL(allowed).origin === origin.origin;
    } catch {
      return false;
    }
  }
  if (allowed.startsWith("*.")) {
    const suffix = allowed.slice(1);
    return suffix.length > 1 && origin.host.endsWith(suffix) && origin.host.length > suffix.length;
  }
  return origin.host === allowed;
}

/**
 * The host the browser addressed: a trusted reverse proxy's X-Forwarded-Host first, as Next
 * reads it; without a trusted proxy (TRUST_PROXY), only Host, since anyone can send the other.
 */
export function requestHost(forwardedHost: string | null, host: string | null, trustProxy: boolean): string | null {
  if (!trustProxy) return host;
  const forwarded = forwardedHost?.split(",")[0]?.trim();
  return forwarded || host;
}

/**
 * The scheme the request arrived with. Next fills X-Forwarded-Proto from the socket when no
 * proxy set it, so the header is always there for a request Next handles.
 */
export function requestProtocol(forwardedProto: string | null): string | null {
  return forwardedProto?.split(",")[0]?.trim() || null;
}

/**
 * Call first in every server action and mutating route handler. Throws ForbiddenError for a
 * request from another site. The public URL (AUTH_URL) is always allowed, for proxies that
 * rewrite Host.
 */
export async function assertSameOrigin(): Promise<void> {
  const requestHeaders = await headers();
  const allowed = isSameOrigin({
    origin: requestHeaders.get("origin"),
    host: requestHost(requestHeaders.get("x-forwarded-host"), requestHeaders.get("host"), env.TRUST_PROXY === "true"),
    protocol: requestProtocol(requestHeaders.get("x-forwarded-proto")),
    allowedOrigins: env.AUTH_URL ? [env.AUTH_URL] : [],
  });
  if (!allowed) throw new ForbiddenError("cross-origin request");
}
