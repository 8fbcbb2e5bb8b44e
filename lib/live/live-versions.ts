import type { LiveSnapshot, LiveVersion } from "./live-hub";

// Every live version in one query, for the server process (plain SQL through its own pg pool,
// outside Next's bundle). Same figures as getGuideVersion and getComparisonVersion in
// lib/data/guides/live-version.ts, which pages render with: an integration test holds them equal.

type Query = <Row>(sql: string) => Promise<Row[]>;

const LIVE_VERSIONS_SQL = `
  SELECT e."slug", COALESCE(c."version", 0)::int AS "version", COALESCE(g."version", 0)::int AS "statsVersion"
  FROM "Exchange" e
  LEFT JOIN "GuideCounter" c ON c."key" = e."id"
  LEFT JOIN "ExchangeGuide" g ON g."exchangeId" = e."id"
  UNION ALL
  SELECT NULL,
    (SELECT COALESCE(MAX("version"), 0)::int FROM "GuideCounter" WHERE "key" = 'comparison'),
    (SELECT COALESCE(SUM("version"), 0)::int FROM "ExchangeGuide")`;

export async function readLiveSnapshot(query: Query): Promise<LiveSnapshot> {
  const rows = await query<{ slug: string | null } & LiveVersion>(LIVE_VERSIONS_SQL);
  const exchanges = new Map<string, LiveVersion>();
  let comparison: LiveVersion = { version: 0, statsVersion: 0 };
  for (const { slug, version, statsVersion } of rows) {
    if (slug === null) comparison = { version, statsVersion };
    else exchanges.set(slug, { version, statsVersion });
  }
  return { comparison, exchanges };
}
