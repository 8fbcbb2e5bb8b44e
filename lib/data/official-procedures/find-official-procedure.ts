import "server-only";
import { db } from "../../db";
import type { OfficialProcedure } from "../../domain/official-procedure";
import { isExchangeSlug } from "../../validation/text";
import { officialFactSelect, toOfficialFact } from "./official-fact-row";

export type ExchangeOfficialProcedure = {
  exchange: { slug: string; nameEn: string; nameJa: string; officialDomains: string[] };
  /** Null when the exchange's official pages were never researched: the guide shows nothing. */
  procedure: OfficialProcedure | null;
};

/** What an exchange's own pages say about losing 2FA, with its facts; null for an unknown exchange. */
export async function findOfficialProcedure({ slug }: { slug: string }): Promise<ExchangeOfficialProcedure | null> {
  if (!isExchangeSlug(slug)) return null;
  const row = await db().exchange.findUnique({
    where: { slug },
    select: {
      slug: true,
      nameEn: true,
      nameJa: true,
      officialDomains: true,
      officialProcedure: {
        select: { recoveryPageFound: true, checkedOn: true, facts: { select: officialFactSelect, orderBy: [{ kind: "asc" }, { position: "asc" }, { id: "asc" }] } },
      },
    },
  });
  if (!row) return null;
  const { officialProcedure, ...exchange } = row;
  return {
    exchange,
    procedure: officialProcedure ? { ...officialProcedure, facts: officialProcedure.facts.map(toOfficialFact) } : null,
  };
}
