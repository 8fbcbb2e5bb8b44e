/**
 * The origin every canonical, hreflang, feed and sitemap address is written on: AUTH_URL's when it
 * is set (production names its one public address there), otherwise http://localhost:PORT, as the
 * server (scripts/serve.ts) renders shared pages. It never comes from a request's Host or
 * X-Forwarded-Host header: a forged one would otherwise be written into cached pages and feeds.
 */
export function publicOriginOf({ AUTH_URL, PORT }: { AUTH_URL?: string | undefined; PORT: number }): string {
  return AUTH_URL ? new URL(AUTH_URL).origin : `http://localhost:${PORT}`;
}
