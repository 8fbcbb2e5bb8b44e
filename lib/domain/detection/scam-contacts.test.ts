import { describe, expect, it } from "vitest";
import { assessText, findScamContacts, isHeldForModeration, isOfficialUrl, linkRel, type ScamContactKind } from "./scam-contacts";

const officialDomains = ["kraken.com", "coincheck.com", "bitflyer.com", "google.com"];
const options = { officialDomains };
const found = (text: string) => findScamContacts(text, options).map((match) => [match.kind, match.text]);

describe("findScamContacts", () => {
  it.each<[ScamContactKind, string, string]>([
    ["phone", "call 090-1234-5678 for help", "090-1234-5678"],
    ["phone", "WhatsApp +1 (555) 010-1234", "+1 (555) 010-1234"],
    ["phone", "電話：〇九〇ー一二三四ー五六七八", "〇九〇ー一二三四ー五六七八"],
    ["phone", "ring ０９０　１２３４　５６７８", "０９０　１２３４　５６７８"],
    // Issue 10: lookalike letters and mixed widths inside one number were published as typed.
    ["phone", "call O9O-l234-5678 now", "O9O-l234-5678"],
    ["phone", "電話：０9Ｏ－１２З4－S６78 まで", "０9Ｏ－１２З4－S６78"],
    ["phone", "text (2l2) 5S5-Ol47", "(2l2) 5S5-Ol47"],
    ["phone", "WhatsApp +44 77OO 9OO l23", "+44 77OO 9OO l23"],
    ["phone", "番号は090の1234の5678です", "090の1234の5678"],
    ["messenger", "\u0422\u0435l\u0435gr\u0430m: @fund_fixer", "@fund_fixer"],
    ["messenger", "t.me/recovery_pro", "t.me/recovery_pro"],
    ["messenger", "t . me / recovery_pro", "t . me / recovery_pro"],
    ["messenger", "hxxps://t[.]me/recovery_pro", "hxxps://t[.]me/recovery_pro"],
    ["messenger", "Telegram: @recovery_pro", "@recovery_pro"],
    ["messenger", "テレグラム＠asset_back", "＠asset_back"],
    ["messenger", "LINE ID：kraken_help まで", "kraken_help"],
    ["messenger", "テレグラムのIDはchainrescueです", "chainrescue"],
    ["messenger", "wa.me/15550101234", "wa.me/15550101234"],
    ["messenger", "discord: fixer#4821", "fixer#4821"],
    ["email", "email recoverypro99@gmail.com", "recoverypro99@gmail.com"],
    ["email", "recoverypro99 (at) gmail dot com", "recoverypro99 (at) gmail dot com"],
    ["email", "help＠kraken-support.com", "help＠kraken-support.com"],
    ["link", "go to kraken-support.com", "kraken-support.com"],
    ["link", "https://krakken.com/login", "https://krakken.com/login"],
    ["link", "kraken.com.evil.io/verify", "kraken.com.evil.io/verify"],
    ["link", "xn--krken-k3a.com", "xn--krken-k3a.com"],
    ["link", "kr\u0430ken.com (Cyrillic a)", "kr\u0430ken.com"],
    ["link", "coinch\u0435ck.com", "coinch\u0435ck.com"],
    ["link", "hxxps://kraken-support[.]com", "hxxps://kraken-support[.]com"],
    ["link", "https://kraken.com@evil.io/", "https://kraken.com@evil.io/"],
    ["link", "https://www.google.com/url?q=evil.io", "evil.io"],
    ["link", "kraken-support。com", "kraken-support。com"],
    ["recovery-offer", "I found a recovery expert who fixed it", "recovery expert"],
    ["recovery-offer", "hire an ethical hacker", "ethical hacker"],
    ["recovery-offer", "Contact him today", "Contact him"],
    ["recovery-offer", "DM me for details", "DM me"],
    ["recovery-offer", "復旧業者に頼みました", "復旧業者"],
    ["recovery-offer", "復元の専門家を紹介します", "復元の専門家"],
    ["recovery-offer", "DMください", "DMください"],
  ])("finds a %s in %j", (kind, text, expected) => {
    expect(found(text)).toContainEqual([kind, expected]);
  });

  it.each([
    ["an official link", "https://support.kraken.com/hc/en-us/articles/360000919966"],
    ["an official bare domain", "coincheck.com/ja/info/ から申請"],
    ["an official subdomain", "help.bitflyer.com"],
    ["an official e-mail address", "support@kraken.com から返信"],
    ["an official handle without messenger context", "I tweeted @KrakenSupport"],
    ["a messenger named in a warning", "Telegram: never share your codes"],
    ["a messenger account mentioned in prose", "My LINE account was also on that phone"],
    ["a warning about recovery experts", "Recovery experts on Telegram are scammers, ignore them."],
    ["a Japanese warning", "「復元の専門家」を名乗るアカウントは全部詐欺なので注意。"],
    ["support promising to contact", "Support told me they would contact me within 48 hours."],
    ["the exchange's own specialist", "The Kraken account recovery specialist asked for documents."],
    ["a sentence missing a space", "I waited.It took ages."],
    ["a file name", "I attached passport.pdf and selfie.jpg"],
    ["an abbreviation", "e.g. a utility bill"],
    ["a date and a ticket", "2017-10-05, Ticket 12345678"],
    ["prose with at", "I logged in at kraken.com"],
  ])("ignores %s", (_label, text) => {
    expect(found(text)).toEqual([]);
  });

  it("flags an endorsement even when the sentence also warns", () => {
    expect(found("Beware of fake ones, but this recovery expert is legit")).toContainEqual(["recovery-offer", "recovery expert"]);
  });

  it("reports offsets in the original text", () => {
    const text = "公式より早い→ ｈｔｔｐｓ：／／ｋｒａｋｅｎ－ｓｕｐｐｏｒｔ．ｃｏｍ ←ここ";
    const [match] = findScamContacts(text, options);
    expect(match?.kind).toBe("link");
    expect(match && text.slice(match.start, match.end)).toBe("ｈｔｔｐｓ：／／ｋｒａｋｅｎ－ｓｕｐｐｏｒｔ．ｃｏｍ");
  });

  it("reports a messenger link once, not also as a link or a phone", () => {
    expect(found("https://wa.me/819012345678")).toEqual([["messenger", "https://wa.me/819012345678"]]);
  });
});

