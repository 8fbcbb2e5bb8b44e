import type { IncomingHttpHeaders } from "node:http";

// Headers a reverse proxy sets to say what the browser asked for: the host, the scheme, the
// client's address. Anyone can send them straight to the app, so they mean something only when
// the deployment says a proxy in front sets them (TRUST_PROXY=true, .env.example). Otherwise
// scripts/serve.ts drops them before Next, the page cache or any check sees them: a forged
// X-Forwarded-Host once ended up in the Link header of a cached page served to everyone.
export const FORWARDED_HEADERS = ["forwarded", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-for", "x-forwarded-port", "x-forwarded-prefix", "x-real-ip"] as const;

/** Removes the proxy headers from a request the deployment does not trust them on. */
export function dropUntrustedForwardedHeaders(headers: IncomingHttpHeaders, trustProxy: boolean): void {
  if (trustProxy) return;
  for (const name of FORWARDED_HEADERS) delete headers[name];
}
