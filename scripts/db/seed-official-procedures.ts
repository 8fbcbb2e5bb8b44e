import { bumpGuideVersion } from "../../lib/data/guides/guide-counters";
import type { Prisma } from "../../lib/generated/prisma/client";
import { OFFICIAL_CHECKED_ON, officialProcedures, type OfficialFactSeed } from "../../prisma/seed/official-procedures";

const day = (value: string) => new Date(`${value}T00:00:00Z`);

function factData(fact: OfficialFactSeed, position: number) {
  return {
    kind: fact.kind,
    position,
    textEn: fact.en,
    textJa: fact.ja,
    sourceUrl: fact.source,
    sourceDate: fact.sourceDate ? day(fact.sourceDate) : null,
    checkedOn: day(OFFICIAL_CHECKED_ON),
    language: fact.language ?? null,
    selfService: fact.selfService ?? null,
    selfServiceNeeds: fact.needs ?? [],
    requiredItemCodes: fact.items ?? [],
    minHours: fact.hours?.[0] ?? null,
    maxHours: fact.hours?.[1] ?? null,
    channel: fact.channel ?? null,
  };
}

/**
 * Adds the official procedure of every researched exchange that has none yet, once: an exchange
 * whose record exists (seeded before, or written by a moderator) is left as it is, even if its
 * facts were edited or deleted since. Guides that gained a record get a new version, so cached
 * pages show it. Returns how many records were added.
 */
export async function seedOfficialProcedures(tx: Prisma.TransactionClient): Promise<number> {
  const exchanges = await tx.exchange.findMany({ where: { officialProcedure: null }, select: { id: true, slug: true } });
  const idOf = new Map(exchanges.map((exchange) => [exchange.slug, exchange.id]));
  // An exchange with a record keeps it; one removed from an old database's catalogue has nothing
  // to attach facts to.
  const missing = officialProcedures.flatMap((seed) => {
    const exchangeId = idOf.get(seed.slug);
    return exchangeId ? [{ seed, exchangeId }] : [];
  });
  if (missing.length === 0) return 0;
  // Two statements whatever the number of exchanges: the embedded database answers each slowly.
  await tx.officialProcedure.createMany({
    data: missing.map(({ seed, exchangeId }) => ({ exchangeId, recoveryPageFound: seed.recoveryPageFound, checkedOn: day(OFFICIAL_CHECKED_ON) })),
  });
  await tx.officialFact.createMany({
    data: missing.flatMap(({ seed, exchangeId }) => {
      const positions = new Map<string, number>();
      return seed.facts.map((fact) => {
        const position = positions.get(fact.kind) ?? 0;
        positions.set(fact.kind, position + 1);
        return { ...factData(fact, position), exchangeId };
      });
    }),
  });
  await bumpGuideVersion(tx, missing.map(({ exchangeId }) => exchangeId));
  return missing.length;
}
