import { isLoopbackHostname } from "../security/client-headers";

/**
 * The sign-in link to e-mail. Auth.js builds it on AUTH_URL when that is set (production: the one
 * public address), and otherwise on the address the request named. That is what a local try-out
 * needs, since the session cookie is set for the host the link opens: whoever asked on
 * 127.0.0.1 must come back to 127.0.0.1, not localhost. But the Host header is the client's to
 * write, so only this machine's names on the app's own port are kept; anything else (a forged
 * host would send someone's link to a stranger's server) becomes http://localhost:PORT.
 */
export function signInLinkUrl(url: string, { authUrl, port }: { authUrl: string | undefined; port: number }): string {
  if (authUrl) return url;
  const link = new URL(url);
  if (link.protocol === "http:" && isLoopbackHostname(link.hostname) && (link.port || "80") === String(port)) return url;
  const requested = link.origin;
  const local = `http://localhost:${port}`;
  const rewritten = new URL(`${link.pathname}${link.search}`, local);
  const callbackUrl = rewritten.searchParams.get("callbackUrl");
  if (callbackUrl?.startsWith(`${requested}/`) || callbackUrl === requested) rewritten.searchParams.set("callbackUrl", `${local}${callbackUrl.slice(requested.length)}`);
  return rewritten.toString();
}

/**
 * The origin a request was made on, from its Host header, when that names this machine on the
 * app's port (http://127.0.0.1:3000, http://[::1]:3000, http://localhost:3000); otherwise null.
 */
export function loopbackOrigin(host: string | null, port: number): string | null {
  if (!host) return null;
  let url: URL;
  try {
    url = new URL(`http://${host}`);
  } catch {
    return null;
  }
  return isLoopbackHostname(url.hostname) && (url.port || "80") === String(port) && url.host === host.toLowerCase() ? url.origin : null;
}
