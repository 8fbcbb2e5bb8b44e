import type { ExchangeVersions, VersionSource } from "./version-watch";

// The versions the page cache watches, read with plain SQL through a pg pool of the server
// process (outside Next's bundle, so not through lib/db). Everything a cached page shows of an
// exchange moves one of these: its counter (every write: bumpGuideVersion in
// lib/data/guides/guide-counters.ts, and applyVote),
// its stored statistics' version and time (each recomputation, hourly ones too), its catalogue row.

type Query = <Row>(sql: string) => Promise<Row[]>;

// Counters and statistics versions only grow and computedAt only moves forward, so these sums
// change whenever any exchange's row below does.
const FINGERPRINT_SQL = `
  SELECT concat_ws(':',
    (SELECT COALESCE(SUM(c."version"), 0) FROM "GuideCounter" c JOIN "Exchange" e ON e."id" = c."key"),
    (SELECT COALESCE(SUM("version"), 0) || ',' || COALESCE(SUM(EXTRACT(EPOCH FROM "computedAt")), 0) FROM "ExchangeGuide"),
    (SELECT count(*) || ',' || COALESCE(MAX("updatedAt")::text, '') FROM "Exchange")
  ) AS "fingerprint"`;

const EXCHANGE_VERSIONS_SQL = `
  SELECT e."slug",
    concat_ws(':', COALESCE(c."version", 0), COALESCE(g."version", 0), EXTRACT(EPOCH FROM g."computedAt"), EXTRACT(EPOCH FROM e."updatedAt")) AS "version"
  FROM "Exchange" e
  LEFT JOIN "GuideCounter" c ON c."key" = e."id"
  LEFT JOIN "ExchangeGuide" g ON g."exchangeId" = e."id"`;

// What the home page and the comparison show: the comparison counter (moved by every write that
// changes a published report, not by votes), each stored guide's comparison rows (a recomputation
// that a vote caused leaves them as they were; one that moved a figure changes them) and the
// catalogue. The home page's report counts change only with writes that move the counter.
const SITE_VERSION_SQL = `
  SELECT concat_ws(':',
    (SELECT COALESCE(MAX("version"), 0) FROM "GuideCounter" WHERE "key" = 'comparison'),
    (SELECT COALESCE(md5(string_agg(g."exchangeId" || '=' || md5(g."comparison"::text), ',' ORDER BY g."exchangeId")), '') FROM "ExchangeGuide" g),
    (SELECT count(*) || ',' || COALESCE(MAX("updatedAt")::text, '') FROM "Exchange")
  ) AS "siteVersion"`;

export function postgresVersionSource(query: Query): VersionSource {
  return {
    async fingerprint() {
      const [row] = await query<{ fingerprint: string }>(FINGERPRINT_SQL);
      return row?.fingerprint ?? "";
    },
    async exchangeVersions(): Promise<ExchangeVersions> {
      const rows = await query<{ slug: string; version: string }>(EXCHANGE_VERSIONS_SQL);
      return new Map(rows.map((row) => [row.slug, row.version]));
    },
    async siteVersion() {
      const [row] = await query<{ siteVersion: string }>(SITE_VERSION_SQL);
      return row?.siteVersion ?? "";
    },
  };
}
