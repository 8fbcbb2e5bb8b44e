import { describe, expect, it } from "vitest";
import { normalizeForDetection, prepareForDetection } from "./normalize";
import { toLatinSkeleton } from "./text/character-tables";
import { rewriteNormalized, toOriginalSpan, type NormalizedText } from "./text/offset-text";
import { revealObfuscatedContacts } from "./text/reveal-contacts";
import { revealDisguisedMessengerNames } from "./text/reveal-messenger-names";
import { revealDisguisedNumbers } from "./text/reveal-numbers";
import { isCommonTopLevelDomain } from "./text/tlds";

/** The original text behind a span of the canonical text. */
const originalOf = (normalized: NormalizedText, start: number, end: number) => {
  const span = toOriginalSpan(normalized, { start, end });
  return normalized.original.slice(span.start, span.end);
};

describe("normalizeForDetection", () => {
  it.each([
    ["full-width digits and dashes", "０９０－１２３４－５６７８", "090-1234-5678"],
    ["full-width letters and at sign", "ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ", "john@example.com"],
    ["keycap emoji digits", "0️⃣9️⃣0️⃣", "090"],
    ["kanji digits with long vowel marks", "〇九〇ー一二三四ー五六七八", "090-1234-5678"],
    ["emoji between digits", "090🔥1234🔥5678", "09012345678"],
    ["symbol between digits", "090☎1234", "0901234"],
    ["zero-width spaces", "090\u200B1234\u200B5678", "09012345678"],
    ["lookalike dashes", "090–1234—5678−9", "090-1234-5678-9"],
    ["katakana middle dot between digits", "090・1234・5678", "090.1234.5678"],
    ["ideographic full stop between letters", "kraken-support。com", "kraken-support.com"],
    ["circled digits", "⓪⑨⓪", "090"],
    ["dingbat circled digits", "❶❷❸", "123"],
    ["telephone sign", "℡ 03", "TEL 03"],
    ["ideographic space", "090\u30001234", "090 1234"],
    ["half-width katakana with voicing mark", "ｶﾞｲﾄﾞ", "ガイド"],
  ])("%s", (_label, input, expected) => {
    expect(normalizeForDetection(input).text).toBe(expected);
  });

  it.each([
    ["katakana words keep their long vowel mark", "サポート・ユーザー"],
    ["kanji numerals in prose stay words", "二段階認証を一度だけ"],
    ["a wave dash range stays a range", "3〜5営業日"],
    ["a Japanese full stop stays one", "完了しました。次に"],
    ["empty text", ""],
  ])("%s", (_label, input) => {
    expect(normalizeForDetection(input).text).toBe(input);
  });

  it("maps kanji years but not single kanji numerals", () => {
    expect(normalizeForDetection("二〇一七年に一度").text).toBe("2017年に一度");
  });

  it("keeps one original span per canonical UTF-16 unit", () => {
    for (const input of ["０９０－１２３４", "0️⃣9️⃣0️⃣🔥1", "〇九〇ー一二三四", "ｶﾞｲﾄﾞ😀x", "plain ascii\ttab"]) {
      const normalized = normalizeForDetection(input);
      expect(normalized.originalStarts).toHaveLength(normalized.text.length);
      expect(normalized.originalEnds).toHaveLength(normalized.text.length);
      normalized.originalStarts.forEach((start, index) => {
        expect(start).toBeLessThan(normalized.originalEnds[index] ?? -1);
      });
    }
  });

  it("maps a match in the canonical text back to the full-width original", () => {
    const normalized = normalizeForDetection("電話は０９０－１２３４－５６７８です");
    const start = normalized.text.indexOf("090");
    expect(originalOf(normalized, start, start + "090-1234-5678".length)).toBe("０９０－１２３４－５６７８");
  });

  it("maps keycap and kanji digits back to every code unit that made them", () => {
    const keycaps = normalizeForDetection("no 0️⃣9️⃣0️⃣ yes");
    expect(originalOf(keycaps, 3, 6)).toBe("0️⃣9️⃣0️⃣");
    const kanji = normalizeForDetection("携帯〇九〇まで");
    expect(originalOf(kanji, 2, 5)).toBe("〇九〇");
  });

  it("returns an empty span for an empty range", () => {
    const normalized = normalizeForDetection("abc");
    expect(toOriginalSpan(normalized, { start: 1, end: 1 })).toEqual({ start: 1, end: 1 });
  });
});

describe("revealObfuscatedContacts", () => {
  const reveal = (input: string) => prepareForDetection(input).text;

  it.each([
    ["hxxps://kraken-support[.]com", "https://kraken-support.com"],
    ["hxxp[:]//evil(dot)io", "http://evil.io"],
    ["kraken dot com", "kraken.com"],
    ["mail dot kraken dot com", "mail.kraken.com"],
    ["t . me / recovery_pro", "t.me / recovery_pro"],
    ["t. me/recovery_pro", "t.me/recovery_pro"],
    ["john (at) gmail dot com", "john@gmail.com"],
    ["john[at]gmail[.]com", "john@gmail.com"],
    ["yuki.s アットマーク gmail.com", "yuki.s@gmail.com"],
    ["john.doe at gmail.com", "john.doe@gmail.com"],
    ["support AT evil-recovery DOT com", "support@evil-recovery.com"],
    ["bob @ gmail.com", "bob@gmail.com"],
    ["zero nine zero one two three four five six seven eight", "09012345678"],
  ])("%j -> %j", (input, expected) => {
    expect(reveal(input)).toBe(expected);
  });

  it.each([
    "I logged in at kraken.com yesterday",
    "Hello. Me too",
    "the dot menu in the corner",
    "telegram @ mentions",
    "one two three",
  ])("leaves prose alone: %j", (input) => {
    expect(reveal(input)).toBe(input);
  });

  it("keeps offsets through rewrites, so a revealed @ maps to the (at) it replaced", () => {
    const revealed = revealObfuscatedContacts(normalizeForDetection("mail: john (at) gmail dot com"));
    const at = revealed.text.indexOf("@");
    expect(originalOf(revealed, at, at + 1)).toBe(" (at) ");
    expect(originalOf(revealed, 6, revealed.text.length)).toBe("john (at) gmail dot com");
  });
});

