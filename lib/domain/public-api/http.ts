// The HTTP rules every /api/v1 answer follows, as pure functions: entity tags and conditional
// requests (RFC 9110 §8.8.3, §13.1.2), problem details (RFC 9457) and the cache lifetimes.

/** A strong entity tag of a body: 53-bit cyrb53 hash, enough to tell versions of one resource apart. */
export function entityTag(body: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < body.length; index++) {
    const code = body.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `"${hash.toString(36)}-${body.length.toString(36)}"`;
}

/** Whether If-None-Match names this tag: weak comparison, as RFC 9110 asks for GET. */
export function matchesIfNoneMatch(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}

// Figures are recomputed within seconds of a write; a minute of staleness in a shared cache is a
// fair trade for readers and mirrors. The document changes only with a deployment.
export const CACHE_CONTROL = {
  data: "public, max-age=60, stale-while-revalidate=60",
  document: "public, max-age=3600",
  export: "public, max-age=300",
  error: "no-store",
} as const;

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export type ProblemKind = "invalid-query" | "not-found" | "rate-limited" | "unavailable" | "unexpected";

export type Problem = { type: string; title: string; status: number; detail?: string; retryAfterSeconds?: number };

const PROBLEMS: Record<ProblemKind, { title: string; status: number }> = {
  "invalid-query": { title: "The query string is not valid", status: 400 },
  "not-found": { title: "No such resource", status: 404 },
  "rate-limited": { title: "Too many requests", status: 429 },
  unavailable: { title: "The service is busy", status: 503 },
  unexpected: { title: "Unexpected error", status: 500 },
};

/** Problem type URIs are relative to the API root, so they resolve to the developers page's notes. */
export function problemOf(kind: ProblemKind, extra: { detail?: string; retryAfterSeconds?: number } = {}): Problem {
  return { type: `/api/v1/problems/${kind}`, ...PROBLEMS[kind], ...extra };
}
