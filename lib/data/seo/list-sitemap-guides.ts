import "server-only";
import { db } from "../../db";

/** Every exchange's guide for the sitemap, with the last time its page changed as far as stored. */
export async function listSitemapGuides(): Promise<{ slug: string; lastModified: Date }[]> {
  const rows = await db().exchange.findMany({
    orderBy: { slug: "asc" },
    select: { slug: true, updatedAt: true, guide: { select: { computedAt: true } } },
  });
  return rows.map((row) => ({
    slug: row.slug,
    lastModified: row.guide && row.guide.computedAt > row.updatedAt ? row.guide.computedAt : row.updatedAt,
  }));
}
