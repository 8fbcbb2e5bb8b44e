import { describe, expect, it } from "vitest";
import { officialProcedures } from "@/prisma/seed/official-procedures";
import { catalogue } from "@/prisma/seed/catalogue";
import type { OfficialFact, OfficialProcedure } from "../official-procedure";
import { buildPrepKit, defaultMessageLanguage, officialSupportAddress } from "./kit";

const fact = (overrides: Partial<OfficialFact>): OfficialFact => ({
  id: "f1",
  kind: "CONTACT",
  position: 0,
  textEn: "Write to support.",
  textJa: "サポートに連絡します。",
  sourceUrl: "https://support.example.com/a",
  sourceDate: null,
  checkedOn: new Date("2026-12-02"),
  language: null,
  selfService: null,
  selfServiceNeeds: [],
  requiredItemCodes: [],
  minHours: null,
  maxHours: null,
  channel: "EMAIL",
  ...overrides,
});
const procedureOf = (facts: OfficialFact[]): OfficialProcedure => ({ recoveryPageFound: true, checkedOn: new Date("2026-12-02"), facts });

describe("defaultMessageLanguage", () => {
  it("follows the language the reports were answered in", () => {
    expect(defaultMessageLanguage({ replyLanguages: [["en"], ["en-US", "ja"], ["en"]], country: "JP" })).toEqual({ language: "en", basis: "reports" });
    expect(defaultMessageLanguage({ replyLanguages: [["ja-JP"]], country: "US" })).toEqual({ language: "ja", basis: "reports" });
  });

  it("falls back to the country without reports or on a tie: Japan Japanese, elsewhere English", () => {
    expect(defaultMessageLanguage({ replyLanguages: [], country: "JP" })).toEqual({ language: "ja", basis: "country" });
    expect(defaultMessageLanguage({ replyLanguages: [["en", "ja"]], country: "US" })).toEqual({ language: "en", basis: "country" });
    expect(defaultMessageLanguage({ replyLanguages: [["fr"]], country: null })).toEqual({ language: "en", basis: "country" });
  });
});

describe("officialSupportAddress", () => {
  it("takes an address a contact statement publishes on an official domain", () => {
    expect(officialSupportAddress(procedureOf([fact({ textEn: "E-mail support@example.com with the reason." })]), ["example.com"])).toBe("support@example.com");
  });

  it("ignores addresses off the official domains, senders to check and other kinds of fact", () => {
    expect(officialSupportAddress(procedureOf([fact({ textEn: "Write to help@example-support.net." })]), ["example.com"])).toBeNull();
    expect(officialSupportAddress(procedureOf([fact({ textEn: "Check it comes from noreply@example.com." })]), ["example.com"])).toBeNull();
    expect(officialSupportAddress(procedureOf([fact({ kind: "NOTE", textEn: "support@example.com" })]), ["example.com"])).toBeNull();
  });

  it("finds none in the seeded official facts, so no guide shows a mailto link today", () => {
    for (const seed of officialProcedures) {
      const exchange = catalogue.find((entry) => entry.slug === seed.slug);
      const facts = seed.facts.map((entry, position) => fact({ kind: entry.kind, textEn: entry.en, textJa: entry.ja, position, channel: entry.channel ?? null }));
      expect(officialSupportAddress(procedureOf(facts), exchange?.officialDomains ?? []), seed.slug).toBeNull();
    }
  });
});

describe("buildPrepKit", () => {
  const itemLabels = [
    { code: "EMAIL", labelEn: "Registered e-mail address", labelJa: "登録メールアドレス" },
    { code: "GOVERNMENT_ID", labelEn: "Government ID details", labelJa: "本人確認書類の情報" },
    { code: "ID_SELFIE", labelEn: "ID selfie / recovery photo", labelJa: "本人確認書類を持った自撮り写真" },
  ];
  const exchange = { slug: "kraken", nameEn: "Kraken", country: "US", website: "https://www.kraken.com", supportUrl: "https://support.kraken.com", officialDomains: ["kraken.com"] };

  it("lists the official items with their source, the community's with share and n, and Kraken's questions", () => {
    const procedure = procedureOf([
      fact({ id: "a", kind: "SUPPORT_REQUIREMENTS", requiredItemCodes: ["ID_SELFIE", "GOVERNMENT_ID"], sourceUrl: "https://support.kraken.com/photo", channel: null }),
      fact({ id: "b", kind: "CONTACT", textEn: "Without a Master Key, submit a support request.", channel: "WEB_FORM" }),
    ]);
    const kit = buildPrepKit({ exchange, procedure, communityItems: [{ code: "EMAIL", count: 1, n: 1, share: 1 }], communityPath: "Help Center → contact form", replyLanguages: [["en", "ja"]], itemLabels });
    expect(kit.officialItems.map((item) => [item.code, item.sourceUrl])).toEqual([
      ["GOVERNMENT_ID", "https://support.kraken.com/photo"],
      ["ID_SELFIE", "https://support.kraken.com/photo"],
    ]);
    expect(kit.communityItems).toEqual([{ code: "EMAIL", label: { en: "Registered e-mail address", ja: "登録メールアドレス" }, count: 1, n: 1, share: 1 }]);
    expect(kit.questions?.questions).toHaveLength(7);
    expect(kit.contact.statements.map((statement) => statement.text.en)).toEqual(["Without a Master Key, submit a support request."]);
    expect(kit.contact.supportAddress).toBeNull();
    expect(kit).toMatchObject({ defaultLanguage: "en", askKana: false });
  });

  it("makes a kit for an exchange without reports or official record", () => {
    const kit = buildPrepKit({ exchange: { ...exchange, slug: "bitflyer", nameEn: "bitFlyer", country: "JP", website: null, supportUrl: null, officialDomains: ["bitflyer.com"] }, procedure: null, communityItems: [], communityPath: null, replyLanguages: [], itemLabels });
    expect(kit).toMatchObject({ defaultLanguage: "ja", languageBasis: "country", askKana: true, officialItems: [], communityItems: [], questions: null });
  });
});
