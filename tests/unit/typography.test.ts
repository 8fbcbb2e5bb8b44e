import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue } from "@/prisma/seed/catalogue";
import { officialProcedures } from "@/prisma/seed/official-procedures";
import { requiredItems } from "@/prisma/seed/required-items";
import { seedReports, type SeedText } from "@/prisma/seed/seed-reports";

// One typographic style for every Japanese text the project ships (docs: the commit that added
// this test says why each was chosen):
// - full-width brackets （） and ［］ in Japanese text, never half-width ones;
// - full-width ： ？ ！ after Japanese, never half-width ones;
// - 二段階認証, as most Japanese exchanges write it, never 2段階認証;
// - 〜 (U+301C) for ranges, never ～ (U+FF5E);
// - half-width Latin letters and digits, never full-width ones, and no half-width katakana.

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e\uff61-\uff9f]/;
const JAPANESE_CHAR = "[\\u3040-\\u30ff\\u3400-\\u9fff\\u3000-\\u303f\\uff01-\\uff5e]";

const rules: { name: string; pattern: RegExp }[] = [
  { name: "half-width bracket in Japanese text (use （） or ［］)", pattern: /[()[\]]/ },
  { name: "half-width colon, question or exclamation mark after Japanese (use ：？！)", pattern: new RegExp(`${JAPANESE_CHAR}\\s*[:?!]`) },
  { name: "2段階認証 (write 二段階認証)", pattern: /[2２]段階認証/ },
  { name: "full-width tilde ～ (write 〜)", pattern: /～/ },
  { name: "full-width Latin letter or digit", pattern: /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/ },
  { name: "half-width katakana", pattern: /[\uff61-\uff9f]/ },
];

/** Every string in a JSON value, with its path. */
function strings(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === "string") return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((child, index) => strings(child, `${path}.${index}`));
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, child]) => strings(child, `${path}.${key}`));
  return [];
}

/** The rules a Japanese text breaks, as "path: rule (text)" lines; texts without Japanese are not checked. */
function typographyProblems(texts: readonly { path: string; text: string }[]): string[] {
  return texts
    .filter(({ text }) => JAPANESE.test(text))
    .flatMap(({ path, text }) => rules.filter((rule) => rule.pattern.test(text)).map((rule) => `${path}: ${rule.name} (${text})`));
}

const catalogueDir = join(process.cwd(), "messages", "ja");
const japaneseCatalogue = readdirSync(catalogueDir)
  .filter((file) => file.endsWith(".json"))
  .flatMap((file) => strings(JSON.parse(readFileSync(join(catalogueDir, file), "utf8")), file));

const japaneseOf = (text: SeedText | undefined) => text?.ja ?? "";
const japaneseSeed = [
  ...seedReports.flatMap((report) => [
    { path: `${report.id}.lockoutDetail`, text: report.lockoutDetail.ja },
    { path: `${report.id}.verificationLevel`, text: japaneseOf(report.verificationLevel) },
    { path: `${report.id}.contactPath`, text: report.contactPath.ja },
    { path: `${report.id}.summary`, text: report.summary.ja },
    { path: `${report.id}.tips`, text: japaneseOf(report.tips) },
    ...report.events.map((event, index) => ({ path: `${report.id}.events.${index}`, text: japaneseOf(event.note) })),
    ...report.requiredItems.map((item) => ({ path: `${report.id}.requiredItems.${item.code}`, text: japaneseOf(item.note) })),
  ]),
  ...catalogue.flatMap((exchange) => [
    { path: `${exchange.slug}.nameJa`, text: exchange.nameJa },
    { path: `${exchange.slug}.notesJa`, text: exchange.notesJa ?? "" },
  ]),
  ...requiredItems.flatMap((item) => [
    { path: `${item.code}.labelJa`, text: item.labelJa },
    { path: `${item.code}.descriptionJa`, text: item.descriptionJa },
  ]),
  ...officialProcedures.flatMap((procedure) => procedure.facts.map((fact, index) => ({ path: `${procedure.slug}.officialFacts.${index}`, text: fact.ja }))),
];

describe("Japanese typography", () => {
  it("the rules catch each mixed form they name", () => {
    const bad = ["アカウント(山田)", "例: Tier 3", "復元しますか?", "2段階認証の設定", "1～2か月", "ＡＢＣ１", "ｶﾀｶﾅ", "[番号削除]"];
    expect(bad.map((text) => typographyProblems([{ path: "t", text }]).length)).toEqual(bad.map(() => 1));
    expect(typographyProblems([{ path: "t", text: "アカウント（山田）。例：「Tier 3」。1〜2か月。二段階認証？ https://example.com (English only)" }])).toEqual([
      "t: half-width bracket in Japanese text (use （） or ［］) (アカウント（山田）。例：「Tier 3」。1〜2か月。二段階認証？ https://example.com (English only))",
    ]);
    expect(typographyProblems([{ path: "t", text: "Two-step (2FA): done? Yes!" }])).toEqual([]);
  });

  it("holds in every message of the Japanese catalogue", () => {
    expect(japaneseCatalogue.length).toBeGreaterThan(100);
    expect(typographyProblems(japaneseCatalogue)).toEqual([]);
  });

  it("holds in the Japanese seed: the reports' originals, exchange notes and the required-item vocabulary", () => {
    expect(typographyProblems(japaneseSeed)).toEqual([]);
  });
});
