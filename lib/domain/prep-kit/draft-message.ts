// Drafts the first support message from the person's own answers, in the language the exchange
// answers in. Empty answers become visible placeholders ("[registered e-mail address]") and are
// listed, so the kit can point them out before copying; a secret in any answer blocks the draft.

import type { ExchangeQuestions, KitField } from "./exchange-questions";
import { secretKindsIn, type SecretKind } from "./secrets";
import { MESSAGE_TEXTS, type MessageLanguage } from "./message-texts";

export const LOCKOUT_CAUSES = ["DEVICE_RESET", "LOST_OR_BROKEN_PHONE", "APP_DELETED", "SIM_CHANGE", "OTHER"] as const;
export type LockoutCause = (typeof LOCKOUT_CAUSES)[number];

export type KitAnswers = {
  email: string;
  name: string;
  nameKana: string;
  userId: string;
  lockoutWhen: string;
  lockoutCause: LockoutCause | "";
  lockoutDetail: string;
  lastLogin: string;
  otherDetails: string;
  /** Item codes the person has ready. */
  ready: string[];
  /** Own answers to the exchange's recorded questions, by question id. */
  questions: Record<string, string>;
};

export const EMPTY_ANSWERS: KitAnswers = {
  email: "",
  name: "",
  nameKana: "",
  userId: "",
  lockoutWhen: "",
  lockoutCause: "",
  lockoutDetail: "",
  lastLogin: "",
  otherDetails: "",
  ready: [],
  questions: {},
};

/** A field of the kit: a general answer, or the own answer to a recorded question. */
export type KitFieldId = KitField | `question:${string}`;

export type DraftOptions = {
  language: MessageLanguage;
  exchangeName: string;
  /** Japanese exchanges check the kana reading of the registered name. */
  askKana: boolean;
  questions: ExchangeQuestions | null;
  itemLabels: Record<string, { en: string; ja: string }>;
};

export type Draft = {
  subject: string;
  body: string;
  /** Subject line and body, as copied and downloaded. */
  text: string;
  /** Fields left empty, each shown as a placeholder in the text, in the order they appear. */
  missing: KitFieldId[];
  /** Fields holding a secret, and which; any makes the draft blocked. */
  secrets: { field: KitFieldId | "message"; kinds: SecretKind[] }[];
  blocked: boolean;
};

/** The fields the person types text into, with their values: what is scanned for secrets. */
export function typedFields(answers: KitAnswers, questions: ExchangeQuestions | null): { field: KitFieldId; value: string }[] {
  const general = (["email", "name", "nameKana", "userId", "lockoutWhen", "lockoutDetail", "lastLogin", "otherDetails"] as const).map((field) => ({ field, value: answers[field] }));
  const own = (questions?.questions ?? []).filter((question) => question.ownAnswer).map((question) => ({ field: `question:${question.id}` as const, value: answers.questions[question.id] ?? "" }));
  return [...general, ...own];
}

/** The secrets in the answers, by field; a user ID is a number, so six digits there are not a code. */
export function secretsInAnswers(answers: KitAnswers, questions: ExchangeQuestions | null): Draft["secrets"] {
  return typedFields(answers, questions)
    .map(({ field, value }) => ({ field, kinds: secretKindsIn(value, { numberExpected: field === "userId" }) }))
    .filter((entry) => entry.kinds.length > 0);
}

export function draftMessage(answers: KitAnswers, options: DraftOptions): Draft {
  const texts = MESSAGE_TEXTS[options.language];
  const missing: KitFieldId[] = [];
  const value = (field: KitFieldId, raw: string): string => {
    const trimmed = raw.trim();
    if (trimmed !== "") return trimmed;
    if (!missing.includes(field)) missing.push(field);
    return texts.placeholder(field, options.questions);
  };
  const detail = answers.lockoutDetail.trim();

  const account = [
    texts.line(texts.labels.email, value("email", answers.email)),
    texts.line(texts.labels.name, value("name", answers.name)),
    ...(options.askKana ? [texts.line(texts.labels.nameKana, value("nameKana", answers.nameKana))] : []),
    texts.line(texts.labels.userId, answers.userId.trim() || texts.userIdUnknown),
  ];
  const when = texts.line(texts.labels.lockoutWhen, value("lockoutWhen", answers.lockoutWhen));
  const cause = answers.lockoutCause === "" ? value("lockoutCause", "") : texts.causes[answers.lockoutCause];
  const happened = [
    when,
    texts.line(texts.labels.lockoutHow, detail ? texts.sentences(cause, detail) : cause),
    texts.line(texts.labels.lastLogin, value("lastLogin", answers.lastLogin)),
  ];
  const general: Record<KitField, string> = { ...answers, lockoutCause: cause, lastLogin: answers.lastLogin.trim(), name: answers.name.trim(), nameKana: answers.nameKana.trim() };
  const answered = (options.questions?.questions ?? []).map((question, index) => {
    const parts = question.uses.map((field) => (general[field].trim() === "" ? value(field, "") : general[field].trim()));
    if (question.ownAnswer) parts.push(value(`question:${question.id}`, answers.questions[question.id] ?? ""));
    return `${index + 1}. ${question.prompt[options.language]}${texts.colon}${parts.join(texts.separator)}`;
  });
  const ready = answers.ready.map((code) => options.itemLabels[code]?.[options.language]).filter((label): label is string => Boolean(label));
  const other = answers.otherDetails.trim();
  const provide = [...ready, ...(other ? [other] : [])];

  const sections = [
    texts.greeting(options.exchangeName),
    texts.request(options.exchangeName),
    [texts.headings.account, ...account].join("\n"),
    [texts.headings.happened, ...happened].join("\n"),
    ...(options.questions && answered.length > 0 ? [[texts.heading(options.questions.title[options.language]), ...answered].join("\n")] : []),
    ...(provide.length > 0 ? [[texts.headings.provide, ...provide.map(texts.bullet)].join("\n")] : []),
    texts.safety(options.exchangeName),
    texts.closing,
    value("name", answers.name),
  ];
  const body = sections.join("\n\n");
  const subject = texts.subject;
  const text = `${texts.subjectLabel}${subject}\n\n${body}\n`;
  const secrets = secretsInAnswers(answers, options.questions);
  // The answers are scanned field by field above; the whole text once more, in case a secret
  // only shows where two answers meet. A user ID line is labelled, so it is not taken for a code.
  const inText = secretKindsIn(text);
  if (inText.length > 0 && secrets.length === 0) secrets.push({ field: "message", kinds: inText });
  return { subject, body, text, missing, secrets, blocked: secrets.length > 0 };
}
