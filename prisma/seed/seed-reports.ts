// The four recoveries the project started from (one person's public write-up, October 2017),
// restated as reports. The write-up gives relative timings ("about 2 days later"), so the days
// below are reconstructed from them; each report says so in its summary.

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
  note?: string;
};

export type SeedReport = {
  id: string;
  exchangeSlug: string;
  incidentMonth: string;
  lockoutCause: "DEVICE_RESET" | "LOST_OR_BROKEN_PHONE" | "APP_DELETED" | "SIM_CHANGE" | "OTHER";
  lockoutDetail: string;
  hadBackupCodes: boolean;
  verificationLevel?: string;
  contactChannel: "WEB_FORM" | "EMAIL" | "CHAT" | "PHONE" | "IN_APP";
  contactPath: string;
  inquiryLanguage: string;
  replyLanguages: string[];
  outcome: "RESOLVED" | "REJECTED" | "STILL_WAITING" | "GAVE_UP";
  summary: string;
  tips?: string;
  events: EventSeed[];
  requiredItems: { code: string; note?: string }[];
};

export const seedAuthor = {
  id: "seed-author-2017",
  displayName: "2017 write-up (seed)",
};

const lockoutDetail =
  "Reinstalled the phone's operating system (Android); the authenticator app's data was lost. No backup codes or recovery keys had been saved.";
const afterwards = "Afterwards 2FA was re-enabled right away.";
const reconstructed = "Days are reconstructed from the write-up's relative timings.";