describe("rewriteNormalized", () => {
  it("returns the same object when nothing changes", () => {
    const normalized = normalizeForDetection("nothing to see");
    expect(rewriteNormalized(normalized, /zzz/g, () => "y")).toBe(normalized);
  });

  it("keeps a match when the replacer returns undefined", () => {
    const normalized = normalizeForDetection("a-b-c");
    const rewritten = rewriteNormalized(normalized, /-/g, (match) => (match.index === 1 ? "+" : undefined));
    expect(rewritten.text).toBe("a+b-c");
    expect(originalOf(rewritten, 3, 5)).toBe("-c");
  });
});

describe("domain helpers", () => {
  it.each([
    ["com", true],
    ["io", true],
    ["xn--p1ai", true],
    ["js", false],
    ["pdf", false],
    ["zip", false],
  ])("isCommonTopLevelDomain(%j) is %j", (label, expected) => {
    expect(isCommonTopLevelDomain(label)).toBe(expected);
  });

  it("reads Cyrillic and Greek lookalikes as Latin", () => {
    expect(toLatinSkeleton("kr\u0430ken.c\u03BFm")).toBe("kraken.com");
  });
});

describe("revealDisguisedNumbers", () => {
  const reveal = (input: string) => revealDisguisedNumbers(normalizeForDetection(input)).text;

  it.each([
    ["letters for digits", "call O9O-l234-S678", "call 090-1234-5678"],
    ["letters and full-width digits in one number", "ｏ８ｏ－ｌ２３４－５６７８", "080-1234-5678"],
    ["Cyrillic lookalikes", "0\u0417 1234 5\u04376\u043E", "03 1234 5360"],
    ["pipe and capital I for 1", "090-|234-I678", "090-1234-1678"],
    ["Z for 2 and B for 8", "O7O-1Z34-567B", "070-1234-5678"],
    ["slashes, underscores and tildes", "090/1234_5678~9", "090-1234-5678-9"],
    ["の read aloud between groups", "090の1234の5678", "090-1234-5678"],
    ["Japanese text around the number", "番号はO9O-l234-5678です", "番号は090-1234-5678です"],
  ])("%s", (_label, input, expected) => {
    expect(reveal(input)).toBe(expected);
  });

  it.each([
    ["a phone model", "Galaxy S23 (SM-S911B)"],
    ["a short token with letters", "my 30s, SOS, iOS 17"],
    ["letters outnumbering digits", "OSlO 12"],
    ["a word glued to the last group", "0901234 5Oct"],
    ["an e-mail local part", "O9O1234S678@gmail.com"],
    ["a hex string", "0x5f3a9b21c"],
    ["the の of ordinary Japanese", "3つの方法"],
  ])("leaves %s alone", (_label, input) => {
    expect(reveal(input)).toBe(normalizeForDetection(input).text);
  });

  it("keeps the original offsets, since every replacement has the length of what it replaces", () => {
    const revealed = revealDisguisedNumbers(normalizeForDetection("tel ０９Ｏ-ｌ234-5678"));
    expect(revealed.text).toBe("tel 090-1234-5678");
    expect(originalOf(revealed, 4, 17)).toBe("０９Ｏ-ｌ234-5678");
  });
});

describe("digits of other scripts", () => {
  it("reads Arabic-Indic and Devanagari digits as ASCII digits", () => {
    expect(normalizeForDetection("\u0660\u0669\u0660-\u0661\u0662\u0663\u0664").text).toBe("090-1234");
    expect(normalizeForDetection("\u0966\u096F\u0966").text).toBe("090");
  });
});

describe("revealDisguisedMessengerNames", () => {
  const reveal = (input: string) => revealDisguisedMessengerNames(normalizeForDetection(input)).text;

  it.each([
    ["Cyrillic letters mixed in", "\u0422\u0435l\u0435gr\u0430m: @x", "Telegram: @x"],
    ["spelled out with dots", "T.e.l.e.g.r.a.m @x", "Telegram @x"],
    ["spelled out with spaces", "W h a t s A p p +44", "WhatsApp +44"],
  ])("%s", (_label, input, expected) => {
    expect(reveal(input)).toBe(expected);
  });

  it("leaves a spoofed domain spoofed, so the link detector still sees it", () => {
    expect(reveal("kr\u0430ken.com")).toBe("kr\u0430ken.com");
  });

  it("leaves other spelled-out words alone", () => {
    expect(reveal("a b c d")).toBe("a b c d");
  });
});

describe("prepareForDetection with disguised numbers", () => {
  it("maps the revealed number back to the author's text", () => {
    const prepared = prepareForDetection("WhatsApp ＋８１ 9O 1234 S678 now");
    const start = prepared.text.indexOf("+81");
    expect(prepared.text.slice(start, start + 16)).toBe("+81 90 1234 5678");
    expect(originalOf(prepared, start, start + 16)).toBe("＋８１ 9O 1234 S678");
  });
});
