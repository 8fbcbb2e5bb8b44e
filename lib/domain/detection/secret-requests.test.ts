import { describe, expect, it } from "vitest";
import { findSecretRequests, reportsSecretRequest } from "./secret-requests";

describe("reportsSecretRequest", () => {
  it.each([
    "Support asked me for my 2FA code.",
    "they wanted my seed phrase",
    "The agent told me to send my private key.",
    "Someone from 'support' DMed me asking for my backup codes.",
    "Customer service asked me to read out my authenticator code.",
    "A support rep requested my recovery phrase and my password.",
  ])("holds the English report %j", (text) => {
    expect(reportsSecretRequest(text)).toBe(true);
  });

  it.each([
    "サポートから認証コードを教えてくださいと言われた。",
    "秘密鍵を送るよう求められた。",
    "パスワードを聞かれた。",
    "サポートにシードフレーズの提出を求められました。",
    "担当者から二段階認証のコードを伝えるように指示された。",
  ])("holds the Japanese report %j", (text) => {
    expect(reportsSecretRequest(text)).toBe(true);
  });

  it.each([
    ["the site's own warning", "Support will never ask for your password."],
    ["advice", "Never share your seed phrase with anyone."],
    ["a reset", "I reset my password and support unlocked the account."],
    ["a change asked by support", "Support asked me to change my password."],
    ["a code typed into the site", "I entered the 6-digit code from SMS into the site."],
    ["the login screen asking", "When I logged in, the app asked for my 2FA code, which I no longer had."],
    ["identity checks", "Support asked for a selfie with my ID card."],
    ["the author needing the secret", "I needed my backup codes but they were gone."],
    ["a conditional warning", "If anyone claiming to be support asks for your 2FA code, it's a scam."],
    ["the Japanese warning", "サポートがパスワードを聞くことはありません。"],
    ["a Japanese reset", "パスワードを再設定してからログインしました。"],
    ["a Japanese login step", "ログイン時に二段階認証のコードを求められましたが、スマホを紛失していました。"],
    ["a Japanese code typed in", "SMSで届いた6桁のコードをサイトに入力しました。"],
    ["Japanese identity checks", "サポートからは本人確認書類と自撮り写真を求められました。"],
    ["a Japanese change request", "サポートにパスワードの変更を求められました。"],
    ["a Japanese do-not-tell", "サポートに、バックアップコードは誰にも教えないようにと言われた。"],
    ["dates and amounts", "On 2024-01-05 I lost 0.5 BTC; ticket #1234567."],
    ["a reset link", "Support asked me to confirm my e-mail, then they sent a password reset link."],
    ["a password the author had changed", "Support asked for my ID; I had already changed my password."],
    ["a question about the secret", "Support asked whether I still had my backup codes."],
  ])("does not hold %s", (_label, text) => {
    expect(reportsSecretRequest(text)).toBe(false);
  });

  it("reads full-width and half-width forms", () => {
    expect(reportsSecretRequest("ｻﾎﾟｰﾄにﾊﾟｽﾜｰﾄﾞを聞かれた")).toBe(true);
    expect(reportsSecretRequest("Ｓｕｐｐｏｒｔ ａｓｋｅｄ ｍｅ ｆｏｒ ｍｙ ２ＦＡ ｃｏｄｅ")).toBe(true);
  });
});

describe("findSecretRequests", () => {
  it("returns the sentence as written, with its offsets", () => {
    const text = "Locked out for a month. Support asked me for my 2FA code. I refused.";
    const [match, ...rest] = findSecretRequests(text);
    expect(rest).toEqual([]);
    expect(match?.text).toBe("Support asked me for my 2FA code.");
    expect(text.slice(match?.start, match?.end).trim()).toBe("Support asked me for my 2FA code.");
  });

  it("finds nothing in a text that names no secret", () => {
    expect(findSecretRequests("Support asked for my ID and a selfie. They answered in 3 days.")).toEqual([]);
  });
});
