import "server-only";
import { db } from "../../db";
import { isExchangeSlug } from "../../validation/text";
import { COMPARISON_COUNTER, readCounter } from "./guide-counters";

// Versions of the live guides as pages and the polling UI read them.

/**
 * What an open page compares with what it shows: the version of the data (moved by every write)
 * and the version of the stored statistics (moved when a recomputation lands, which can come
 * later: pages show the stored figures while one runs in the background).
 */
export type LiveVersion = { version: number; statsVersion: number };

/** An exchange's live version (0 before its first write), or null for an unknown slug. */
export async function getGuideVersion({ slug }: { slug: string }): Promise<LiveVersion | null> {
  if (!isExchangeSlug(slug)) return null;
  const [row] = await db().$queryRaw<LiveVersion[]>`
    SELECT COALESCE(c."version", 0) AS "version", COALESCE(g."version", 0) AS "statsVersion"
    FROM "Exchange" e
    LEFT JOIN "GuideCounter" c ON c."key" = e."id"
    LEFT JOIN "ExchangeGuide" g ON g."exchangeId" = e."id"
    WHERE e."slug" = ${slug}`;
  return row ?? null;
}

/** The comparison's live version: its counter moves with every write to any guide. */
export async function getComparisonVersion(): Promise<LiveVersion> {
  const version = await readCounter(db(), COMPARISON_COUNTER);
  const [row] = await db().$queryRaw<{ statsVersion: number }[]>`SELECT COALESCE(SUM("version"), 0)::int AS "statsVersion" FROM "ExchangeGuide"`;
  return { version, statsVersion: row?.statsVersion ?? 0 };
}
