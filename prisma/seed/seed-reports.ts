// The four recoveries the project started from (one person's public write-up, October 2017),
// restated as reports. The write-up gives relative timings ("about 2 days later"), so the days
// below are reconstructed from them; each report says so in its summary.
//
// The write-up and the inquiries were in Japanese, so every free text here is a Japanese original
// with the English translation beside it: the reports are stored with textLanguage "ja" and the
// English as the author's translation, and every guide shows either language in full.

/** One free text: the Japanese original and its English translation. */
export type SeedText = { ja: string; en: string };

/** The language of the seed reports' originals, and of their translation. */
export const SEED_TEXT_LANGUAGE = "ja";
export const SEED_TRANSLATION_LANGUAGE = "en";

type EventSeed = {
  kind:
    | "CONTACTED"
    | "AUTO_ACKNOWLEDGEMENT"
    | "HUMAN_REPLY"
    | "INFO_REQUESTED"
    | "INFO_SENT"
    | "FOLLOW_UP_SENT"
    | "RESOLVED"
    | "REJECTED"
    | "RESOLVED_SILENTLY";
  day: string;
  language?: string;
  note?: SeedText;
};

export type SeedReport = {
  id: string;
  exchangeSlug: string;
  incidentMonth: string;
  lockoutCause: "DEVICE_RESET" | "LOST_OR_BROKEN_PHONE" | "APP_DELETED" | "SIM_CHANGE" | "OTHER";
  lockoutDetail: SeedText;
  hadBackupCodes: boolean;
  verificationLevel?: SeedText;
  contactChannel: "WEB_FORM" | "EMAIL" | "CHAT" | "PHONE" | "IN_APP";
  contactPath: SeedText;
  inquiryLanguage: string;
  replyLanguages: string[];
  outcome: "RESOLVED" | "REJECTED" | "STILL_WAITING" | "GAVE_UP";
  summary: SeedText;
  tips?: SeedText;
  events: EventSeed[];
  requiredItems: { code: string; note?: SeedText }[];
};

export const seedAuthor = {
  id: "seed-author-2017",
  displayName: "2017 write-up (seed)",
};

const lockoutDetail: SeedText = {
  ja: "スマートフォンのOS（Android）を再インストールし、認証アプリのデータが消えた。バックアップコードやリカバリーキーは保存していなかった。",
  en: "Reinstalled the phone's operating system (Android); the authenticator app's data was lost. No backup codes or recovery keys had been saved.",
};
const afterwards: SeedText = { ja: "その後すぐに二段階認証を設定し直した。", en: "Afterwards 2FA was re-enabled right away." };
const reconstructed: SeedText = {
  ja: "日付は元の記録にある相対的な経過（「約2日後」など）から再構成した。",
  en: "Days are reconstructed from the write-up's relative timings.",
};

/** Joins sentences as each language writes them: Japanese without spaces, English with one. */
function sentences(...parts: SeedText[]): SeedText {
  return { ja: parts.map((part) => part.ja).join(""), en: parts.map((part) => part.en).join(" ") };
}

/** Tips, one a line in both languages. */
function tipLines(...tips: SeedText[]): SeedText {
  return { ja: tips.map((tip) => tip.ja).join("\n"), en: tips.map((tip) => tip.en).join("\n") };
}

