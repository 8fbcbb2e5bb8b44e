import "server-only";
import { db } from "../db";
import { COMPARISON_COUNTER, readCounter } from "./guide-store";

// Versions of the live guides (docs/decisions/005-live-guides.md). Writes bump them with
// bumpGuideVersion inside their own transaction; pages and the polling UI read them here.
export { bumpGuideVersion, type GuideVersions } from "./guide-store";

/** The guide version of an exchange (0 before its first write), or null for an unknown slug. */
export async function getGuideVersion({ slug }: { slug: string }): Promise<number | null> {
  const [row] = await db().$queryRaw<{ version: number }[]>`
    SELECT COALESCE(c."version", 0) AS "version"
    FROM "Exchange" e LEFT JOIN "GuideCounter" c ON c."key" = e."id"
    WHERE e."slug" = ${slug}`;
  return row ? row.version : null;
}

/** The version of the comparison table: changes with every write to any guide. */
export function getComparisonVersion(): Promise<number> {
  return readCounter(db(), COMPARISON_COUNTER);
}
