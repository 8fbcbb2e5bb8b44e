// What a first message to some exchanges must answer, known from a recorded case. A person
// who answers these in the first message saves a round trip (Zaif: seven days) or more.
// Pure data: the kit shows each question as a field, and the drafted message answers them in order.

/** The kit's general answers a question can reuse, so nothing is typed twice on a phone. */
export const KIT_FIELDS = ["email", "name", "nameKana", "userId", "lockoutWhen", "lockoutCause", "lockoutDetail", "lastLogin", "otherDetails"] as const;
export type KitField = (typeof KIT_FIELDS)[number];

export type Bilingual = { en: string; ja: string };

export type ExchangeQuestion = {
  /** Stable id, stored with the answers in the browser. */
  id: string;
  prompt: Bilingual;
  hint?: Bilingual;
  /** General answers that answer (part of) this question, put in front of the own answer. */
  uses: readonly KitField[];
  /** Whether the question needs its own answer field beyond `uses`. */
  ownAnswer: boolean;
  /** Required-item vocabulary codes (prisma/seed/required-items.ts) the question covers. */
  itemCodes: readonly string[];
};

export type ExchangeQuestions = {
  slug: string;
  /** Heading in the kit and in the drafted message. */
  title: Bilingual;
  /** Where the list comes from, shown under the heading. */
  source: Bilingual;
  questions: readonly ExchangeQuestion[];
};

const DONT_REMEMBER: Bilingual = {
  en: "\"I don't remember\" is an answer: answer every question, and round figures you are unsure of.",
  ja: "「覚えていません」も答えです。すべての質問に答え、不確かな数字は概数にしてください。",
};

