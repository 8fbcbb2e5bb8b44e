import { describe, expect, it } from "vitest";
import { findSecrets, type SecretKind } from "./secrets";

// Tuning cases for the prep kit's secret detector, written before the detector. The held-out
// cases in secrets.held-out.test.ts were written at the same time and are never tuned on: they
// measure whether the rules below generalise.

const secrets: [text: string, kind: SecretKind][] = [
  // 2FA codes, plain and disguised
  ["482913", "OTP_CODE"],
  ["482 913", "OTP_CODE"],
  ["4 8 2 9 1 3", "OTP_CODE"],
  ["482-913", "OTP_CODE"],
  ["４８２９１３", "OTP_CODE"],
  ["my 2FA code is 482913", "OTP_CODE"],
  ["the authenticator shows 48 29 13 right now", "OTP_CODE"],
  ["verification code: 0042", "OTP_CODE"],
  ["認証コードは482913です", "OTP_CODE"],
  ["認証コード：４８２ ９１３", "OTP_CODE"],
  ["ワンタイムパスワード 123456", "OTP_CODE"],
  ["backup codes: 8f3k-2j9d 7hh2-kk81", "OTP_CODE"],
  // passwords
  ["my password is hunter22", "PASSWORD"],
  ["My Password is: Tr0ub4dor&3", "PASSWORD"],
  ["password = correcthorse", "PASSWORD"],
  ["pw: s3cret!", "PASSWORD"],
  ["passwd Zaif2017", "PASSWORD"],
  ["p@ssword is monkey99", "PASSWORD"],
  ["パスワードはabc12345です", "PASSWORD"],
  ["パスワード：Sakura2017", "PASSWORD"],
  ["ログインパスワードは sakura_2017", "PASSWORD"],
  ["暗証番号は4821", "PASSWORD"],
  // seed phrases
  ["abandon ability able about above absent absorb abstract absurd abuse access accident", "SEED_PHRASE"],
  [
    "legal winner thank year wave sausage worth useful legal winner thank yellow legal winner thank year wave sausage worth useful legal winner thank title",
    "SEED_PHRASE",
  ],
  ["1. zoo 2. wrong 3. river 4. tonight 5. exile 6. rotate 7. crane 8. pupil 9. dirt 10. magic 11. orbit 12. vivid", "SEED_PHRASE"],
  ["zoo, wrong, river, tonight, exile, rotate, crane, pupil, dirt, magic, orbit, vivid", "SEED_PHRASE"],
  ["ZOO WRONG RIVER TONIGHT EXILE ROTATE CRANE PUPIL DIRT MAGIC ORBIT VIVID", "SEED_PHRASE"],
  ["seed phrase: zoo wrong river tonight", "SEED_PHRASE"],
  ["シードフレーズは zoo wrong river tonight exile", "SEED_PHRASE"],
  ["あいこくしん あいさつ あいだ あおぞら あかちゃん あきる あけがた あける あこがれる あさい あさひ あしあと", "SEED_PHRASE"],
  // private keys
  ["e9873d79c6d87dc0fb6a5778633389f4453213303da61f20bd67fc233aa33262", "PRIVATE_KEY"],
  ["0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318", "PRIVATE_KEY"],
  ["5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ", "PRIVATE_KEY"],
  ["KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWn", "PRIVATE_KEY"],
  ["private key: L1aW4aubDFB7yfras2S1mN3bqg9nwySY8nkoLmJebSLD5BWv3ENZ", "PRIVATE_KEY"],
  ["秘密鍵は e9873d79c6d87dc0fb6a5778633389f4453213303da61f20bd67fc233aa33262", "PRIVATE_KEY"],
];

// What a person preparing a request writes: none of it is a secret.
const harmless: string[] = [
  "taro@example.com",
  "Taro Yamada",
  "ヤマダ タロウ",
  "U1234567",
  "123456789",
  "around 2026-11-20",
  "2017年10月3日ごろ",
  "about two months ago",
  "I reset my phone and the authenticator app was wiped, so I cannot produce a 2FA code.",
  "I lost my phone; I do not have backup codes.",
  "I remember my password but not the 2FA.",
  "My password is not the problem.",
  "パスワードは覚えていますが、認証コードが分かりません。",
  "スマートフォンを初期化したため、二段階認証のコードを入力できません。",
  "I will never send a password, 2FA code, seed phrase or private key.",
  "Deposited 150000 yen on 2017-10-05 from Mitsubishi UFJ bank.",
  "入金：2017年10月5日 150,000円",
  "Balance about 0.35 BTC and 120,000 JPY.",
  "Phone: 090-1234-5678",
  "〒150-0001 東京都渋谷区神宮前1-2-3",
  "Passport and driver's licence, both Japanese, expiry 2030-04-01.",
  "Withdrew to 0x52908400098527886E0F7030069857D2E4169EE7 in October.",
  "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
  "I do not remember my deposits, withdrawals or trades, sorry.",
  "I bought MONA with a bank transfer of 30000 yen in September 2017.",
  "I can send a photo of myself holding my ID next to my face.",
  "The login history shows 12 logins from Tokyo in the last three months of this year until the phone was reset by me at home.",
  "ticket #123456",
];

describe("findSecrets (tuning cases)", () => {
  it.each(secrets)("refuses %j as %s", (text, kind) => {
    expect(findSecrets(text).map((found) => found.kind)).toContain(kind);
  });

  it.each(harmless)("lets %j through", (text) => {
    expect(findSecrets(text)).toEqual([]);
  });

  it("points at the secret in the text as written", () => {
    const text = "認証コード：４８２ ９１３です";
    const [found] = findSecrets(text);
    expect(found && text.slice(found.start, found.end)).toContain("４８２ ９１３");
  });

  it("reads a long text in linear time", () => {
    const long = "word ".repeat(20_000);
    const started = performance.now();
    findSecrets(long);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("findSecrets in a field that asks for a number", () => {
  it("takes six digits for a user ID there, and as a labelled ID anywhere", () => {
    expect(findSecrets("123456", { numberExpected: true })).toEqual([]);
    expect(findSecrets("User ID: 123456")).toEqual([]);
    expect(findSecrets("ユーザーID：123456")).toEqual([]);
  });

  it("still refuses a named secret there", () => {
    expect(findSecrets("2FA code 123456", { numberExpected: true }).map((found) => found.kind)).toContain("OTP_CODE");
  });
});