describe("assessText", () => {
  it("holds a text with contacts and lists each reason once, in a fixed order", () => {
    const assessment = assessText("recovery expert here: t.me/fixer or 090-1234-5678, also t.me/fixer2", options);
    expect(assessment.hold).toBe(true);
    expect(assessment.reasons).toEqual(["phone", "messenger", "recovery-offer"]);
    expect(assessment.matches).toHaveLength(4);
  });

  it("lets a plain report through", () => {
    const assessment = assessText("10月5日に問い合わせ、2日後に返信。https://support.kraken.com/hc/ja", options);
    expect(assessment).toEqual({ hold: false, reasons: [], matches: [] });
    expect(isHeldForModeration("10月5日に問い合わせ", options)).toBe(false);
    expect(isHeldForModeration("t.me/recovery_pro", options)).toBe(true);
  });

  it("treats every domain as unofficial when none are configured", () => {
    expect(assessText("support.kraken.com", { officialDomains: [] }).reasons).toEqual(["link"]);
  });
});

describe("isOfficialUrl", () => {
  it.each([
    ["https://kraken.com", true],
    ["https://support.kraken.com/hc/en-us", true],
    ["support.kraken.com/hc", true],
    ["http://www.coincheck.com/ja/", true],
    ["https://KRAKEN.COM./login", true],
    ["https://kraken-support.com", false],
    ["https://kraken.com.evil.io", false],
    ["https://evilkraken.com", false],
    ["https://kr\u0430ken.com", false],
    ["https://kraken.com@evil.io/", false],
    ["javascript:alert(1)", false],
    ["not a url at all", false],
    ["", false],
  ])("%j -> %j", (url, expected) => {
    expect(isOfficialUrl(url, officialDomains)).toBe(expected);
  });

  it("accepts official domains written as URLs or with a leading dot", () => {
    expect(isOfficialUrl("https://support.kraken.com", ["https://kraken.com/"])).toBe(true);
    expect(isOfficialUrl("https://support.kraken.com", [".kraken.com"])).toBe(true);
  });
});

describe("linkRel", () => {
  it("tells search engines not to follow user links and blocks window.opener", () => {
    expect(linkRel).toBe("nofollow ugc noopener");
  });
});
