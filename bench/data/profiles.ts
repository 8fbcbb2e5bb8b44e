import { createRandom, logNormal, type Random } from "../lib/prng";
import { CONTACT_PATHS, COUNTRIES, NAME_PARTS } from "./vocabulary";

// Each exchange gets its own habits (how fast support answers, what it asks for, which channel
// people use, how often a case ends well), so guides differ from one exchange to the next the
// way real ones would. Popularity follows Zipf's law: a few exchanges hold most reports.

export const CHANNELS = ["WEB_FORM", "EMAIL", "CHAT", "PHONE", "IN_APP"] as const;
export type Channel = (typeof CHANNELS)[number];

// Known names first, so "the exchange with the most reports" is a big real one.
const MOST_REPORTED = ["binance", "coinbase", "bitflyer", "coincheck", "kraken", "bybit", "okx", "gmo-coin", "bitbank", "kucoin", "crypto-com", "sbi-vc-trade"];

/** Zipf exponent of reports per exchange: with 100 exchanges the first holds about a quarter. */
export const POPULARITY_EXPONENT = 1.1;

export type ExchangeRef = { id: string; slug: string; country: string | null };

export type ExchangeProfile = {
  exchange: ExchangeRef;
  popularity: number;
  /** Median days to a person's reply. */
  replyDays: number;
  outcomeWeights: { resolved: number; rejected: number; gaveUp: number };
  autoAcknowledgementShare: number;
  channelWeights: number[];
  /** Index into CONTACT_PATHS[channel] most people of this exchange used. */
  usualPath: Record<Channel, number>;
  /** Weight of each required item, in the vocabulary's order. */
  itemWeights: number[];
  japaneseInquiryShare: number;
  /** Of Japanese inquiries at a foreign exchange, how many were answered in English. */
  englishReplyShare: number;
};

export function orderByPopularity<T extends { slug: string }>(exchanges: readonly T[], seed: number): T[] {
  const random = createRandom(seed, "popularity-order");
  const rank = new Map(MOST_REPORTED.map((slug, index) => [slug, index]));
  // Draws in slug order (plain code-unit comparison, not locale-dependent), so the order does
  // not depend on how the database listed the exchanges.
  const bySlug = [...exchanges].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const keyed = bySlug.map((exchange) => ({ exchange, key: rank.get(exchange.slug) ?? MOST_REPORTED.length + random.next() }));
  return keyed.sort((a, b) => a.key - b.key).map((entry) => entry.exchange);
}

export function createProfiles(exchangesByPopularity: readonly ExchangeRef[], itemCodes: readonly string[], seed: number): ExchangeProfile[] {
  return exchangesByPopularity.map((exchange, rank) => {
    const random = createRandom(seed, `profile:${exchange.slug}`);
    const japanese = exchange.country === "JP";
    const usualPath = Object.fromEntries(CHANNELS.map((channel) => [channel, random.int(0, CONTACT_PATHS[channel].length - 1)])) as Record<Channel, number>;
    return {
      exchange,
      popularity: 1 / Math.pow(rank + 1, POPULARITY_EXPONENT),
      replyDays: Math.max(0.5, logNormal(random, 4, 0.7)),
      outcomeWeights: { resolved: 0.45 + random.next() * 0.4, rejected: 0.05 + random.next() * 0.15, gaveUp: 0.05 + random.next() * 0.15 },
      autoAcknowledgementShare: random.next(),
      channelWeights: CHANNELS.map((channel) => (channel === "WEB_FORM" ? 3 : channel === "PHONE" ? 0.2 : 0.2 + random.next())),
      usualPath,
      itemWeights: itemCodes.map((code) => itemWeight(code, random)),
      japaneseInquiryShare: japanese ? 0.92 : 0.3 + random.next() * 0.3,
      englishReplyShare: japanese ? 0.02 : 0.4 + random.next() * 0.5,
    };
  });
}

function itemWeight(code: string, random: Random): number {
  const common = ["FULL_NAME", "EMAIL", "GOVERNMENT_ID", "ID_SELFIE", "DATE_OF_BIRTH"];
  if (common.includes(code)) return 2 + random.next() * 3;
  if (code === "OTHER") return 0.2;
  return random.next() * random.next() * 2;
}

export type GeneratedExchange = {
  slug: string;
  nameEn: string;
  nameJa: string;
  aliases: string[];
  country: string;
  officialDomains: string[];
  status: "OPERATING" | "CLOSED" | "UNKNOWN";
};

/** Made-up exchanges to reach `count` in all, with names that cannot clash with real ones. */
export function generateExchanges(count: number, takenSlugs: ReadonlySet<string>, seed: number): GeneratedExchange[] {
  const random = createRandom(seed, "exchanges");
  const exchanges: GeneratedExchange[] = [];
  const slugs = new Set(takenSlugs);
  for (let attempt = 0; exchanges.length < count; attempt++) {
    const [firstEn, firstJa] = random.pick(NAME_PARTS);
    const [secondEn, secondJa] = random.pick(NAME_PARTS);
    const suffix = attempt >= NAME_PARTS.length * NAME_PARTS.length ? String(attempt) : "";
    const nameEn = `${firstEn}${secondEn}${suffix}`;
    const slug = `${nameEn.toLowerCase()}-x`;
    if (firstEn === secondEn || slugs.has(slug)) continue;
    slugs.add(slug);
    exchanges.push({
      slug,
      nameEn: `${nameEn} Exchange`,
      nameJa: `${firstJa}${secondJa}${suffix}`,
      aliases: [nameEn],
      country: random.pick(COUNTRIES),
      officialDomains: [`${slug}.example`],
      status: random.chance(0.9) ? "OPERATING" : random.chance(0.5) ? "CLOSED" : "UNKNOWN",
    });
  }
  return exchanges;
}
