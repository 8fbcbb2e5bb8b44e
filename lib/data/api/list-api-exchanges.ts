import "server-only";
import { db } from "../../db";
import type { ApiExchange } from "../../domain/public-api/schemas";
import { listExchanges } from "../exchanges/list-exchanges";
import type { DeferRefresh } from "../guides/defer-guide-refreshes";

/** The catalogue as the home page lists it (most reports first), with each exchange's official links. */
export async function listApiExchanges({ deferRefresh }: { deferRefresh?: DeferRefresh } = {}): Promise<ApiExchange[]> {
  const [summaries, links] = await Promise.all([
    listExchanges({ deferRefresh }),
    db().exchange.findMany({ select: { slug: true, website: true, supportUrl: true, officialDomains: true } }),
  ]);
  const linksBySlug = new Map(links.map(({ slug, ...officialLinks }) => [slug, officialLinks]));
  return summaries.map((summary) => ({ ...summary, officialLinks: linksBySlug.get(summary.slug) ?? { website: null, supportUrl: null, officialDomains: [] } }));
}
