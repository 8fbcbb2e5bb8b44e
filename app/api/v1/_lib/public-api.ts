import "server-only";
import type { z } from "zod";
import { takeApiQuota } from "@/lib/data/api/take-api-quota";
import { failureOf, retryAfterOf } from "@/lib/data/failure";
import { CACHE_CONTROL, entityTag, matchesIfNoneMatch, PROBLEM_CONTENT_TYPE, problemOf, type Problem } from "@/lib/domain/public-api/http";
import { readClientHeaders } from "@/lib/security/client-headers";

// What every /api/v1 handler shares: the per-client limit, query parsing, entity tags with 304,
// Cache-Control, CORS for GET, and errors as problem details (RFC 9457). Handlers only load.

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Retry-After, Link, Content-Disposition",
  "Access-Control-Max-Age": "86400",
};

/** The answer to a CORS preflight; every route exports it as OPTIONS. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

export function problemResponse(problem: Problem): Response {
  const body = JSON.stringify(problem);
  const headers = new Headers({ ...CORS_HEADERS, "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": CACHE_CONTROL.error, ETag: entityTag(body) });
  if (problem.retryAfterSeconds !== undefined) headers.set("Retry-After", String(problem.retryAfterSeconds));
  return new Response(body, { status: problem.status, headers });
}

/** lib/data's errors as problems; a database that is starting or overloaded is a 503 with Retry-After. */
export function errorProblem(error: unknown): Response {
  const failure = failureOf(error, "Public API request");
  const retryAfterSeconds = retryAfterOf(failure) ?? undefined;
  return problemResponse(problemOf(failure.code === "unavailable" ? "unavailable" : "unexpected", { retryAfterSeconds }));
}

/** The limit's refusal, or null when the request may go on. */
export async function refuseOverLimit(request: Request): Promise<Response | null> {
  const retryAfterSeconds = await takeApiQuota({ client: readClientHeaders(request.headers, process.env) });
  return retryAfterSeconds === null ? null : problemResponse(problemOf("rate-limited", { retryAfterSeconds, detail: "Use the bulk exports for all reports at once." }));
}

/** 304 when the client holds this version already, otherwise null. */
export function notModified(request: Request, etag: string, cacheControl: string): Response | null {
  if (!matchesIfNoneMatch(request.headers.get("If-None-Match"), etag)) return null;
  return new Response(null, { status: 304, headers: { ...CORS_HEADERS, ETag: etag, "Cache-Control": cacheControl } });
}

type JsonRoute<Q, P> = {
  query: z.ZodType<Q>;
  load: (input: { query: Q; params: P }) => Promise<unknown>;
  cacheControl?: string;
};

/** A GET handler answering JSON: null from `load` is a 404, a Response (a problem) is sent as is. */
export function jsonRoute<Q, P = Record<string, never>>({ query, load, cacheControl = CACHE_CONTROL.data }: JsonRoute<Q, P>) {
  return async (request: Request, context?: { params: Promise<P> }): Promise<Response> => {
    try {
      const refusal = await refuseOverLimit(request);
      if (refusal) return refusal;
      const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!parsed.success) {
        const detail = parsed.error.issues.map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`).join("; ");
        return problemResponse(problemOf("invalid-query", { detail }));
      }
      const params = context ? await context.params : ({} as P);
      const data = await load({ query: parsed.data, params });
      if (data === null) return problemResponse(problemOf("not-found"));
      if (data instanceof Response) return data;
      const body = JSON.stringify(data);
      const etag = entityTag(body);
      return (
        notModified(request, etag, cacheControl) ??
        new Response(body, { headers: { ...CORS_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": cacheControl, ETag: etag } })
      );
    } catch (error) {
      return errorProblem(error);
    }
  };
}
