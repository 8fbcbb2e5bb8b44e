import "server-only";
import { createHash } from "node:crypto";
import { db } from "../../db";
import { publicApiLimit, retryAfterSeconds, signInClientOf } from "../../domain/rate-limit-policy";
import type { RequestClient } from "../../security/client-headers";
import { takeFromBucket } from "../rate-limit";

/**
 * Counts one /api/v1 request by `client` (an IPv4 address or IPv6 /64, hashed: the table keeps no
 * addresses), and returns null when it may go on, or the seconds until it may try again. The
 * server's own machine is its operator and is not counted, as with sign-in links.
 */
export async function takeApiQuota({ client, now = new Date() }: { client: RequestClient; now?: Date }): Promise<number | null> {
  if (client.loopback) return null;
  const key = `api.client:${createHash("sha256").update(client.address ? signInClientOf(client.address) : "unknown").digest("hex")}`;
  return (await takeFromBucket(db(), key, publicApiLimit, now)) ? null : retryAfterSeconds(now, publicApiLimit.windowSeconds);
}
