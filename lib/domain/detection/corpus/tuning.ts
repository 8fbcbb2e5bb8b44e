// Tuning set for the disguised-contact and secret-request detectors: the examples a developer
// may read, run and fix failures against while changing detection code. Its twin, held-out.ts,
// was written at the same time, before any code change, and must not be used that way — it
// measures whether a change generalises beyond what it was tuned on.
//
// Numbers are fictional (555-01xx, 020 7946 0xxx, 07700 900xxx, made-up Japanese numbers);
// handles are invented.

import type { ScamContactSample } from "./scam-contacts";

/** Phone numbers and messenger handles written with lookalike letters and mixed widths. */
export const TUNING_DISGUISED_CONTACTS: readonly ScamContactSample[] = [
  { text: "Call him on O9O-l234-5678, he got my account back", kind: "phone" },
  { text: "WhatsApp ＋８１ 9O 1234 S678 for fast help", kind: "phone" },
  { text: "text 090-１２３４-５６7８ and say you came from the forum", kind: "phone" },
  { text: "0９0・1２3４・5６78 に連絡したら解決しました", kind: "phone" },
  { text: "電話番号はｏ８ｏ－ｌ２３４－５６７８です", kind: "phone" },
  { text: "The recovery desk is (2l2) 5S5-Ol47, ask for Dan", kind: "phone" },
  { text: "ring +44 7700 9OO l23 anytime", kind: "phone" },
  { text: "O8O 98 76 54 32 ← this guy is legit", kind: "phone" },
  { text: "０８０ー９８７６ー５４３２（担当 田中）", kind: "phone" },
  { text: "call O\u200B9\u200BO-1234-5678 quickly", kind: "phone" },
  { text: "Contact: 09O(1234)5678", kind: "phone" },
  { text: "電話 〇九〇-l二三四-5678 まで", kind: "phone" },
  { text: "07O－1Z34－S678 に電話すると2FAを外してくれます", kind: "phone" },
  { text: "+81-9O-8765-432l WhatsApp only", kind: "phone" },
  { text: "his number is 0 9 0 . 1 2 3 4 . 5 6 7 8", kind: "phone" },
  { text: "Ｏ９０ｌ２３４５６７８ に相談して", kind: "phone" },
  { text: "number: 090_1234_5678 (text first)", kind: "phone" },
  { text: "ＴＥＬ：090/1234/5678", kind: "phone" },
  { text: "UK team: +44 20 7946 OO18", kind: "phone" },
  { text: "0９\u043E-1234-5678 に電話（本物です）", kind: "phone" },
  { text: "call 090-\u0456234-5678 now", kind: "phone" },
  { text: "090-|234-5678 helped me recover", kind: "phone" },
  { text: "O8O-B765-432l 24h", kind: "phone" },
  { text: "WhatsApp +1 (212) 555-Ol47", kind: "phone" },
  { text: "番号：O3-S5S5-Ol23", kind: "phone" },
  { text: "\u0422\u0435l\u0435gr\u0430m: @fund_fixer", kind: "messenger" },
  { text: "T.e.l.e.g.r.a.m @restore_kai saved my account", kind: "messenger" },
  { text: "ＷｈａｔｓＡｐｐ：＋８１ ９０ １２３４ ５６７８", kind: "phone" },
  { text: "Whats-App +44 7700 900l23", kind: "phone" },
  { text: "ＬＩＮＥ　ＩＤ：ｆｉｘｅｒ＿ｊｐ", kind: "messenger" },
];

/** Report sentences with numbers, dates, amounts and IDs that are not contacts. */
export const TUNING_BENIGN_NUMBERS: readonly string[] = [
  "My UID is 48213377 and the ticket was #7731245.",
  "I lost access on 2024-01-05 and got it back on 2024-02-19.",
  "About 0.42 BTC and 3,000 USDT were stuck in the account.",
  "It cost me roughly ¥250,000 in missed trades.",
  "Support answered within 48 hours, then again 3 days later.",
  "I'm on a Pixel 8 Pro with Android 14.",
  "The SMS code had 6 digits and expired after 10 minutes.",
  "Case number CS-2023-0042817 was closed after the video call.",
  "2023年11月3日に申請して、12月20日に解決しました。",
  "受付番号は20240115-0031でした。",
  "約30万円分のETHが引き出せませんでした。",
  "ユーザーIDは87654321です。",
  "From 09:00 to 17:00 JST they answer the chat.",
  "I have 2 accounts: 1 on Kraken, 1 on bitFlyer.",
  "The withdrawal limit was 50,000 JPY per day.",
  "Got a Galaxy S24 (SM-S921B) after the old phone broke.",
  "I tried 5 or 6 times before the lockout lifted.",
  "I paid a 0.0005 BTC network fee.",
  "SOS: locked out for 3 months, any tips?",
  "Deposit tx id 7f3b9c2e10a4 was confirmed after 12 blocks.",
];

/** Reports that say support (or someone posing as it) asked for a secret. */
export const TUNING_SECRET_REQUESTS: readonly string[] = [
  "Support asked me for my 2FA code before they would unlock anything.",
  "They wanted my seed phrase to 'verify ownership'.",
  "The support agent told me to send my private key so they could move the funds.",
  "Customer service asked me to give them my password over chat.",
  "Someone from 'Kraken support' DMed me asking for my recovery phrase.",
  "The agent requested my backup codes by email.",
  "Support wanted the 6-digit code from my authenticator app.",
  "They asked me to read out my Google Authenticator code on the phone.",
  "A support rep asked for my TOTP code and my password.",
  "The helpdesk said I had to share my 12-word phrase to restore the wallet.",
  "Support requested my mnemonic phrase to reset 2FA.",
  "I was asked by support to reply with my password.",
  "サポートから認証コードを教えてくださいと言われた。",
  "秘密鍵を送るよう求められた。",
  "サポートにパスワードを聞かれた。",
  "サポート担当者にシードフレーズを要求されました。",
  "カスタマーサポートを名乗る人から二段階認証のコードを聞かれました。",
  "バックアップコードを送ってほしいとサポートに言われた。",
  "運営からパスワードを教えてほしいと連絡が来た。",
  "サポートにリカバリーフレーズを共有するよう言われました。",
  "担当者から2FAのコードを伝えるように指示された。",
  "復元フレーズを教えてと言われたので怪しいと思った。",
];

/** Sentences about secrets that must not be held: warnings, resets, normal login steps. */
export const TUNING_BENIGN_SECRET_MENTIONS: readonly string[] = [
  "Support will never ask for your password.",
  "Never share your seed phrase with anyone, not even support.",
  "I reset my password and then support unlocked the account.",
  "I entered the 6-digit code from SMS into the site.",
  "When I logged in, the app asked for my 2FA code, which I no longer had.",
  "Support asked for a selfie with my ID card.",
  "Support asked me to set up 2FA again after the reset.",
  "Support asked me to change my password once I was back in.",
  "Support asked for my registered email and the date of my first deposit.",
  "My backup codes were in an old notebook.",
  "The wallet app asked me to type my recovery phrase to restore it.",
  "If anyone claiming to be support asks for your 2FA code, it's a scam.",
  "サポートがパスワードを聞くことはありません。",
  "パスワードを再設定してからログインしました。",
  "SMSで届いた6桁のコードをサイトに入力しました。",
  "ログイン時に二段階認証のコードを求められましたが、スマホを紛失していました。",
  "サポートからは本人確認書類と自撮り写真を求められました。",
  "秘密鍵は紙に書いて金庫に保管していました。",
  "サポートにパスワードの変更を求められました。",
  "認証アプリを新しい端末に入れ直しました。",
];
