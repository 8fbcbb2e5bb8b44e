import { describe, expect, it } from "vitest";
import { PERSONAL_DATA_SAMPLES } from "./corpus/personal-data";
import {
  DEFAULT_REDACTION_LABELS,
  PERSONAL_DATA_KINDS,
  findPersonalData,
  redactPersonalData,
  type PersonalDataKind,
  type PersonalDataMatch,
} from "./personal-data";

const found = (text: string) => findPersonalData(text).map((match) => [match.kind, match.text]);

describe("findPersonalData", () => {
  it.each<[PersonalDataKind, string, string]>([
    ["email", "連絡は taro.yamada@example.co.jp まで", "taro.yamada@example.co.jp"],
    ["email", "email: bob.lee AT gmail DOT com", "bob.lee AT gmail DOT com"],
    ["email", "ｈａｎａｋｏ＠ｄｏｃｏｍｏ．ｎｅ．ｊｐ", "ｈａｎａｋｏ＠ｄｏｃｏｍｏ．ｎｅ．ｊｐ"],
    ["phone", "電話は090-1234-5678です", "090-1234-5678"],
    ["phone", "自宅 03-5555-0123", "03-5555-0123"],
    ["phone", "free dial 0120-987-654", "0120-987-654"],
    ["phone", "+81 90 1234 5678", "+81 90 1234 5678"],
    ["phone", "+81 (0)90-1234-5678", "+81 (0)90-1234-5678"],
    ["phone", "call (555) 010-1234", "(555) 010-1234"],
    ["phone", "+44 20 7946 0958", "+44 20 7946 0958"],
    ["phone", "0 9 0 - 1 2 3 4 - 5 6 7 8", "0 9 0 - 1 2 3 4 - 5 6 7 8"],
    ["phone", "(1) 090-1234-5678", "090-1234-5678"],
    ["phone", "2017-10-05 090-1234-5678", "090-1234-5678"],
    ["postcode", "〒150-0043", "〒150-0043"],
    ["postcode", "郵便番号 530-0001", "530-0001"],
    ["postcode", "zip code 94105-1234", "94105-1234"],
    ["postal-address", "東京都渋谷区道玄坂1-2-3", "東京都渋谷区道玄坂1-2-3"],
    ["postal-address", "住所は大阪市北区梅田3丁目1番1号です", "大阪市北区梅田3丁目1番1号"],
    ["postal-address", "I live at 123 Main Street, Springfield, IL 62704", "123 Main Street, Springfield, IL 62704"],
    ["id-number", "passport TZ1234567", "TZ1234567"],
    ["id-number", "マイナンバー 1234 5678 9012", "1234 5678 9012"],
    ["id-number", "User ID: 12345678", "12345678"],
    ["id-number", "card 4111-1111-1111-1111", "4111-1111-1111-1111"],
    ["crypto-address", "to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"],
    ["crypto-address", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"],
    ["crypto-address", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"],
    ["crypto-address", "XRP rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh", "rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh"],
    ["transaction-hash", "txid 4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b", "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b"],
    ["exact-balance", "残高は0.12345678 BTCでした", "0.12345678 BTC"],
    ["exact-balance", "1,234,567円が残っていた", "1,234,567円"],
    ["exact-balance", "$12,345.67 stuck", "$12,345.67"],
    ["exact-balance", "12,345,678 sats", "12,345,678 sats"],
  ])("finds %s in %j", (kind, text, expected) => {
    expect(found(text)).toContainEqual([kind, expected]);
  });

  it.each([
    ["ISO date", "2017-10-05にサポートへ問い合わせ"],
    ["Japanese date", "2017年10月5日に申請"],
    ["short date", "10/05 に返信"],
    ["date range", "2017-10-05 - 2017-10-12 の間"],
    ["time range", "09:00-18:00 JST"],
    ["short ticket number", "#123456"],
    ["ticket number", "Ticket 12345678"],
    ["labelled ticket ID", "Ticket ID 12345678"],
    ["long ticket number", "Case #123456789012"],
    ["reference code", "受付番号 A-20231005-0042"],
    ["reference starting with 0", "Reference 0123456789"],
    ["year", "since 2017"],
    ["duration", "2 days later, then 11日後"],
    ["version number", "version 10.2.1"],
    ["one-time code", "the code was 123456"],
    ["rounded amount", "about 0.1 BTC"],
    ["rounded yen", "約10万円"],
    ["approximate yen with digits", "約1,234,000円"],
    ["small fee", "手数料 1,980円"],
    ["small dollar amount", "$49.99"],
    ["coin fee", "0.0005 BTC"],
    ["official article link", "https://support.kraken.com/hc/en-us/articles/360000919966"],
    ["prefecture only", "東京都内に住んでいます"],
    ["market price range", "市場価格が1-2割下落"],
    ["masked number", "090-xxxx-xxxx"],
    ["street without a number", "the main street in my town"],
  ])("ignores a %s", (_label, text) => {
    expect(found(text)).toEqual([]);
  });

  it("reports offsets in the original text, full-width included", () => {
    const text = "連絡先：０９０－１２３４－５６７８、ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ";
    const matches = findPersonalData(text);
    expect(matches.map((match) => match.kind)).toEqual(["phone", "email"]);
    for (const match of matches) expect(text.slice(match.start, match.end)).toBe(match.text);
    expect(matches[0]?.text).toBe("０９０－１２３４－５６７８");
    expect(matches[1]?.text).toBe("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ");
  });

  it("highlights a disguised number with all of its decoration", () => {
    const text = "call 0️⃣9️⃣0️⃣🔥1️⃣2️⃣3️⃣4️⃣🔥5️⃣6️⃣7️⃣8️⃣ now";
    const [match] = findPersonalData(text);
    expect(match?.kind).toBe("phone");
    expect(match?.text).toBe("0️⃣9️⃣0️⃣🔥1️⃣2️⃣3️⃣4️⃣🔥5️⃣6️⃣7️⃣8️⃣");
  });

  it("keeps addresses at official domains when the caller names them", () => {
    const text = "support@kraken.com から返信、私は a.b@example.com";
    expect(found(text).map(([kind]) => kind)).toEqual(["email", "email"]);
    const matches = findPersonalData(text, { officialDomains: ["kraken.com"] });
    expect(matches.map((match) => match.text)).toEqual(["a.b@example.com"]);
  });

  it("returns matches in order and without overlaps", () => {
    const text = "〒150-0043 東京都渋谷区道玄坂1-2-3 TEL 03-5555-0123 mail a.b@example.com";
    const matches = findPersonalData(text);
    expect(matches.map((match) => match.kind)).toEqual(["postcode", "postal-address", "phone", "email"]);
    matches.slice(1).forEach((match, index) => {
      expect(match.start).toBeGreaterThanOrEqual(matches[index]?.end ?? 0);
    });
  });

  it("flags addresses and hashes inside explorer links but not digits of other links", () => {
    const explorer = "https://etherscan.io/tx/0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060";
    expect(found(explorer).map(([kind]) => kind)).toEqual(["transaction-hash"]);
    expect(found("https://example.jp/orders/090123456789/receipt")).toEqual([]);
  });
});

describe("redactPersonalData", () => {
  it("replaces each match with the default English placeholder", () => {
    expect(redactPersonalData("mail me at a.b@example.com or 090-1234-5678")).toBe(
      "mail me at [email removed] or [phone number removed]",
    );
  });

  it("uses the labels the caller passes, falling back to English for the rest", () => {
    const labels = { email: "［メールアドレス削除］", phone: "［電話番号削除］" };
    expect(redactPersonalData("連絡は a.b@example.com か 090-1234-5678、〒150-0043", undefined, { labels })).toBe(
      "連絡は ［メールアドレス削除］ か ［電話番号削除］、[postcode removed]",
    );
  });

  it("redacts the matches it is given, merging overlaps", () => {
    const text = "abcdefghij";
    const matches: PersonalDataMatch[] = [
      { kind: "phone", start: 2, end: 5, text: "cde" },
      { kind: "email", start: 4, end: 7, text: "efg" },
    ];
    expect(redactPersonalData(text, matches)).toBe("ab[phone number removed]hij");
  });

  it("leaves text without personal data unchanged", () => {
    const text = "2017-10-05に問い合わせ、2日後に返信。Ticket 12345678";
    expect(redactPersonalData(text)).toBe(text);
  });

  it("leaves nothing detectable behind in any corpus sample", () => {
    for (const sample of PERSONAL_DATA_SAMPLES) {
      const redacted = redactPersonalData(sample.text);
      expect(findPersonalData(redacted), redacted).toEqual([]);
    }
  });

  it("has a label for every kind", () => {
    expect(Object.keys(DEFAULT_REDACTION_LABELS).sort()).toEqual([...PERSONAL_DATA_KINDS].sort());
  });
});
