import type { ContactChannel } from "./stats/types";

// What an exchange's own help centre says about losing 2FA, as the guide shows it beside the
// community's figures. Pure: lib/data loads the facts and passes "now" in.

// Mirrors of the Prisma enums (prisma/schema.prisma), in the order the guide shows them.
export const OFFICIAL_FACT_KINDS = ["HELP_PAGE", "SELF_SERVICE", "SUPPORT_REQUIREMENTS", "PROCESSING_TIME", "REPLY_TIME", "WITHDRAWAL_HOLD", "CONTACT", "NOTE"] as const;
export type OfficialFactKind = (typeof OFFICIAL_FACT_KINDS)[number];

export const SELF_SERVICE_AVAILABILITIES = ["AVAILABLE", "WITH_PRESET_KEY", "SUSPENDED", "NONE"] as const;
export type SelfServiceAvailability = (typeof SELF_SERVICE_AVAILABILITIES)[number];

// What a self-service reset asks of the user. Stored as codes (OfficialFact.selfServiceNeeds);
// labels live in the catalogues. PRESET_KEY is a key made in advance: Kraken's Master Key,
// Coincheck's 16-character secret key, Bybit's Recovery Key Phrase, Bitso's emergency code.
export const SELF_SERVICE_NEEDS = ["EMAIL_CONFIRMATION", "SMS_CODE", "SECURITY_QUESTIONS", "ID_DOCUMENT", "SELFIE", "FACE_CHECK", "RECOVERY_PHOTO", "PRESET_KEY"] as const;
export type SelfServiceNeed = (typeof SELF_SERVICE_NEEDS)[number];

// Facts of these kinds come from a page about regaining access: saving one records that such a
// page was found. Notes and holds can come from other pages (2FA set-up, a phone-number change).
const RECOVERY_KINDS: ReadonlySet<OfficialFactKind> = new Set(["HELP_PAGE", "SELF_SERVICE", "SUPPORT_REQUIREMENTS", "PROCESSING_TIME", "REPLY_TIME", "CONTACT"]);

export function describesRecovery(kind: OfficialFactKind): boolean {
  return RECOVERY_KINDS.has(kind);
}

/** The kinds whose hours are a duration the community's figures can be set beside. */
export const TIMED_FACT_KINDS: ReadonlySet<OfficialFactKind> = new Set(["PROCESSING_TIME", "REPLY_TIME", "WITHDRAWAL_HOLD"]);

export type OfficialFact = {
  id: string;
  kind: OfficialFactKind;
  position: number;
  textEn: string;
  textJa: string;
  sourceUrl: string;
  sourceDate: Date | null;
  checkedOn: Date;
  language: string | null;
  selfService: SelfServiceAvailability | null;
  selfServiceNeeds: SelfServiceNeed[];
  requiredItemCodes: string[];
  minHours: number | null;
  maxHours: number | null;
  channel: ContactChannel | null;
};

export type OfficialProcedure = {
  /** Whether a page about regaining access after losing the 2FA device was found at all. */
  recoveryPageFound: boolean;
  checkedOn: Date;
  facts: OfficialFact[];
};

/** A fact older than this is shown as possibly out of date: help pages change. */
export const OFFICIAL_FACT_FRESH_MONTHS = 12;

/** Whether a fact checked on `checkedOn` is more than 12 calendar months old at `now`. */
export function isPossiblyOutdated(checkedOn: Date, now: Date): boolean {
  const limit = new Date(checkedOn);
  limit.setUTCMonth(limit.getUTCMonth() + OFFICIAL_FACT_FRESH_MONTHS);
  // setUTCMonth rolls 29 February on to 1 March, a day late at worst: fine for "possibly".
  return now.getTime() > limit.getTime();
}

/** The host of a URL, lower-cased, or null when it is not an http(s) URL. */
function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
    if (parsed.username || parsed.password) return null;
    return parsed.hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Whether `url` is an http(s) address on one of the official domains or a subdomain of one. */
export function isOnOfficialDomain(url: string, officialDomains: readonly string[]): boolean {
  const host = hostOf(url);
  if (!host) return false;
  return officialDomains.some((domain) => {
    const official = domain.toLowerCase();
    return host === official || host.endsWith(`.${official}`);
  });
}

/** The facts grouped by kind, in the guide's order, each group by position; empty kinds left out. */
export function groupOfficialFacts(facts: readonly OfficialFact[]): { kind: OfficialFactKind; facts: OfficialFact[] }[] {
  return OFFICIAL_FACT_KINDS.map((kind) => ({
    kind,
    facts: facts.filter((fact) => fact.kind === kind).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id)),
  })).filter((group) => group.facts.length > 0);
}

/** Every required-item code the official pages name, over all facts. */
export function officiallyNamedItems(facts: readonly OfficialFact[]): Set<string> {
  return new Set(facts.flatMap((fact) => fact.requiredItemCodes));
}

/**
 * The community's required items the official pages do not name. Null when there is nothing to
 * compare with (no record, or no official page about recovery): an item is "not mentioned" only
 * where an official procedure was found and read.
 */
export function itemsNotOfficiallyNamed(procedure: OfficialProcedure | null, communityCodes: readonly string[]): Set<string> | null {
  if (!procedure?.recoveryPageFound) return null;
  const named = officiallyNamedItems(procedure.facts);
  return new Set(communityCodes.filter((code) => !named.has(code)));
}

/** The first fact of a timed kind that states hours, for the side-by-side with reported figures. */
export function statedDuration(facts: readonly OfficialFact[], kind: OfficialFactKind): OfficialFact | null {
  return groupOfficialFacts(facts).find((group) => group.kind === kind)?.facts.find((fact) => fact.minHours !== null || fact.maxHours !== null) ?? null;
}

/** The newest checked date among the facts and the record itself: "checked on" for the section. */
export function lastChecked(procedure: OfficialProcedure): Date {
  return procedure.facts.reduce((latest, fact) => (fact.checkedOn > latest ? fact.checkedOn : latest), procedure.checkedOn);
}

export type StatedDuration = { unit: "hours" | "days"; min: number; max: number };

/**
 * A stated range in the unit the page most likely used: whole days past three days ("3-7 days",
 * "7 days"), hours otherwise ("48-72 hours", "24 hours"). Null when no hours are stated.
 */
export function statedDurationOf(fact: Pick<OfficialFact, "minHours" | "maxHours">): StatedDuration | null {
  const min = fact.minHours ?? fact.maxHours;
  const max = fact.maxHours ?? fact.minHours;
  if (min === null || max === null) return null;
  if (max > 72 && min % 24 === 0 && max % 24 === 0) return { unit: "days", min: min / 24, max: max / 24 };
  return { unit: "hours", min, max };
}
