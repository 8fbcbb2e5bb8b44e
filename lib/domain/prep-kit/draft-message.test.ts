import { describe, expect, it } from "vitest";
import { draftMessage, EMPTY_ANSWERS, type DraftOptions, type KitAnswers } from "./draft-message";
import { exchangeQuestionsFor } from "./exchange-questions";
import { findSecrets } from "./secrets";

const itemLabels = { ID_SELFIE: { en: "ID selfie / recovery photo", ja: "本人確認書類を持った自撮り写真" }, PHONE: { en: "Registered phone number", ja: "登録電話番号" } };
const options = (overrides: Partial<DraftOptions> = {}): DraftOptions => ({ language: "en", exchangeName: "bitFlyer", askKana: true, questions: null, itemLabels, ...overrides });

const filled: KitAnswers = {
  ...EMPTY_ANSWERS,
  email: "taro@example.com",
  name: "Taro Yamada",
  nameKana: "ヤマダ タロウ",
  userId: "U1234567",
  lockoutWhen: "2026-11-20",
  lockoutCause: "DEVICE_RESET",
  lockoutDetail: "The backup of the app was not restored.",
  lastLogin: "about 2026-11-01",
  otherDetails: "A bank transfer of 30,000 yen on 2026-10-05.",
  ready: ["ID_SELFIE"],
};

describe("draftMessage", () => {
  it.each(["en", "ja"] as const)("writes every answer into the %s message, with no placeholder left", (language) => {
    const draft = draftMessage(filled, options({ language }));
    expect(draft.missing).toEqual([]);
    expect(draft.blocked).toBe(false);
    for (const value of ["taro@example.com", "Taro Yamada", "ヤマダ タロウ", "U1234567", "2026-11-20", "about 2026-11-01", "A bank transfer of 30,000 yen on 2026-10-05."]) {
      expect(draft.text).toContain(value);
    }
    expect(draft.text).toContain(itemLabels.ID_SELFIE[language]);
    expect(draft.text).not.toMatch(/\[|［/);
  });

  it("writes English and Japanese in their own words", () => {
    expect(draftMessage(filled, options()).text).toMatch(/^Subject: Request to reset two-factor authentication/);
    expect(draftMessage(filled, options()).text).toContain("My phone was reset");
    const ja = draftMessage(filled, options({ language: "ja" })).text;
    expect(ja).toMatch(/^件名：二段階認証の解除のお願い/);
    expect(ja).toContain("・登録メールアドレス：taro@example.com");
    expect(ja).toContain("スマートフォンを初期化");
  });

  it.each([
    ["en", ["[registered e-mail address]", "[name as registered]", "[kana reading of the name]", "[when you lost access]", "[how you lost access]", "[last successful login]"]],
    ["ja", ["［登録メールアドレス］", "［登録氏名］", "［フリガナ］", "［使えなくなった時期］", "［使えなくなった経緯］", "［最後にログインできた日時］"]],
  ] as const)("shows and lists every empty placeholder (%s)", (language, placeholders) => {
    const draft = draftMessage(EMPTY_ANSWERS, options({ language }));
    expect(draft.missing).toEqual(["email", "name", "nameKana", "lockoutWhen", "lockoutCause", "lastLogin"]);
    for (const placeholder of placeholders) expect(draft.text).toContain(placeholder);
  });

  it("asks for the kana reading only where the exchange is Japanese, and takes an unknown user ID as an answer", () => {
    const draft = draftMessage({ ...filled, nameKana: "", userId: "" }, options({ askKana: false }));
    expect(draft.missing).toEqual([]);
    expect(draft.text).not.toContain("kana");
    expect(draft.text).toContain("User ID: I do not know my user ID.");
  });

  it("answers Kraken's seven questions in order, reusing the name and last login", () => {
    const questions = exchangeQuestionsFor("kraken");
    const answers: KitAnswers = {
      ...filled,
      questions: {
        "kraken-identity": "1985-04-01, +81 90 1234 5678",
        "kraken-address": "1-2-3 Jingumae, Tokyo",
        "kraken-government-id": "Japan, passport or driver's licence, 2030",
        "kraken-balances": "about 0.35 BTC",
        "kraken-funding": "I don't remember",
        "kraken-trading": "I don't remember",
      },
    };
    const draft = draftMessage(answers, options({ exchangeName: "Kraken", askKana: false, questions }));
    expect(draft.missing).toEqual([]);
    const numbered = draft.text.split("\n").filter((line) => /^\d\. /.test(line));
    expect(numbered).toHaveLength(7);
    expect(numbered[0]).toBe("1. Name, date of birth and phone number registered to the account: Taro Yamada; 1985-04-01, +81 90 1234 5678");
    expect(numbered[3]).toBe("4. Date of the last successful login: about 2026-11-01");
    const empty = draftMessage({ ...answers, questions: {} }, options({ askKana: false, questions }));
    expect(empty.missing).toEqual(["question:kraken-identity", "question:kraken-address", "question:kraken-government-id", "question:kraken-balances", "question:kraken-funding", "question:kraken-trading"]);
    expect(empty.text).toContain("[Approximate account balances]");
  });

  it("lists Zaif's five FAQ items, with the kana reading, in Japanese", () => {
    const questions = exchangeQuestionsFor("zaif");
    const draft = draftMessage({ ...filled, questions: { "zaif-address": "東京都渋谷区神宮前1-2-3" } }, options({ language: "ja", exchangeName: "Zaif", questions }));
    expect(draft.text).toContain("■ ZaifのFAQが求める5項目");
    expect(draft.text).toContain("1. 登録氏名とフリガナ：Taro Yamada／ヤマダ タロウ");
    expect(draft.text).toContain("3. 登録日時：［登録日時］");
    expect(draft.missing).toEqual(["question:zaif-registered-at", "question:zaif-transactions", "question:zaif-phone"]);
  });

  it.each([
    ["otherDetails", "my password is hunter22", "PASSWORD"],
    ["lockoutDetail", "the app showed 482 913 before it broke", "OTP_CODE"],
    ["lastLogin", "認証コードは４８２９１３です", "OTP_CODE"],
    ["otherDetails", "zoo wrong river tonight exile rotate crane pupil dirt magic orbit vivid", "SEED_PHRASE"],
    ["email", "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318", "PRIVATE_KEY"],
  ] as const)("blocks the draft when %s holds a secret (%s)", (field, secret, kind) => {
    const draft = draftMessage({ ...filled, [field]: secret }, options());
    expect(draft.blocked).toBe(true);
    expect(draft.secrets).toEqual([{ field, kinds: [kind] }]);
  });

  it("blocks a secret in a question's answer", () => {
    const questions = exchangeQuestionsFor("kraken");
    const draft = draftMessage({ ...filled, questions: { "kraken-balances": "パスワード：Sakura2017" } }, options({ questions }));
    expect(draft.secrets).toEqual([{ field: "question:kraken-balances", kinds: ["PASSWORD"] }]);
  });

  it("takes six digits as a user ID without taking them for a code", () => {
    const draft = draftMessage({ ...filled, userId: "123456" }, options());
    expect(draft.blocked).toBe(false);
    expect(draftMessage({ ...filled, userId: "123456" }, options({ language: "ja" })).blocked).toBe(false);
  });

  it.each(["en", "ja"] as const)("says in %s that no secret will be sent, without its own words looking like one", (language) => {
    const text = draftMessage(filled, options({ language })).text;
    expect(text).toMatch(/never asks for them|求められることはない/);
    expect(findSecrets(text)).toEqual([]);
  });
});