export const seedReports: SeedReport[] = [
  {
    id: "seed-report-valu",
    exchangeSlug: "valu",
    incidentMonth: "2017-10",
    lockoutCause: "DEVICE_RESET",
    lockoutDetail,
    hadBackupCodes: false,
    contactChannel: "WEB_FORM",
    contactPath: "Site footer \"Contact\" → FAQ page → \"Contact\" button at the top right → web form.",
    inquiryLanguage: "ja",
    replyLanguages: ["ja"],
    outcome: "RESOLVED",
    summary: `The easiest and fastest of the four: about 2 days in total. ${afterwards} ${reconstructed}`,
    tips: "Put your registered name and e-mail, a subject such as \"Request to disable 2FA\", and why you cannot produce a code (phone lost or broken) in the first message, and have your user ID ready: it was the only thing asked for.",
    events: [
      {
        kind: "CONTACTED",
        day: "2017-10-02",
        language: "ja",
        note: "Sent registered name, registered e-mail, the subject \"Request to disable 2FA\", and a body saying the phone was lost/broken so no 2FA code can be produced.",
      },
      { kind: "INFO_REQUESTED", day: "2017-10-04", language: "ja", note: "First human reply after about 2 days, asking for the user ID." },
      { kind: "INFO_SENT", day: "2017-10-04", note: "Answered with the user ID." },
      { kind: "RESOLVED", day: "2017-10-04", note: "About 1 hour after the answer, 2FA was disabled." },
    ],
    requiredItems: [{ code: "FULL_NAME" }, { code: "EMAIL" }, { code: "USER_ID", note: "Asked for in the first human reply." }],
  },
  {
    id: "seed-report-zaif",
    exchangeSlug: "zaif",
    incidentMonth: "2017-10",
    lockoutCause: "DEVICE_RESET",
    lockoutDetail,
    hadBackupCodes: false,
    contactChannel: "WEB_FORM",
    contactPath: "Header \"Contact\" → web form. An automatic acknowledgement e-mail arrives at once.",
    inquiryLanguage: "ja",
    replyLanguages: ["ja"],
    outcome: "RESOLVED",
    summary: `About 11 days in total, almost all of it lost because the first inquiry lacked the items Zaif's FAQ asks for (its entry for people who changed phones). Once exactly those were sent, 2FA was removed the same day. ${afterwards} ${reconstructed}`,
    tips: "Read the exchange's FAQ for the required list before writing.\nEven if you remember almost nothing, state at least one transaction you are sure of.",
    events: [
      { kind: "CONTACTED", day: "2017-10-02", language: "ja", note: "Inquiry through the web form." },
      { kind: "AUTO_ACKNOWLEDGEMENT", day: "2017-10-02", language: "ja", note: "Automatic acknowledgement e-mail at once." },
      { kind: "FOLLOW_UP_SENT", day: "2017-10-09", language: "ja", note: "No human reply for 7 days; sent a follow-up as a reply to the acknowledgement." },
      {
        kind: "INFO_SENT",
        day: "2017-10-13",
        language: "ja",
        note: "No reply for 4 more days. Found Zaif's FAQ entry for people who changed phones, which lists what a 2FA-removal request must contain, and sent exactly those items.",
      },
      { kind: "RESOLVED", day: "2017-10-13", note: "2FA removed the same day." },
    ],
    requiredItems: [
      { code: "FULL_NAME", note: "Registered full name (FAQ item 1)." },
      { code: "NAME_KANA", note: "Its kana reading, furigana (FAQ item 1)." },
      { code: "ADDRESS", note: "Registered address (FAQ item 2)." },
      { code: "REGISTRATION_DATE", note: "Date and time of registration (FAQ item 3): found from the date of the sign-up confirmation e-mail." },
      {
        code: "TRADE_HISTORY",
        note: "Transaction history (FAQ item 4): one remembered bank transfer to the operator, its amount and date, used to buy MONA, was enough.",
      },
      { code: "PHONE", note: "Registered phone number (FAQ item 5)." },
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
    contactPath:
      "Support article for \"device trouble\" → inquiry form. The form cannot take an attachment, so the ID selfie cannot go with the first message.",
    inquiryLanguage: "ja",
    replyLanguages: ["ja"],
    outcome: "RESOLVED",
    summary: `About 2 days in total. ${afterwards} ${reconstructed}`,
    tips: "The inquiry form takes no attachment: expect to send the ID selfie (you holding your identity document next to your face) in a reply.",
    events: [
      { kind: "CONTACTED", day: "2017-10-03", language: "ja", note: "Inquiry form, with the account details it asks for." },
      { kind: "INFO_REQUESTED", day: "2017-10-03", language: "ja", note: "Human reply the same day." },
      {
        kind: "INFO_SENT",
        day: "2017-10-04",
        language: "ja",
        note: "Replied with the phone number and an ID selfie (a photo of oneself holding the identity document next to the face) attached.",
      },
      { kind: "RESOLVED", day: "2017-10-05", note: "2FA removed the day after that." },
    ],
    requiredItems: [
      { code: "OTHER", note: "The account details the inquiry form asks for." },
      { code: "PHONE" },
      { code: "ID_SELFIE", note: "A photo of yourself holding the identity document next to your face, sent as an attachment to a reply." },
    ],
  },
  {
    id: "seed-report-kraken",
    exchangeSlug: "kraken",
    incidentMonth: "2017-10",
    lockoutCause: "DEVICE_RESET",
    lockoutDetail,
    hadBackupCodes: false,
    verificationLevel: "Tier 3",
    contactChannel: "WEB_FORM",
    contactPath:
      "Help Center → contact form; request type \"Other\", category \"Cannot log in\". The inquiry was written in Japanese because the site was in Japanese then.",
    inquiryLanguage: "ja",
    replyLanguages: ["en", "ja"],
    outcome: "RESOLVED",
    summary: `The hardest of the four, mainly for language. More than 9 days after the English answer, plus the unstated wait for the first reply. There was no completion notice. ${afterwards} ${reconstructed}`,
    tips: [
      "A master key (or backup codes) set up before a lockout avoids all of this.",
      "Answer every numbered question, even if the answer is \"I don't remember\".",
      "Round figures you are unsure of: an exact but wrong figure looks more suspicious than a rounded one.",
      "Support may reply in a different language than you wrote in.",
      "Silence may mean it is done: try logging in.",
    ].join("\n"),
    events: [
      { kind: "CONTACTED", day: "2017-10-03", language: "ja", note: "Inquiry written in Japanese. The write-up does not say how long the first reply took." },
      {
        kind: "INFO_REQUESTED",
        day: "2017-10-05",
        language: "en",
        note: "First reply, in English. It pointed out that a master key set up in advance allows self-service recovery (not available here) and asked for: 1) name, date of birth and phone number registered to the account; 2) residential address (verification tier 2 or higher); 3) the government ID used for tier 3 verification: country, ID type, expiry date; 4) date of the last successful login; 5) approximate account balances; 6) recent deposits and withdrawals, in as much detail as possible; 7) trading activity, in as much detail as possible.",
      },
      {
        kind: "INFO_SENT",
        day: "2017-10-05",
        language: "en",
        note: "Answered in English: listed both passport and driver's licence (unsure which had been used), gave the last login as roughly 1-2 months earlier, rounded balances to two significant digits, and said honestly that deposits, withdrawals and trades were not remembered.",
      },
      { kind: "INFO_REQUESTED", day: "2017-10-07", language: "ja", note: "About 2 days later the reply came in Japanese and asked for an ID selfie." },
      { kind: "INFO_SENT", day: "2017-10-07", note: "ID selfie sent at once." },
      {
        kind: "RESOLVED_SILENTLY",
        day: "2017-10-15",
        note: "No message for about a week. A customer-satisfaction survey e-mail arrived; logging in showed 2FA had already been removed. No completion notice.",
      },
    ],
    requiredItems: [
      { code: "FULL_NAME" },
      { code: "DATE_OF_BIRTH" },
      { code: "PHONE" },
      { code: "ADDRESS", note: "Asked of accounts at verification tier 2 or higher." },
      { code: "GOVERNMENT_ID", note: "Country, ID type and expiry date of the ID used for tier 3. Listing both passport and driver's licence (unsure which) was accepted." },
      { code: "LAST_LOGIN", note: "\"Roughly 1-2 months ago\" was enough." },
      { code: "BALANCES", note: "Rounded to two significant digits." },
      { code: "DEPOSIT_WITHDRAWAL_HISTORY", note: "Answered honestly that they were not remembered." },
      { code: "TRADE_HISTORY", note: "Answered honestly that they were not remembered." },
      { code: "ID_SELFIE", note: "Asked for in the second reply, in Japanese." },
    ],
  },
];
