import { describe, expect, it } from "vitest";
import { normalizeForSearch, searchExchanges, type SearchableExchange } from "./exchange-search";

const exchanges: SearchableExchange[] = [
  { slug: "kraken", nameEn: "Kraken", nameJa: "クラーケン", aliases: ["くらーけん"] },
  { slug: "coincheck", nameEn: "Coincheck", nameJa: "コインチェック", aliases: ["coin check"] },
  { slug: "bittrade", nameEn: "BitTrade (formerly Huobi Japan)", nameJa: "ビットトレード", aliases: ["Huobi Japan"] },
  { slug: "htx", nameEn: "HTX (formerly Huobi)", nameJa: "フォビ", aliases: ["Huobi"] },
  { slug: "gmo-coin", nameEn: "GMO Coin", nameJa: "GMOコイン", aliases: [] },
];

const slugs = (query: string) => searchExchanges(exchanges, query).map((exchange) => exchange.slug);

describe("normalizeForSearch", () => {
  it.each([
    ["Kraken", "kraken"],
    ["ＫＲＡＫＥＮ", "kraken"],
    ["クラーケン", "くらーけん"],
    ["ｸﾗｰｹﾝ", "くらーけん"],
    ["Crypto.com", "cryptocom"],
    ["オーケーコイン・ジャパン", "おーけーこいんじゃぱん"],
    ["  coin  check ", "coincheck"],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });
});

describe("searchExchanges", () => {
  it("finds Kraken by its English name in any case or width", () => {
    expect(slugs("kraken")).toEqual(["kraken"]);
    expect(slugs("KRAKEN")).toEqual(["kraken"]);
    expect(slugs("ｋｒａｋｅｎ")).toEqual(["kraken"]);
  });

  it("finds Kraken by its Japanese name in katakana, half-width katakana or hiragana", () => {
    expect(slugs("クラーケン")).toEqual(["kraken"]);
    expect(slugs("ｸﾗｰｹﾝ")).toEqual(["kraken"]);
    expect(slugs("くらーけん")).toEqual(["kraken"]);
  });

  it("matches part of a name, and an alias with or without its space", () => {
    expect(slugs("チェック")).toEqual(["coincheck"]);
    expect(slugs("coin check")).toEqual(["coincheck"]);
  });

  it("ranks an exact name before names that only contain the query", () => {
    expect(slugs("huobi")).toEqual(["htx", "bittrade"]);
  });

  it("mixes scripts in one name", () => {
    expect(slugs("gmoこいん")).toEqual(["gmo-coin"]);
  });

  it("returns everything for an empty or blank query and nothing for a miss", () => {
    expect(slugs("")).toHaveLength(exchanges.length);
    expect(slugs("   ")).toHaveLength(exchanges.length);
    expect(slugs("binance")).toEqual([]);
  });
});
