// Words the generator builds reports from. Plain ASCII or Japanese, never a tab, newline or
// backslash, so every piece can go into PostgreSQL's COPY text format as it is. No phone numbers,
// addresses or links: generated reports are what the detectors would publish.

/** Name parts of generated exchanges: [English, katakana]. */
export const NAME_PARTS: readonly (readonly [string, string])[] = [
  ["Bit", "ビット"],
  ["Coin", "コイン"],
  ["Nova", "ノヴァ"],
  ["Zen", "ゼン"],
  ["Kura", "クラ"],
  ["Sora", "ソラ"],
  ["Hash", "ハッシュ"],
  ["Chain", "チェーン"],
  ["Ledger", "レジャー"],
  ["Mint", "ミント"],
  ["Flux", "フラックス"],
  ["Pay", "ペイ"],
  ["Trade", "トレード"],
  ["Star", "スター"],
  ["Peak", "ピーク"],
  ["Orbit", "オービット"],
];

export const COUNTRIES: readonly string[] = ["JP", "JP", "JP", "US", "global", "global", "SG", "KR", "GB", "DE", "AU", "HK"];

export const CONTACT_PATHS: Record<"WEB_FORM" | "EMAIL" | "CHAT" | "PHONE" | "IN_APP", readonly string[]> = {
  WEB_FORM: [
    "Help center > Contact us > Account > Two-factor authentication",
    "Support page > Submit a request > Login problems",
    "ヘルプセンター > お問い合わせ > 二段階認証の解除",
    "FAQ > 問い合わせフォーム > ログインできない",
    "Support > Account recovery form",
  ],
  EMAIL: ["E-mail to the support address from the help page", "サポート窓口のメールアドレスに送信", "Reply to the sign-in notification e-mail"],
  CHAT: ["Chat widget on the help center", "アプリ内チャット > オペレーター", "Live chat > Security > 2FA reset"],
  PHONE: ["Phone support line listed on the official site", "公式サイト記載のサポートダイヤル"],
  IN_APP: ["App > Settings > Help > Contact support", "アプリ > 設定 > お問い合わせ", "App > Account > Security > Reset authenticator"],
};

export const LOCKOUT_DETAILS: readonly string[] = [
  "The phone was replaced and the authenticator app was not transferred.",
  "Factory reset after an update failed.",
  "機種変更の際に認証アプリを移行し忘れた。",
  "The phone fell into water and would not start again.",
  "認証アプリを誤って削除した。",
];

export const VERIFICATION_LEVELS: readonly string[] = ["Tier 2", "Tier 3", "本人確認済み", "Verified Plus", "Level 1"];

const SUMMARY_OPENINGS: readonly string[] = [
  "Locked out after changing phones, I asked support to reset two-factor authentication.",
  "I lost access to my authenticator and had no backup codes.",
  "機種変更で認証アプリが使えなくなり、サポートに二段階認証の解除を依頼した。",
  "After a factory reset the authenticator codes were gone.",
  "認証アプリのデータが消え、ログインできなくなった。",
  "My phone was stolen, so I could not confirm sign-ins any more.",
];

const SUMMARY_MIDDLES: readonly string[] = [
  "They asked for a photo of my ID and a selfie holding it.",
  "Support replied in English even though I wrote in Japanese.",
  "本人確認書類と、それを持った自撮り写真を求められた。",
  "The first answer was an automatic acknowledgement; a person wrote a week later.",
  "I had to list recent deposits and the date I registered.",
  "何度か追加の書類を求められ、そのたびに数日待った。",
  "A follow-up after two weeks finally got a human reply.",
];

const SUMMARY_ENDINGS: readonly string[] = [
  "In the end two-factor authentication was reset and I could sign in again.",
  "The case is still open as I write this.",
  "最終的に二段階認証が解除され、ログインできた。",
  "They refused because the selfie did not match the ID photo.",
  "I stopped answering after the third request for the same documents.",
  "",
];

export const SUMMARY_PARTS = { openings: SUMMARY_OPENINGS, middles: SUMMARY_MIDDLES, endings: SUMMARY_ENDINGS };

export const TIPS: readonly string[] = [
  "Write down the backup codes when you set up two-factor authentication.",
  "バックアップコードは紙に書いて保管しておくこと。",
  "Send every document in one reply; each partial answer restarted the queue.",
  "Use the same name spelling as on your ID.",
  "問い合わせ番号を控えておくと、催促のときに話が早い。",
  "Follow up after a week without an answer: it helped.",
];

export const EVENT_NOTES: readonly string[] = [
  "Ticket number given in the reply.",
  "自動返信のみ。",
  "Asked for ID and a selfie.",
  "送付後、受付完了の連絡あり。",
  "Reminder sent.",
  "Reset done; new authenticator registered.",
];

export const ITEM_NOTES: readonly string[] = ["Front and back", "直近3件", "Holding today's date", "手書きで署名"];

export const OTHER_ITEM_NOTES: readonly string[] = ["Screenshot of the last login e-mail", "口座開設時の申込番号", "Wallet address used for the last deposit"];

export const DISPLAY_NAME_PREFIXES: readonly string[] = ["Traveller", "旅人", "Reader", "Visitor"];
