// What the guide hands the prep kit: plain, serialisable data for one exchange, built from the
// official facts, the community's figures and the recorded questions. The kit itself runs in the
// browser and sends nothing back.

import { officiallyNamedItems, type OfficialProcedure } from "../official-procedure";
import { exchangeQuestionsFor, type Bilingual, type ExchangeQuestions } from "./exchange-questions";
import type { MessageLanguage } from "./message-texts";

export type KitItem = { code: string; label: Bilingual };
export type CommunityKitItem = KitItem & { count: number; n: number; share: number };

export type PrepKit = {
  slug: string;
  exchangeName: string;
  askKana: boolean;
  defaultLanguage: MessageLanguage;
  /** Why that language: what the reports say, or the exchange's country. */
  languageBasis: "reports" | "country";
  officialItems: (KitItem & { sourceUrl: string })[];
  communityItems: CommunityKitItem[];
  questions: ExchangeQuestions | null;
  contact: {
    statements: { text: Bilingual; sourceUrl: string }[];
    supportUrl: string | null;
    website: string | null;
    officialDomains: string[];
    communityPath: string | null;
    /** An e-mail address an official contact fact publishes; null where none does. */
    supportAddress: string | null;
  };
  itemLabels: Record<string, Bilingual>;
};

/** The primary language subtag, lower-cased: "ja-JP" → "ja". */
function primary(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
}

/**
 * The language to draft in: the one the exchange replied in more often in the reports (Japanese
 * or English), else the exchange's country (Japan: Japanese; elsewhere English).
 */
export function defaultMessageLanguage({ replyLanguages, country }: { replyLanguages: readonly (readonly string[])[]; country: string | null }): {
  language: MessageLanguage;
  basis: "reports" | "country";
} {
  let ja = 0;
  let en = 0;
  for (const languages of replyLanguages) {
    const primaries = new Set(languages.map(primary));
    if (primaries.has("ja")) ja += 1;
    if (primaries.has("en")) en += 1;
  }
  if (ja !== en) return { language: ja > en ? "ja" : "en", basis: "reports" };
  return { language: country === "JP" ? "ja" : "en", basis: "country" };
}

const EMAIL_ADDRESS = /[a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;
// Senders to check, not addresses to write to ("check it comes from noreply@kraken.com").
const NOT_A_MAILBOX = /^(?:no-?reply|do-?not-?reply|notifications?)@/i;

/**
 * The support address an official contact statement publishes, if one does: an e-mail address in
 * a CONTACT fact, on one of the exchange's official domains. Only such an address gets a mailto link.
 */
export function officialSupportAddress(procedure: OfficialProcedure | null, officialDomains: readonly string[]): string | null {
  for (const fact of procedure?.facts ?? []) {
    if (fact.kind !== "CONTACT") continue;
    for (const match of `${fact.textEn} ${fact.textJa}`.matchAll(EMAIL_ADDRESS)) {
      const host = (match[1] ?? "").toLowerCase();
      const official = officialDomains.some((domain) => host === domain.toLowerCase() || host.endsWith(`.${domain.toLowerCase()}`));
      if (official && !NOT_A_MAILBOX.test(match[0])) return match[0];
    }
  }
  return null;
}

export type PrepKitInput = {
  exchange: { slug: string; nameEn: string; country: string | null; website: string | null; supportUrl: string | null; officialDomains: string[] };
  procedure: OfficialProcedure | null;
  communityItems: readonly { code: string; count: number; n: number; share: number }[];
  communityPath: string | null;
  replyLanguages: readonly (readonly string[])[];
  itemLabels: readonly { code: string; labelEn: string; labelJa: string }[];
};

export function buildPrepKit({ exchange, procedure, communityItems, communityPath, replyLanguages, itemLabels }: PrepKitInput): PrepKit {
  const labels: Record<string, Bilingual> = Object.fromEntries(itemLabels.map((item) => [item.code, { en: item.labelEn, ja: item.labelJa }]));
  const label = (code: string): Bilingual => labels[code] ?? { en: code, ja: code };
  const named = procedure ? officiallyNamedItems(procedure.facts) : new Set<string>();
  const officialItems = [...named]
    .sort((a, b) => itemLabels.findIndex((item) => item.code === a) - itemLabels.findIndex((item) => item.code === b))
    .map((code) => ({ code, label: label(code), sourceUrl: procedure?.facts.find((fact) => fact.requiredItemCodes.includes(code))?.sourceUrl ?? "" }));
  const { language, basis } = defaultMessageLanguage({ replyLanguages, country: exchange.country });
  const contactFacts = (procedure?.facts ?? []).filter((fact) => fact.kind === "CONTACT" || fact.channel !== null);
  return {
    slug: exchange.slug,
    exchangeName: exchange.nameEn,
    askKana: exchange.country === "JP",
    defaultLanguage: language,
    languageBasis: basis,
    officialItems,
    communityItems: communityItems.map((item) => ({ code: item.code, label: label(item.code), count: item.count, n: item.n, share: item.share })),
    questions: exchangeQuestionsFor(exchange.slug),
    contact: {
      statements: contactFacts.map((fact) => ({ text: { en: fact.textEn, ja: fact.textJa }, sourceUrl: fact.sourceUrl })),
      supportUrl: exchange.supportUrl,
      website: exchange.website,
      officialDomains: exchange.officialDomains,
      communityPath,
      supportAddress: officialSupportAddress(procedure, exchange.officialDomains),
    },
    itemLabels: labels,
  };
}
