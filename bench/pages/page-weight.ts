import { gzipSync } from "node:zlib";

// How many bytes a reader's browser receives for a page, uncompressed: the HTML document (with
// the RSC payload Next inlines for hydration) and, separately, the RSC payload a client-side
// navigation to the page fetches. The gzip size is given for reference (what goes over the wire).

export type PageWeight = {
  key: "guide" | "compare";
  label: string;
  path: string;
  /** null when the page did not answer 200. */
  htmlBytes: number | null;
  htmlGzipBytes: number | null;
  rscBytes: number | null;
  note: string | null;
};

async function fetchBytes(url: string, headers: Record<string, string>, redirect: RequestRedirect): Promise<{ status: number; body: Buffer }> {
  // No Accept-Encoding: the uncompressed body, as it is built.
  const response = await fetch(url, { headers: { "accept-encoding": "identity", ...headers }, redirect, signal: AbortSignal.timeout(60_000) });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

/**
 * The page as an anonymous reader opens it, and as the client router fetches it on a navigation
 * (`RSC: 1`, no router state: the whole tree, as when arriving from another part of the site).
 */
export async function measurePageWeight(baseUrl: string, target: { key: PageWeight["key"]; label: string; path: string }): Promise<PageWeight> {
  const html = await fetchBytes(`${baseUrl}${target.path}`, {}, "manual");
  // Next answers an RSC request without its cache-busting `_rsc` parameter with a redirect to the
  // address that has it (a hash of the router headers): followed, as the client router would.
  const rsc = await fetchBytes(`${baseUrl}${target.path}`, { rsc: "1" }, "follow");
  const problems = [html.status !== 200 ? `HTML answers HTTP ${html.status}` : "", rsc.status !== 200 ? `RSC answers HTTP ${rsc.status}` : ""].filter(Boolean);
  return {
    ...target,
    htmlBytes: html.status === 200 ? html.body.length : null,
    htmlGzipBytes: html.status === 200 ? gzipSync(html.body).length : null,
    rscBytes: rsc.status === 200 ? rsc.body.length : null,
    note: problems.length > 0 ? problems.join("; ") : null,
  };
}

/** The ids of the reports a guide's HTML lists, in page order (for the signed-in reader's /api/viewer request). */
export function reportIdsIn(html: string): string[] {
  return [...html.matchAll(/<article aria-labelledby="report-([A-Za-z0-9_-]+)"/g)].map((match) => match[1] ?? "").filter(Boolean);
}