export const seedReports: SeedReport[] = [
  {
    id: "seed-report-valu",
    exchangeSlug: "valu",
    incidentMonth: "2017-10",
    lockoutCause: "DEVICE_RESET",
    lockoutDetail,
    hadBackupCodes: false,
    contactChannel: "WEB_FORM",
    contactPath: {
      ja: "サイトのフッターの「お問い合わせ」→ よくある質問のページ → 右上の「お問い合わせ」ボタン → Webフォーム。",
      en: "Site footer \"Contact\" → FAQ page → \"Contact\" button at the top right → web form.",
    },
    inquiryLanguage: "ja",
    replyLanguages: ["ja"],
    outcome: "RESOLVED",
    summary: sentences(
      { ja: "4つの中でいちばん簡単で早かった。全体で約2日。", en: "The easiest and fastest of the four: about 2 days in total." },
      afterwards,
      reconstructed,
    ),
    tips: {
      ja: "最初のメッセージに、登録名とメールアドレス、「二段階認証の解除依頼」などの件名、コードを出せない理由（スマートフォンの紛失や故障）を書き、ユーザーIDも用意しておく。求められたのはユーザーIDだけだった。",
      en: "Put your registered name and e-mail, a subject such as \"Request to disable 2FA\", and why you cannot produce a code (phone lost or broken) in the first message, and have your user ID ready: it was the only thing asked for.",
    },
    events: [
      {
        kind: "CONTACTED",
        day: "2017-10-02",
        language: "ja",
        note: {
          ja: "登録名、登録メールアドレス、件名「二段階認証の解除依頼」と、スマートフォンを紛失・故障したため二段階認証のコードを出せないという本文を送った。",
          en: "Sent registered name, registered e-mail, the subject \"Request to disable 2FA\", and a body saying the phone was lost/broken so no 2FA code can be produced.",
        },
      },
      {
        kind: "INFO_REQUESTED",
        day: "2017-10-04",
        language: "ja",
        note: { ja: "約2日後、担当者から最初の返信があり、ユーザーIDを尋ねられた。", en: "First human reply after about 2 days, asking for the user ID." },
      },
      { kind: "INFO_SENT", day: "2017-10-04", note: { ja: "ユーザーIDを書いて返信した。", en: "Answered with the user ID." } },
      { kind: "RESOLVED", day: "2017-10-04", note: { ja: "返信から約1時間後に二段階認証が解除された。", en: "About 1 hour after the answer, 2FA was disabled." } },
    ],
    requiredItems: [
      { code: "FULL_NAME" },
      { code: "EMAIL" },
      { code: "USER_ID", note: { ja: "担当者からの最初の返信で求められた。", en: "Asked for in the first human reply." } },
    ],
  },
  {
    id: "seed-report-zaif",
    exchangeSlug: "zaif",
    incidentMonth: "2017-10",
    lockoutCause: "DEVICE_RESET",
    lockoutDetail,
    hadBackupCodes: false,
    contactChannel: "WEB_FORM",
    contactPath: {
      ja: "ヘッダーの「お問い合わせ」→ Webフォーム。自動受付メールがすぐに届く。",
      en: "Header \"Contact\" → web form. An automatic acknowledgement e-mail arrives at once.",
    },
    inquiryLanguage: "ja",
    replyLanguages: ["ja"],
    outcome: "RESOLVED",
    summary: sentences(
      {
        ja: "全体で約11日。そのほとんどは、最初の問い合わせにZaifのFAQ（スマートフォンを替えた人向けの項目）が求める項目が欠けていたために失われた。その項目をそのとおりに送ると、同じ日に二段階認証が解除された。",
        en: "About 11 days in total, almost all of it lost because the first inquiry lacked the items Zaif's FAQ asks for (its entry for people who changed phones). Once exactly those were sent, 2FA was removed the same day.",
      },
      afterwards,
      reconstructed,
    ),
    tips: tipLines(
      { ja: "問い合わせを書く前に、取引所のFAQで必要な項目の一覧を確かめる。", en: "Read the exchange's FAQ for the required list before writing." },
      { ja: "ほとんど覚えていなくても、確かな取引を少なくとも1件は書く。", en: "Even if you remember almost nothing, state at least one transaction you are sure of." },
    ),
    events: [
      { kind: "CONTACTED", day: "2017-10-02", language: "ja", note: { ja: "Webフォームから問い合わせた。", en: "Inquiry through the web form." } },
      { kind: "AUTO_ACKNOWLEDGEMENT", day: "2017-10-02", language: "ja", note: { ja: "すぐに自動受付メールが届いた。", en: "Automatic acknowledgement e-mail at once." } },
      {
        kind: "FOLLOW_UP_SENT",
        day: "2017-10-09",
        language: "ja",
        note: {
          ja: "7日間、担当者からの返信がなかった。自動受付メールへの返信として催促を送った。",
          en: "No human reply for 7 days; sent a follow-up as a reply to the acknowledgement.",
        },
      },
      {
        kind: "INFO_SENT",
        day: "2017-10-13",
        language: "ja",
        note: {
          ja: "さらに4日間返信がなかった。スマートフォンを替えた人向けのZaifのFAQに、二段階認証の解除依頼に書くべき項目の一覧があるのを見つけ、その項目をそのとおりに送った。",
          en: "No reply for 4 more days. Found Zaif's FAQ entry for people who changed phones, which lists what a 2FA-removal request must contain, and sent exactly those items.",
        },
      },
      { kind: "RESOLVED", day: "2017-10-13", note: { ja: "同じ日に二段階認証が解除された。", en: "2FA removed the same day." } },
    ],
    requiredItems: [
      { code: "FULL_NAME", note: { ja: "登録した氏名（FAQの項目1）。", en: "Registered full name (FAQ item 1)." } },
      { code: "NAME_KANA", note: { ja: "氏名のふりがな（FAQの項目1）。", en: "Its kana reading, furigana (FAQ item 1)." } },
      { code: "ADDRESS", note: { ja: "登録した住所（FAQの項目2）。", en: "Registered address (FAQ item 2)." } },
      {
        code: "REGISTRATION_DATE",
        note: {
          ja: "登録した日時（FAQの項目3）：登録確認メールの日付から調べた。",
          en: "Date and time of registration (FAQ item 3): found from the date of the sign-up confirmation e-mail.",
        },
      },
      {
        code: "TRADE_HISTORY",
        note: {
          ja: "取引履歴（FAQの項目4）：MONAを買うために運営会社へ振り込んだ1回分の金額と日付を覚えていて、それで足りた。",
          en: "Transaction history (FAQ item 4): one remembered bank transfer to the operator, its amount and date, used to buy MONA, was enough.",
        },
      },
      { code: "PHONE", note: { ja: "登録した電話番号（FAQの項目5）。", en: "Registered phone number (FAQ item 5)." } },
    ],
  },
  {
    id: "seed-report-coincheck",
    exchangeSlug: "coincheck",
    incidentMonth: "2017-10",
    lockoutCause: "DEVICE_RESET",
    lockoutDetail,
    hadBackupCodes: false,
    contactChannel: "WEB_FORM",
    contactPath: {
      ja: "「端末のトラブル」についてのサポート記事 → 問い合わせフォーム。フォームにはファイルを添付できないため、本人確認の自撮り写真は最初のメッセージに付けられない。",
      en: "Support article for \"device trouble\" → inquiry form. The form cannot take an attachment, so the ID selfie cannot go with the first message.",
    },
    inquiryLanguage: "ja",
    replyLanguages: ["ja"],
    outcome: "RESOLVED",
    summary: sentences({ ja: "全体で約2日。", en: "About 2 days in total." }, afterwards, reconstructed),
    tips: {
      ja: "問い合わせフォームにはファイルを添付できない。本人確認の自撮り写真（本人確認書類を顔の横に持って写した写真）は返信で送ることになると考えておく。",
      en: "The inquiry form takes no attachment: expect to send the ID selfie (you holding your identity document next to your face) in a reply.",
    },
    events: [
      {
        kind: "CONTACTED",
        day: "2017-10-03",
        language: "ja",
        note: { ja: "問い合わせフォームから、フォームが求めるアカウント情報を書いて問い合わせた。", en: "Inquiry form, with the account details it asks for." },
      },
      { kind: "INFO_REQUESTED", day: "2017-10-03", language: "ja", note: { ja: "同じ日に担当者から返信があった。", en: "Human reply the same day." } },
      {
        kind: "INFO_SENT",
        day: "2017-10-04",
        language: "ja",
        note: {
          ja: "電話番号を書き、本人確認の自撮り写真（本人確認書類を顔の横に持って写した写真）を添付して返信した。",
          en: "Replied with the phone number and an ID selfie (a photo of oneself holding the identity document next to the face) attached.",
        },
      },
      { kind: "RESOLVED", day: "2017-10-05", note: { ja: "その翌日に二段階認証が解除された。", en: "2FA removed the day after that." } },
    ],
    requiredItems: [
      { code: "OTHER", note: { ja: "問い合わせフォームが求めるアカウント情報。", en: "The account details the inquiry form asks for." } },
      { code: "PHONE" },
      {
        code: "ID_SELFIE",
        note: {
          ja: "本人確認書類を顔の横に持って写した自分の写真。返信に添付して送った。",
          en: "A photo of yourself holding the identity document next to your face, sent as an attachment to a reply.",
        },
      },
    ],
  },
  {
    id: "seed-report-kraken",
    exchangeSlug: "kraken",
    incidentMonth: "2017-10",
    lockoutCause: "DEVICE_RESET",
    lockoutDetail,
    hadBackupCodes: false,
    verificationLevel: { ja: "Tier 3", en: "Tier 3" },
    contactChannel: "WEB_FORM",
    contactPath: {
      ja: "ヘルプセンター → 問い合わせフォーム。リクエストの種類は「その他」、カテゴリーは「ログインできない」。当時はサイトが日本語だったので、問い合わせは日本語で書いた。",
      en: "Help Center → contact form; request type \"Other\", category \"Cannot log in\". The inquiry was written in Japanese because the site was in Japanese then.",
    },
    inquiryLanguage: "ja",
    replyLanguages: ["en", "ja"],
    outcome: "RESOLVED",
    summary: sentences(
      {
        ja: "4つの中でいちばん難しく、主な理由は言語だった。英語で回答してから9日以上かかり、それに最初の返信までの待ち時間（記録なし）が加わる。完了の通知はなかった。",
        en: "The hardest of the four, mainly for language. More than 9 days after the English answer, plus the unstated wait for the first reply. There was no completion notice.",
      },
      afterwards,
      reconstructed,
    ),
    tips: tipLines(
      {
        ja: "ロックアウトの前にマスターキー（またはバックアップコード）を設定しておけば、この手間はすべて避けられる。",
        en: "A master key (or backup codes) set up before a lockout avoids all of this.",
      },
      { ja: "番号付きの質問にはすべて答える。答えが「覚えていない」でもよい。", en: "Answer every numbered question, even if the answer is \"I don't remember\"." },
      {
        ja: "確かでない数字は丸める。正確だが間違っている数字は、丸めた数字より疑わしく見える。",
        en: "Round figures you are unsure of: an exact but wrong figure looks more suspicious than a rounded one.",
      },
      { ja: "サポートは、問い合わせたのとは違う言語で返信してくることがある。", en: "Support may reply in a different language than you wrote in." },
      { ja: "連絡がなくても完了していることがある。ログインしてみる。", en: "Silence may mean it is done: try logging in." },
    ),
    events: [
      {
        kind: "CONTACTED",
        day: "2017-10-03",
        language: "ja",
        note: {
          ja: "日本語で問い合わせた。最初の返信までにかかった日数は元の記録に書かれていない。",
          en: "Inquiry written in Japanese. The write-up does not say how long the first reply took.",
        },
      },
      {
        kind: "INFO_REQUESTED",
        day: "2017-10-05",
        language: "en",
        note: {
          ja: "最初の返信は英語だった。事前にマスターキーを設定していれば自分で復旧できると指摘したうえで（今回は使えなかった）、次のことを求めてきた：（1）アカウントに登録した氏名、生年月日、電話番号。（2）住所（認証レベルがTier 2以上の場合）。（3）Tier 3の認証に使った身分証明書の発行国、種類、有効期限。（4）最後にログインできた日。（5）アカウント残高のおおよその額。（6）最近の入金と出金（できるだけ詳しく）。（7）取引の履歴（できるだけ詳しく）。",
          en: "First reply, in English. It pointed out that a master key set up in advance allows self-service recovery (not available here) and asked for: 1) name, date of birth and phone number registered to the account; 2) residential address (verification tier 2 or higher); 3) the government ID used for tier 3 verification: country, ID type, expiry date; 4) date of the last successful login; 5) approximate account balances; 6) recent deposits and withdrawals, in as much detail as possible; 7) trading activity, in as much detail as possible.",
        },
      },
      {
        kind: "INFO_SENT",
        day: "2017-10-05",
        language: "en",
        note: {
          ja: "英語で回答した。どちらを使ったか確かでなかったのでパスポートと運転免許証の両方を挙げ、最後のログインは1〜2か月ほど前とし、残高は有効数字2桁に丸め、入出金と取引は覚えていないと正直に書いた。",
          en: "Answered in English: listed both passport and driver's licence (unsure which had been used), gave the last login as roughly 1-2 months earlier, rounded balances to two significant digits, and said honestly that deposits, withdrawals and trades were not remembered.",
        },
      },
      {
        kind: "INFO_REQUESTED",
        day: "2017-10-07",
        language: "ja",
        note: { ja: "約2日後、今度は日本語で返信があり、本人確認の自撮り写真を求められた。", en: "About 2 days later the reply came in Japanese and asked for an ID selfie." },
      },
      { kind: "INFO_SENT", day: "2017-10-07", note: { ja: "すぐに本人確認の自撮り写真を送った。", en: "ID selfie sent at once." } },
      {
        kind: "RESOLVED_SILENTLY",
        day: "2017-10-15",
        note: {
          ja: "約1週間、何の連絡もなかった。顧客満足度アンケートのメールが届き、ログインしてみると二段階認証はすでに解除されていた。完了の通知はなかった。",
          en: "No message for about a week. A customer-satisfaction survey e-mail arrived; logging in showed 2FA had already been removed. No completion notice.",
        },
      },
    ],
    requiredItems: [
      { code: "FULL_NAME" },
      { code: "DATE_OF_BIRTH" },
      { code: "PHONE" },
      { code: "ADDRESS", note: { ja: "認証レベルがTier 2以上のアカウントに求められる。", en: "Asked of accounts at verification tier 2 or higher." } },
      {
        code: "GOVERNMENT_ID",
        note: {
          ja: "Tier 3の認証に使った身分証明書の発行国、種類、有効期限。どちらを使ったか確かでなかったので、パスポートと運転免許証の両方を挙げたところ、それで受け付けられた。",
          en: "Country, ID type and expiry date of the ID used for tier 3. Listing both passport and driver's licence (unsure which) was accepted.",
        },
      },
      { code: "LAST_LOGIN", note: { ja: "「1〜2か月ほど前」で足りた。", en: "\"Roughly 1-2 months ago\" was enough." } },
      { code: "BALANCES", note: { ja: "有効数字2桁に丸めた。", en: "Rounded to two significant digits." } },
      { code: "DEPOSIT_WITHDRAWAL_HISTORY", note: { ja: "覚えていないと正直に答えた。", en: "Answered honestly that they were not remembered." } },
      { code: "TRADE_HISTORY", note: { ja: "覚えていないと正直に答えた。", en: "Answered honestly that they were not remembered." } },
      { code: "ID_SELFIE", note: { ja: "日本語で届いた2通目の返信で求められた。", en: "Asked for in the second reply, in Japanese." } },
    ],
  },
];

type InLanguage<T> = T extends SeedText ? string : T extends (infer E)[] ? InLanguage<E>[] : T extends object ? { [K in keyof T]: InLanguage<T[K]> } : T;

/** A seed report with every text in one language, as a reader of that language sees it. */
export type SeedReportIn = InLanguage<SeedReport>;

export function seedReportIn(report: SeedReport, language: keyof SeedText): SeedReportIn {
  const pick = (text: SeedText | undefined) => text?.[language];
  return {
    ...report,
    lockoutDetail: report.lockoutDetail[language],
    verificationLevel: pick(report.verificationLevel),
    contactPath: report.contactPath[language],
    summary: report.summary[language],
    tips: pick(report.tips),
    events: report.events.map((event) => ({ ...event, note: pick(event.note) })),
    requiredItems: report.requiredItems.map((item) => ({ ...item, note: pick(item.note) })),
  };
}
