import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db";
import type { Actor } from "../domain/permissions";
import {
  longestWindowSeconds,
  rateLimitFor,
  rateLimitKey,
  retryAfterSeconds,
  signInLinkLimit,
  windowStartOf,
  type RateLimit,
  type RateLimitedAction,
} from "../domain/rate-limit-policy";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { RateLimitedError } from "./errors";

export type { RateLimitedAction };

/** The instance's client, or a transaction's. */
export type RateLimitClient = PrismaClient | Prisma.TransactionClient;

/**
 * Counts one `action` by `actor` in the current fixed window, or throws RateLimitedError when the
 * window's limit is used up (lib/domain/rate-limit-policy.ts has the figures). Call it after the
 * authorization checks and before the write. The counter lives in PostgreSQL, so every app
 * instance shares it, and one statement both checks and counts, so concurrent requests cannot
 * both take the last slot.
 *
 * `client` is the instance's Prisma client; tests pass a second one to act as another instance.
 * A transaction client makes the count part of the write's transaction: a write that fails or
 * rolls back then spends nothing.
 */
export async function consumeRateLimit(
  { actor, action, now = new Date() }: { actor: Pick<Actor, "id" | "createdAt">; action: RateLimitedAction; now?: Date },
  client: RateLimitClient = db(),
): Promise<void> {
  const { limit, windowSeconds } = rateLimitFor({ action, accountCreatedAt: actor.createdAt, now });
  if (!(await takeFromBucket(client, rateLimitKey(action, actor.id), { limit, windowSeconds }, now))) {
    throw new RateLimitedError(retryAfterSeconds(now, windowSeconds), action);
  }
}

/**
 * Counts one sign-in link sent to `email` (signInLinkLimit). Returns false, counting nothing, when
 * the address has had its share of links for this window. The key holds a hash of the address,
 * so the table keeps no addresses of people who never signed up.
 */
export async function takeSignInLink({ email, now = new Date() }: { email: string; now?: Date }, client: PrismaClient = db()): Promise<boolean> {
  return takeFromBucket(client, signInLinkKey(email), signInLinkLimit, now);
}

/**
 * Seconds until `email` may be sent another sign-in link, or null when it may be now. Reads
 * without counting: the form asks first so the person sees why, and the link's sending counts.
 */
export async function signInLinkRetryAfter({ email, now = new Date() }: { email: string; now?: Date }, client: PrismaClient = db()): Promise<number | null> {
  const { limit, windowSeconds } = signInLinkLimit;
  const windowStart = windowStartOf(now, windowSeconds);
  const bucket = await client.rateLimitBucket.findUnique({ where: { key_windowStart: { key: signInLinkKey(email), windowStart } }, select: { count: true } });
  return bucket && bucket.count >= limit ? retryAfterSeconds(now, windowSeconds) : null;
}

function signInLinkKey(email: string): string {
  return `signin.link:${createHash("sha256").update(email.trim().toLowerCase()).digest("hex")}`;
}

// One statement both checks and counts, so concurrent requests cannot both take the last slot.
async function takeFromBucket(client: RateLimitClient, key: string, { limit, windowSeconds }: RateLimit, now: Date): Promise<boolean> {
  const windowStart = windowStartOf(now, windowSeconds);
  // The conditional DO UPDATE skips a full bucket, and then RETURNING yields no row: a refused
  // attempt does not count, so the figure stays "writes that went through".
  const rows = await client.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    VALUES (${key}, ${utcTimestamp(windowStart)}::timestamp(3), 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    WHERE "RateLimitBucket"."count" < ${limit}
    RETURNING "count"`;
  const count = rows[0]?.count;
  if (count === undefined) return false;

  // A new bucket starts at most once per key and window: a cheap moment to sweep the buckets
  // whose windows have ended (indexed on windowStart), instead of a scheduled job.
  if (count === 1) await pruneRateLimitBuckets({ now }, client);
  return true;
}

// The column is a timestamp without time zone holding UTC, as Prisma writes it; passing text with an
// explicit cast keeps the session's TimeZone setting out of the conversion.
function utcTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "");
}

/** Deletes buckets of windows that have ended for every action. Returns how many went. */
export async function pruneRateLimitBuckets({ now = new Date() }: { now?: Date } = {}, client: RateLimitClient = db()): Promise<number> {
  const cutoff = new Date(now.getTime() - longestWindowSeconds * 1000);
  // Rows another transaction is deleting are left to it (SKIP LOCKED): a prune inside a write's
  // transaction must never wait on, or deadlock with, another one's.
  return client.$executeRaw`
    DELETE FROM "RateLimitBucket" WHERE ("key", "windowStart") IN (
      SELECT "key", "windowStart" FROM "RateLimitBucket" WHERE "windowStart" < ${utcTimestamp(cutoff)}::timestamp(3) FOR UPDATE SKIP LOCKED
    )`;
}
