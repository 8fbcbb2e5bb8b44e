import "server-only";
import { db } from "../../db";

export type ExchangeOption = { slug: string; nameEn: string; nameJa: string; aliases: string[]; officialDomains: string[] };

/** Every exchange with the names the picker searches and the domains a report may link to. */
export function listExchangeOptions(): Promise<ExchangeOption[]> {
  return db().exchange.findMany({
    select: { slug: true, nameEn: true, nameJa: true, aliases: true, officialDomains: true },
    orderBy: { nameEn: "asc" },
  });
}
