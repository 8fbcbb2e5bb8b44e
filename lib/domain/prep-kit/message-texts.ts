// The words of the drafted support message. They live here, not in the UI catalogues, because
// the message is written in the language the exchange answers in, whatever language the page is
// read in: a Japanese reader may need an English message, and the reverse.

import type { ExchangeQuestions, KitField } from "./exchange-questions";

export const MESSAGE_LANGUAGES = ["ja", "en"] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

type Cause = "DEVICE_RESET" | "LOST_OR_BROKEN_PHONE" | "APP_DELETED" | "SIM_CHANGE" | "OTHER";
type FieldId = KitField | `question:${string}`;

export type MessageTexts = {
  subjectLabel: string;
  subject: string;
  greeting: (exchange: string) => string;
  request: (exchange: string) => string;
  headings: { account: string; happened: string; provide: string };
  heading: (title: string) => string;
  labels: Record<"email" | "name" | "nameKana" | "userId" | "lockoutWhen" | "lockoutHow" | "lastLogin", string>;
  fieldNames: Record<KitField, string>;
  causes: Record<Cause, string>;
  userIdUnknown: string;
  colon: string;
  separator: string;
  line: (label: string, value: string) => string;
  bullet: (value: string) => string;
  sentences: (first: string, second: string) => string;
  placeholder: (field: FieldId, questions: ExchangeQuestions | null) => string;
  safety: (exchange: string) => string;
  closing: string;
};

function placeholderOf(fieldNames: Record<KitField, string>, language: MessageLanguage, wrap: (name: string) => string) {
  return (field: FieldId, questions: ExchangeQuestions | null): string => {
    if (!field.startsWith("question:")) return wrap(fieldNames[field as KitField]);
    const question = questions?.questions.find((entry) => `question:${entry.id}` === field);
    return wrap(question ? question.prompt[language] : field);
  };
}

const EN_FIELDS: Record<KitField, string> = {
  email: "registered e-mail address",
  name: "name as registered",
  nameKana: "kana reading of the name",
  userId: "user ID",
  lockoutWhen: "when you lost access",
  lockoutCause: "how you lost access",
  lockoutDetail: "details",
  lastLogin: "last successful login",
  otherDetails: "other details",
};

const JA_FIELDS: Record<KitField, string> = {
  email: "登録メールアドレス",
  name: "登録氏名",
  nameKana: "フリガナ",
  userId: "ユーザーID",
  lockoutWhen: "使えなくなった時期",
  lockoutCause: "使えなくなった経緯",
  lockoutDetail: "詳細",
  lastLogin: "最後にログインできた日時",
  otherDetails: "その他",
};

const english: MessageTexts = {
  subjectLabel: "Subject: ",
  subject: "Request to reset two-factor authentication (2FA device lost)",
  greeting: (exchange) => `Dear ${exchange} support,`,
  request: (exchange) =>
    `I can no longer sign in to my ${exchange} account: I have lost access to my two-factor authentication (2FA), so I cannot produce a 2FA code. Please reset the 2FA on my account so that I can set it up again.`,
  headings: { account: "My account", happened: "What happened", provide: "What I can provide" },
  heading: (title) => title,
  labels: {
    email: "Registered e-mail address",
    name: "Name as registered",
    nameKana: "Name reading (kana)",
    userId: "User ID",
    lockoutWhen: "When I lost access",
    lockoutHow: "How",
    lastLogin: "Last successful login",
  },
  fieldNames: EN_FIELDS,
  causes: {
    DEVICE_RESET: "My phone was reset (its system reinstalled) and the authenticator app's data was lost.",
    LOST_OR_BROKEN_PHONE: "My phone was lost or broken, and the authenticator app with it.",
    APP_DELETED: "The authenticator app was deleted.",
    SIM_CHANGE: "My phone number (SIM) changed, so codes by SMS no longer reach me.",
    OTHER: "For another reason, described here.",
  },
  userIdUnknown: "I do not know my user ID.",
  colon: ": ",
  separator: "; ",
  line: (label, value) => `- ${label}: ${value}`,
  bullet: (value) => `- ${value}`,
  sentences: (first, second) => `${first} ${second}`,
  placeholder: placeholderOf(EN_FIELDS, "en", (name) => `[${name}]`),
  safety: (exchange) =>
    `I will not send my password, any 2FA code, seed phrase or private key, and I understand that ${exchange} support never asks for them.`,
  closing: "Please tell me if you need anything else.\n\nKind regards,",
};

const japanese: MessageTexts = {
  subjectLabel: "件名：",
  subject: "二段階認証の解除のお願い（認証端末の紛失）",
  greeting: (exchange) => `${exchange} サポートご担当者様`,
  request: (exchange) =>
    `二段階認証に使っていた端末やアプリが使えなくなり、認証コードを入力できないため、${exchange}のアカウントにログインできません。二段階認証を解除（リセット）していただけますよう、お願い申し上げます。`,
  headings: { account: "■ アカウント", happened: "■ 経緯", provide: "■ 提出できるもの" },
  heading: (title) => `■ ${title}`,
  labels: {
    email: "登録メールアドレス",
    name: "登録氏名",
    nameKana: "フリガナ",
    userId: "ユーザーID",
    lockoutWhen: "使えなくなった時期",
    lockoutHow: "経緯",
    lastLogin: "最後にログインできた日時",
  },
  fieldNames: JA_FIELDS,
  causes: {
    DEVICE_RESET: "スマートフォンを初期化（OSを再インストール）し、認証アプリのデータが消えました。",
    LOST_OR_BROKEN_PHONE: "スマートフォンを紛失（または故障）し、認証アプリも使えなくなりました。",
    APP_DELETED: "認証アプリを削除してしまいました。",
    SIM_CHANGE: "電話番号（SIM）が変わり、SMSのコードを受け取れなくなりました。",
    OTHER: "次の理由によります。",
  },
  userIdUnknown: "分かりません",
  colon: "：",
  separator: "／",
  line: (label, value) => `・${label}：${value}`,
  bullet: (value) => `・${value}`,
  sentences: (first, second) => `${first}${second}`,
  placeholder: placeholderOf(JA_FIELDS, "ja", (name) => `［${name}］`),
  safety: (exchange) => `なお、パスワード、認証コード、シードフレーズ、秘密鍵はお送りしません。${exchange}のサポートからこれらを求められることはないと理解しています。`,
  closing: "ほかに必要なものがございましたら、お知らせください。\nどうぞよろしくお願いいたします。",
};

export const MESSAGE_TEXTS: Record<MessageLanguage, MessageTexts> = { en: english, ja: japanese };