export const EXCHANGE_QUESTIONS: readonly ExchangeQuestions[] = [
  // Source: the Kraken seed report (prisma/seed/seed-reports.ts; the author's public write-up of
  // October 2017, restated in the project's domain notes): Kraken support's first reply asked
  // these seven questions. Kraken's own page names the recovery photo, not these.
  {
    slug: "kraken",
    title: { en: "Answers to Kraken support's seven questions", ja: "Krakenサポートの7つの質問への回答" },
    source: {
      en: "Kraken support asked these seven questions in a recorded case (October 2017). Answering them in your first message saves a round trip.",
      ja: "記録された事例（2017年10月）でKrakenのサポートが尋ねた7つの質問です。最初の問い合わせで答えておくと、やり取りが1往復減ります。",
    },
    questions: [
      {
        id: "kraken-identity",
        prompt: { en: "Name, date of birth and phone number registered to the account", ja: "アカウントに登録した氏名、生年月日、電話番号" },
        hint: { en: "Your name is taken from above; add your date of birth and phone number.", ja: "氏名は上の欄から入ります。生年月日と電話番号を書いてください。" },
        uses: ["name"],
        ownAnswer: true,
        itemCodes: ["FULL_NAME", "DATE_OF_BIRTH", "PHONE"],
      },
      {
        id: "kraken-address",
        prompt: { en: "Residential address (accounts verified at tier 2 or higher)", ja: "居住地の住所（認証レベル2以上のアカウント）" },
        uses: [],
        ownAnswer: true,
        itemCodes: ["ADDRESS"],
      },
      {
        id: "kraken-government-id",
        prompt: { en: "The government ID used for tier 3 verification: country, ID type, expiry date", ja: "認証レベル3で使った身分証：発行国、種類、有効期限" },
        hint: { en: "Unsure which one you used? List each candidate.", ja: "どれを使ったか不確かなら、候補をすべて挙げてください。" },
        uses: [],
        ownAnswer: true,
        itemCodes: ["GOVERNMENT_ID"],
      },
      {
        id: "kraken-last-login",
        prompt: { en: "Date of the last successful login", ja: "最後にログインできた日" },
        uses: ["lastLogin"],
        ownAnswer: false,
        itemCodes: ["LAST_LOGIN"],
      },
      {
        id: "kraken-balances",
        prompt: { en: "Approximate account balances", ja: "口座のおおよその残高" },
        hint: DONT_REMEMBER,
        uses: [],
        ownAnswer: true,
        itemCodes: ["BALANCES"],
      },
      {
        id: "kraken-funding",
        prompt: { en: "Recent deposits and withdrawals, in as much detail as possible", ja: "最近の入金と出金（できるだけ詳しく）" },
        hint: DONT_REMEMBER,
        uses: [],
        ownAnswer: true,
        itemCodes: ["DEPOSIT_WITHDRAWAL_HISTORY"],
      },
      {
        id: "kraken-trading",
        prompt: { en: "Trading activity, in as much detail as possible", ja: "取引の履歴（できるだけ詳しく）" },
        hint: DONT_REMEMBER,
        uses: [],
        ownAnswer: true,
        itemCodes: ["TRADE_HISTORY"],
      },
    ],
  },
  // Source: the Zaif seed report (prisma/seed/seed-reports.ts; the author's write-up of October
  // 2017): Zaif's FAQ entry for people who changed phones lists what a 2FA-removal request must
  // contain. The first inquiry lacked these and went unanswered for seven days; a request with
  // exactly these items was handled the same day. No Zaif page with this list was found on
  // 2026-12-02 (prisma/seed/official-procedures.ts), so the kit cites the case, not the FAQ.
  {
    slug: "zaif",
    title: { en: "The five items Zaif's FAQ asks for", ja: "ZaifのFAQが求める5項目" },
    source: {
      en: "Zaif's FAQ for people who changed phones listed these items for a 2FA removal request. In a recorded case (October 2017), a first message without them waited seven days; with them, 2FA was removed the same day.",
      ja: "機種変更した人向けのZaifのFAQが、二段階認証の解除依頼に必要な項目として挙げていたものです。記録された事例（2017年10月）では、これがない最初の問い合わせは7日間返信がなく、そろえて送ると当日に解除されました。",
    },
    questions: [
      {
        id: "zaif-name",
        prompt: { en: "Registered full name and its kana reading", ja: "登録氏名とフリガナ" },
        uses: ["name", "nameKana"],
        ownAnswer: false,
        itemCodes: ["FULL_NAME", "NAME_KANA"],
      },
      {
        id: "zaif-address",
        prompt: { en: "Registered address", ja: "登録住所" },
        hint: { en: "Written exactly as registered: Zaif compares it with your documents.", ja: "登録したとおりの表記で。Zaifは書類の住所と照合します。" },
        uses: [],
        ownAnswer: true,
        itemCodes: ["ADDRESS"],
      },
      {
        id: "zaif-registered-at",
        prompt: { en: "Date and time of registration", ja: "登録日時" },
        hint: { en: "The date of the sign-up confirmation e-mail tells you.", ja: "登録確認メールの日付で分かります。" },
        uses: [],
        ownAnswer: true,
        itemCodes: ["REGISTRATION_DATE"],
      },
      {
        id: "zaif-transactions",
        prompt: { en: "Transaction history", ja: "取引履歴" },
        hint: {
          en: "Even if you remember little, state one transaction you are sure of (for example a bank transfer: amount and date).",
          ja: "ほとんど覚えていなくても、確かな取引を一つ書いてください（例：銀行振込の金額と日付）。",
        },
        uses: [],
        ownAnswer: true,
        itemCodes: ["TRADE_HISTORY", "DEPOSIT_WITHDRAWAL_HISTORY"],
      },
      {
        id: "zaif-phone",
        prompt: { en: "Registered phone number", ja: "登録電話番号" },
        uses: [],
        ownAnswer: true,
        itemCodes: ["PHONE"],
      },
    ],
  },
];

/** The recorded questions for an exchange, or null where none are known. */
export function exchangeQuestionsFor(slug: string): ExchangeQuestions | null {
  return EXCHANGE_QUESTIONS.find((entry) => entry.slug === slug) ?? null;
}
