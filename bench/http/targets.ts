import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { HttpTarget } from "./measure";

// What the guide is compared with. A prerendered page is the ideal baseline; this app has none
// (the root layout renders every page per request so each gets its CSP nonce, ADR 003). Then the
// baseline is the closest thing: a route Next prerendered at build time and serves from the same
// prerender cache a page would use, and, for reference, a static file of a page's size.

// Every page is requested as a browser asks for it: with the encodings every browser accepts.
// Next and the page cache then send compressed bodies where that pays; the uncompressed guide is
// measured once more for reference (uncompressedGuideTarget).
export const BROWSER_HEADERS: Record<string, string> = { "accept-encoding": "gzip, deflate, br" };

type PrerenderManifest = { routes: Record<string, { routeType?: string; dataRoute?: string | null }> };

function readPrerenderManifest(root: string): PrerenderManifest {
  const raw: unknown = JSON.parse(readFileSync(join(root, ".next", "prerender-manifest.json"), "utf8"));
  if (typeof raw !== "object" || raw === null || !("routes" in raw)) throw new Error(".next/prerender-manifest.json has no routes");
  return raw as PrerenderManifest;
}

/** Internal pages (/_not-found, /_global-error) are prerendered but are not what a reader requests. */
const isPublicRoute = (path: string) => !path.split("/").some((segment) => segment.startsWith("_"));

export function baselineTargets(root: string): HttpTarget[] {
  const routes = Object.entries(readPrerenderManifest(root).routes).filter(([path]) => isPublicRoute(path));
  const page = routes.find(([, route]) => route.routeType === "page" || Boolean(route.dataRoute));
  const targets: HttpTarget[] = [];
  if (page) {
    targets.push({ key: "prerendered", label: `prerendered page ${page[0]}`, path: page[0], headers: BROWSER_HEADERS });
  } else {
    const route = routes[0];
    if (!route) throw new Error("The build prerendered nothing public: no baseline to compare with.");
    targets.push({
      key: "prerendered",
      label: `prerendered route ${route[0]}`,
      path: route[0],
      headers: BROWSER_HEADERS,
      note: "no page is prerendered (every page renders per request for its CSP nonce); this route is served from the same prerender cache",
    });
  }
  const asset = staticAsset(root);
  if (asset) targets.push({ key: "static", label: `static file (${asset.kb} KB)`, path: asset.path, headers: BROWSER_HEADERS, note: "a _next/static file, for reference" });
  return targets;
}

/** The build's stylesheet (about a page's size), else its largest script. */
function staticAsset(root: string): { path: string; kb: number } | null {
  const folder = join(root, ".next", "static", "chunks");
  if (!existsSync(folder)) return null;
  const files = readdirSync(folder)
    .filter((file) => file.endsWith(".css") || file.endsWith(".js"))
    .map((file) => ({ file, size: statSync(join(folder, file)).size }))
    .sort((a, b) => Number(b.file.endsWith(".css")) - Number(a.file.endsWith(".css")) || b.size - a.size);
  const chosen = files[0];
  return chosen ? { path: `/_next/static/chunks/${chosen.file}`, kb: Math.round(chosen.size / 1024) } : null;
}

/**
 * The guide lives at the exchange's page. Until the guide code exists that page lists every
 * report instead; it is then measured as a stand-in, and labelled so.
 */
export function guideTarget(root: string, slug: string): HttpTarget {
  const page = join(root, "app", "[locale]", "exchanges", "[slug]", "page.tsx");
  const isGuide = existsSync(page) && /guide/i.test(readFileSync(page, "utf8"));
  const path = `/en/exchanges/${slug}`;
  return isGuide
    ? { key: "guide", label: `guide ${path}`, path, headers: BROWSER_HEADERS }
    : { key: "guide", label: `exchange page ${path}`, path, headers: BROWSER_HEADERS, note: "stand-in for the guide: the exchange page does not build a guide yet" };
}

export function compareTarget(path: string): HttpTarget {
  return { key: "compare", label: `comparison ${path}`, path, headers: BROWSER_HEADERS };
}

/**
 * The cost of rendering the guide: the RSC request of a client-side navigation, which the page
 * cache never answers (lib/page-cache/rules.ts), for reference beside the cached figure. Every
 * open guide sends one on a live update. (A session cookie no longer bypasses the cache: a guide
 * is the same page for signed-in readers, ADR 017.) `?_rsc` with no value is the address Next
 * redirects an RSC request without router headers to.
 */
export function renderedGuideTarget(guide: HttpTarget): HttpTarget {
  return {
    key: "guide-rendered",
    label: `${guide.label}, rendered per request`,
    path: `${guide.path}?_rsc`,
    headers: { ...BROWSER_HEADERS, rsc: "1" },
    note: "the RSC payload of a client navigation, which the page cache never answers: every request renders the page (for reference)",
  };
}

/** The same guide asked for without Accept-Encoding (as autocannon asks by default): the whole page every time, for reference. */
export function uncompressedGuideTarget(guide: HttpTarget): HttpTarget {
  return {
    key: "guide-uncompressed",
    label: `${guide.label}, uncompressed`,
    path: guide.path,
    note: "without Accept-Encoding: the whole page in every answer (for reference; browsers always accept gzip)",
  };
}
