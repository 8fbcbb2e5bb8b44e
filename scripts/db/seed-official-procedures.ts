import { bumpGuideVersion } from "../../lib/data/guide-store";
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
  const exchanges = await tx.exchange.findMany({ select: { id: true, slug: true, officialProcedure: { select: { exchangeId: true } } } });
  const bySlug = new Map(exchanges.map((exchange) => [exchange.slug, exchange]));
  const added: string[] = [];
  for (const seed of officialProcedures) {
    const exchange = bySlug.get(seed.slug);
    // An exchange removed from an old database's catalogue has nothing to attach facts to.
    if (!exchange || exchange.officialProcedure) continue;
    const positions = new Map<string, number>();
    await tx.officialProcedure.create({
      data: {
        exchangeId: exchange.id,
        recoveryPageFound: seed.recoveryPageFound,
        checkedOn: day(OFFICIAL_CHECKED_ON),
        facts: {
          create: seed.facts.map((fact) => {
            const position = positions.get(fact.kind) ?? 0;
            positions.set(fact.kind, position + 1);
            return factData(fact, position);
          }),
        },
      },
    });
    added.push(exchange.id);
  }
  if (added.length > 0) await bumpGuideVersion(tx, added);
  return added.length;
}
