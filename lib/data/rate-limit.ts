import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db";
import type { Actor } from "../domain/permissions";
import {
  longestWindowSeconds,
  rateLimitFor,
  rateLimitKey,
  retryAfterSeconds,
  signInClientOf,
  signInLinkClientLimit,
  signInLinkGlobalLimit,
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

/** Why a sign-in link was refused, and when to ask again. */
export type SignInLinkRefusal = { scope: "address" | "client" | "everyone"; retryAfterSeconds: number };

/** Who asks for a link: the client's address as the server saw it (null: unknown), and whether it is this machine. */
export type SignInLinkRequester = { address: string | null; loopback: boolean };

// Counting several buckets in one transaction; a refusal rolls the others back.
class SignInLinkRefused extends Error {
  constructor(readonly refusal: SignInLinkRefusal) {
    super(`Sign-in link refused (${refusal.scope})`);
  }
}

// Short, and explicit: a busy machine must not fail sign-ins on Prisma's defaults (2 s to start).
const SIGN_IN_QUOTA_TRANSACTION = { maxWait: 10_000, timeout: 15_000 };

/**
 * Counts one sign-in link for `email` asked for by `requester`, against the limits per address,
 * per client and for everyone (lib/domain/rate-limit-policy.ts), all or nothing: returns null
 * when the link may be sent, or the refusal, having counted nothing. Call it before anything is
 * created for the link. Keys hold hashes, so the table keeps no addresses of any kind.
 */
export async function takeSignInLinkQuota(
  { email, requester, now = new Date() }: { email: string; requester: SignInLinkRequester; now?: Date },
  client: PrismaClient = db(),
): Promise<SignInLinkRefusal | null> {
  const buckets: { scope: SignInLinkRefusal["scope"]; key: string; rule: RateLimit }[] = [
    // The server's own machine is its operator; an unknown client counts as one shared client.
    ...(requester.loopback ? [] : [{ scope: "client" as const, key: signInClientKey(requester.address), rule: signInLinkClientLimit }]),
    { scope: "address", key: signInLinkKey(email), rule: signInLinkLimit },
    { scope: "everyone", key: "signin.link.all", rule: signInLinkGlobalLimit },
  ];
  try {
    await client.$transaction(async (tx) => {
      for (const { scope, key, rule } of buckets) {
        if (!(await takeFromBucket(tx, key, rule, now))) throw new SignInLinkRefused({ scope, retryAfterSeconds: retryAfterSeconds(now, rule.windowSeconds) });
      }
    }, SIGN_IN_QUOTA_TRANSACTION);
    return null;
  } catch (error) {
    if (error instanceof SignInLinkRefused) return error.refusal;
    throw error;
  }
}

function signInLinkKey(email: string): string {
  return `signin.link:${sha256(email.normalize("NFKC").trim().toLowerCase())}`;
}

function signInClientKey(address: string | null): string {
  return `signin.client:${sha256(address ? signInClientOf(address) : "unknown")}`;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

// One statement both checks and counts, so concurrent requests cannot both take the last slot.
// Exported for the other limits built on the same buckets (lib/data/api/take-api-quota.ts).
export async function takeFromBucket(client: RateLimitClient, key: string, { limit, windowSeconds }: RateLimit, now: Date): Promise<boolean> {
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
