import pg from "pg";

export type DatasetFacts = {
  exchanges: number;
  users: number;
  reports: number;
  publishedReports: number;
  votes: number;
  /** The exchange with the most published reports: the heaviest guide. */
  top: { slug: string; publishedReports: number };
};

export async function describeDataset(connectionString: string): Promise<DatasetFacts> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ exchanges: number; users: number; reports: number; published: number; votes: number }>(
      `SELECT (SELECT count(*)::int FROM "Exchange") AS exchanges,
              (SELECT count(*)::int FROM "User") AS users,
              (SELECT count(*)::int FROM "Report") AS reports,
              (SELECT count(*)::int FROM "Report" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL) AS published,
              (SELECT count(*)::int FROM "Vote") AS votes`,
    );
    const { rows: top } = await client.query<{ slug: string; count: number }>(
      `SELECT e.slug, count(*)::int AS count FROM "Report" r JOIN "Exchange" e ON e.id = r."exchangeId"
        WHERE r.status = 'PUBLISHED' AND r."deletedAt" IS NULL GROUP BY e.slug ORDER BY count DESC, e.slug LIMIT 1`,
    );
    const facts = rows[0];
    const first = top[0];
    if (!facts || !first) throw new Error("The database has no published reports: load it first (run without --skip-load).");
    return {
      exchanges: facts.exchanges,
      users: facts.users,
      reports: facts.reports,
      publishedReports: facts.published,
      votes: facts.votes,
      top: { slug: first.slug, publishedReports: first.count },
    };
  } finally {
    await client.end();
  }
}
