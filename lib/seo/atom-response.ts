import "server-only";
import { createHash } from "node:crypto";
import { ATOM_CONTENT_TYPE } from "../domain/feeds/atom-feed";

// Feeds are the same for every reader (they read no cookie), so shared caches may keep them for a
// few minutes; a reader that polls more often gets a 304 on its ETag.
const FEED_CACHE_CONTROL = "public, max-age=300";

export function atomResponse(request: Request, xml: string): Response {
  const etag = `"${createHash("sha256").update(xml).digest("base64url")}"`;
  const headers = { "Content-Type": ATOM_CONTENT_TYPE, "Cache-Control": FEED_CACHE_CONTROL, ETag: etag, "X-Content-Type-Options": "nosniff" };
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch && ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : xml, { headers });
}
