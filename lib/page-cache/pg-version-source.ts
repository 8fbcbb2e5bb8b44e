import type { LiveSnapshot, LiveVersion } from "../live/live-hub";
import type { VersionRead, VersionSource } from "./version-watch";

// The versions the page cache watches, read with plain SQL through a pg pool of the server
// process (outside Next's bundle, so not through lib/db). Everything a cached page shows of an
// exchange moves one of these: its counter (every write: bumpGuideVersion in
// lib/data/guides/guide-counters.ts, and applyVote),
// its stored statistics' version and time (each recomputation, hourly ones too), its catalogue row.
// The same read gives the live streams their versions (lib/live/live-hub.ts).

type Query = <Row>(sql: string) => Promise<Row[]>;

// Counters and statistics versions only grow and computedAt only moves forward, so these sums
// change whenever any exchange's row below does.
const FINGERPRINT_SQL = `
  SELECT concat_ws(':',
    (SELECT COALESCE(SUM(c."version"), 0) FROM "GuideCounter" c JOIN "Exchange" e ON e."id" = c."key"),
    (SELECT COALESCE(SUM("version"), 0) || ',' || COALESCE(SUM(EXTRACT(EPOCH FROM "computedAt")), 0) FROM "ExchangeGuide"),
    (SELECT count(*) || ',' || COALESCE(MAX("updatedAt")::text, '') FROM "Exchange")
  ) AS "fingerprint"`;

// One row per exchange, then one for the comparison (slug null, no pageVersion). `version` and
// `statsVersion` are the live versions, the figures getGuideVersion and getComparisonVersion in
// lib/data/guides/live-version.ts give pages (tests/integration/live-versions.test.ts holds them
// equal); `pageVersion` adds the statistics' time and the catalogue row's for the page cache, as
// pageVersionOf (page-version.ts) writes them.
const EXCHANGE_VERSIONS_SQL = `
  SELECT e."slug", COALESCE(c."version", 0)::int AS "version", COALESCE(g."version", 0)::int AS "statsVersion",
    concat_ws(':', COALESCE(c."version", 0), COALESCE(g."version", 0), (EXTRACT(EPOCH FROM g."computedAt") * 1000)::bigint, (EXTRACT(EPOCH FROM e."updatedAt") * 1000)::bigint) AS "pageVersion"
  FROM "Exchange" e
  LEFT JOIN "GuideCounter" c ON c."key" = e."id"
  LEFT JOIN "ExchangeGuide" g ON g."exchangeId" = e."id"
  UNION ALL
  SELECT NULL,
    (SELECT COALESCE(MAX("version"), 0)::int FROM "GuideCounter" WHERE "key" = 'comparison'),
    (SELECT COALESCE(SUM("version"), 0)::int FROM "ExchangeGuide"),
    NULL`;

type ExchangeVersionsRow = { slug: string | null; pageVersion: string | null } & LiveVersion;

/** The page cache's versions per exchange and the live streams' snapshot, from one read's rows. */
export function splitExchangeVersions(rows: readonly ExchangeVersionsRow[]): VersionRead<LiveSnapshot> {
  const versions = new Map<string, string>();
  const exchanges = new Map<string, LiveVersion>();
  let comparison: LiveVersion = { version: 0, statsVersion: 0 };
  for (const { slug, pageVersion, version, statsVersion } of rows) {
    if (slug === null) {
      comparison = { version, statsVersion };
      continue;
    }
    versions.set(slug, pageVersion ?? "");
    exchanges.set(slug, { version, statsVersion });
  }
  return { versions, extra: { comparison, exchanges } };
}

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

export function postgresVersionSource(query: Query): VersionSource<LiveSnapshot> {
  return {
    async fingerprint() {
      const [row] = await query<{ fingerprint: string }>(FINGERPRINT_SQL);
      return row?.fingerprint ?? "";
    },
    async exchangeVersions() {
      return splitExchangeVersions(await query<ExchangeVersionsRow>(EXCHANGE_VERSIONS_SQL));
    },
    async siteVersion() {
      const [row] = await query<{ siteVersion: string }>(SITE_VERSION_SQL);
      return row?.siteVersion ?? "";
    },
  };
}
