// Finds the contact details that "recovery" scammers leave in public reports and comments:
// phone numbers, messenger handles, e-mail addresses, links to lookalike sites, and offers of
// a hacker or expert who can get the account back. A text with any of them is held for
// moderation before it is published. Links to the exchanges' own sites are allowed.

import { findEmailAddresses } from "./finders/email-addresses";
import { findWebAddresses, isOfficialHost } from "./finders/web-addresses";
import { prepareForDetection } from "./normalize";
import { findPhoneNumbers } from "./personal-data/phone";
import { overlapsAnyOf, pickNonOverlapping } from "./spans";
import { toOriginalSpan, type TextSpan } from "./text/offset-text";

export type ScamContactKind = "phone" | "messenger" | "email" | "link" | "recovery-offer";

export const SCAM_CONTACT_KINDS: readonly ScamContactKind[] = ["phone", "messenger", "email", "link", "recovery-offer"];

export type ScamContactMatch = {
  kind: ScamContactKind;
  /** Offset in the original text, UTF-16 units. */
  start: number;
  end: number;
  /** The original text of the match. */
  text: string;
};

export type ScamContactOptions = {
  /** Registrable domains of the exchanges and services a report may link to; subdomains count. */
  officialDomains: readonly string[];
};

export type TextAssessment = {
  hold: boolean;
  /** Kinds found, each once, in the order of SCAM_CONTACT_KINDS. */
  reasons: ScamContactKind[];
  matches: ScamContactMatch[];
};

/** For links that survive moderation: no endorsement for search engines, no window.opener. */
export const linkRel = "nofollow ugc noopener";

/** True for an http(s) URL, with or without the scheme, whose host is an official domain or a subdomain of one. */
export function isOfficialUrl(url: string, officialDomains: readonly string[]): boolean {
  const trimmed = url.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    return false;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return false;
  // https://kraken.com@evil.example/ goes to evil.example; credentials in a link are a trick.
  if (parsed.username !== "" || parsed.password !== "") return false;
  return isOfficialHost(parsed.hostname, officialDomains);
}

const MESSENGER_DOMAINS = [
  "t.me",
  "telegram.me",
  "telegram.dog",
  "wa.me",
  "whatsapp.com",
  "line.me",
  "lin.ee",
  "discord.gg",
  "discord.com",
  "discordapp.com",
  "signal.me",
  "signal.group",
  "m.me",
  "wechat.com",
  "weixin.qq.com",
  "skype.com",
  "kakao.com",
  "viber.com",
];
const SPACED_MESSENGER_PATH = /^[ ]{0,2}\/[ ]{0,2}[+@]?[A-Za-z0-9_]{3,40}/;

const isMessengerHost = (host: string) =>
  MESSENGER_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));

type Finding = TextSpan & { kind: ScamContactKind };

function findLinks(scan: string, officialDomains: readonly string[]): Finding[] {
  return findWebAddresses(scan)
    .filter((address) => !isOfficialHost(address.host, officialDomains))
    .map((address) => {
      if (!isMessengerHost(address.host)) return { start: address.start, end: address.end, kind: "link" };
      const spacedPath = SPACED_MESSENGER_PATH.exec(scan.slice(address.end, address.end + 48))?.[0] ?? "";
      return { start: address.start, end: address.end + spacedPath.length, kind: "messenger" };
    });
}

const MESSENGER_NAME =
  /(?:telegram|telegra\.m|\btg\b|テレグラム|テレグラ|whats[ \-.]?app|ワッツアップ|ワッツ|\bsignal\b|シグナル|\bline\b|ライン|discord|ディスコード|wechat|weixin|微信|ウィーチャット|skype|スカイプ|kakao(?:talk)?|カカオ|viber|バイバー|threema|\bsession\b|instagram|\binsta\b|インスタ|\big\b)/i;
// Ways of writing a handle that mean one only with a messenger named in the same sentence:
// "@name", a quoted 'name', and "ID: name".
const HANDLE_TOKENS: readonly RegExp[] = [
  /(?<![A-Za-z0-9._%+\-@])(@[A-Za-z0-9_][A-Za-z0-9_.]{2,31})/dg,
  /['"「『]([A-Za-z][A-Za-z0-9_.]{3,31})['"」』]/dg,
  /\bID[ ]{0,2}[:=][ ]{0,2}(@?[A-Za-z][A-Za-z0-9_.\-]{2,31})/dg,
];
const ONLY_A_MESSENGER_NAME = new RegExp(String.raw`^@?(?:${MESSENGER_NAME.source})$`, "i");
const SENTENCE_BREAK = /[。!?！？\n]|\.\s/g;
const HANDLE_CONTEXT_BEFORE = 40;
const HANDLE_CONTEXT_AFTER = 24;
const HANDLE_LABEL = String.raw`(?:ID|id|Id|username|user[ ]?name|handle|account|アカウント|ユーザー名|ユーザーネーム|号|號)`;
const HANDLE_SEPARATOR = String.raw`(?:[:=→]|is|は|が)`;
const LABELLED_HANDLE = new RegExp(
  String.raw`${MESSENGER_NAME.source}[ ,、]{0,3}の?(?:(${HANDLE_LABEL})[ ]{0,2}(${HANDLE_SEPARATOR})?|([:=→]))[ ]{0,2}(@?)([A-Za-z][A-Za-z0-9_.\-]{2,31}(?:#\d{4})?)`,
  "gid",
);

function sameSentenceBefore(scan: string, index: number): string {
  const window = scan.slice(Math.max(0, index - HANDLE_CONTEXT_BEFORE), index);
  let cut = 0;
  for (const sentenceBreak of window.matchAll(SENTENCE_BREAK)) cut = sentenceBreak.index + sentenceBreak[0].length;
  return window.slice(cut);
}

function sameSentenceAfter(scan: string, index: number): string {
  const window = scan.slice(index, index + HANDLE_CONTEXT_AFTER);
  const sentenceBreak = window.search(SENTENCE_BREAK);
  return sentenceBreak === -1 ? window : window.slice(0, sentenceBreak);
}

// "Telegram: beware of fakes" names the app, and "my LINE account was" is prose: unless the
// handle has an "@", an "ID" label or handle-like characters, the writer must have introduced it
// with a separator, and the word must not open an English phrase.
function isPlausibleHandle(match: RegExpExecArray, handle: string, following: string): boolean {
  const [, label, separatorAfterLabel, separator, at] = match;
  if (at === "@" || /^(?:id|ＩＤ)$/i.test(label ?? "") || /[0-9_.#-]/.test(handle)) return true;
  const introduced = separatorAfterLabel !== undefined || separator !== undefined;
  return introduced && !/^[ ]*[A-Za-z]/.test(following);
}

function findMessengerHandles(scan: string): Finding[] {
  const found: Finding[] = [];
  for (const pattern of HANDLE_TOKENS) {
    for (const match of scan.matchAll(pattern)) {
      const handle = match.indices?.[1];
      if (handle === undefined || ONLY_A_MESSENGER_NAME.test(match[1] ?? "")) continue;
      const matchEnd = match.index + match[0].length;
      const named =
        MESSENGER_NAME.test(sameSentenceBefore(scan, match.index)) || MESSENGER_NAME.test(sameSentenceAfter(scan, matchEnd));
      if (named) found.push({ start: handle[0], end: handle[1], kind: "messenger" });
    }
  }
  for (const match of scan.matchAll(LABELLED_HANDLE)) {
    const handle = match.indices?.[5];
    if (handle === undefined) continue;
    const [start, end] = handle;
    if (isPlausibleHandle(match, scan.slice(start, end), scan.slice(end, end + 4))) {
      found.push({ start: match[4] === "@" ? start - 1 : start, end, kind: "messenger" });
    }
  }
  return found;
}

const RECOVERY_OFFERS: readonly RegExp[] = [
  /\brecovery\s+(?:expert|specialist|agent|hacker|guru|wizard|professional|pro|company|firm|agency)s?\b/gi,
  /\b(?:crypto|cryptocurrency|fund|funds|asset|assets|bitcoin|btc|wallet|scam|money)\s+recovery\s+(?:expert|service|company|firm|agency|team|specialist|program)s?\b/gi,
  /\b(?:ethical|legit|genuine|professional|certified|white[ -]hat|trusted|reliable)\s+hackers?\b/gi,
  /\bhackers?\s+(?:who|that)\s+(?:can|could|will|helped|recovered|got)\b/gi,
  /\b(?:hire|hired|hiring|found|contacted|recommend)\s+(?:a\s+|an\s+|the\s+|this\s+)?hacker\b/gi,
  /\bcontact\s+(?:him|her)\b/gi,
  /\b(?:reach\s+out\s+to|write\s+to|get\s+in\s+touch\s+with)\s+(?:him|her)\b/gi,
  // "Contact me" as an invitation, not "support said they would contact me".
  /(?:^|[.!?,;:(]\s*|\b(?:please|pls|plz|kindly|just|can|could|free\s+to|then|and)\s+)(?:dm|pm|inbox|text|whatsapp|message|contact|email|mail|write\s+to|reach\s+out\s+to|get\s+in\s+touch\s+with)\s+me\b/gim,
  /\b(?:he|she)\s+(?:helped|help|assisted)\s+me\s+(?:to\s+)?(?:recover|get\s+back|retrieve|regain)\b/gi,
  /\b(?:he|she)\s+(?:is|'s)\s+(?:legit|genuine|reliable|trustworthy|the\s+best)\b/gi,
  /\bi\s+can\s+help\s+(?:you\s+)?(?:to\s+)?(?:recover|get\s+back|retrieve|unlock|regain|bypass)\b/gi,
  /\b(?:we|i)\s+can\s+(?:recover|unlock|retrieve|bypass)\s+(?:your|any)\b/gi,
  /\brecover\s+(?:your\s+)?(?:lost|stolen|scammed)\s+(?:funds|crypto|bitcoin|btc|assets|money|coins|account)\b/gi,
  /\brecover\s+your\s+(?:funds|crypto|bitcoin|btc|assets|money|coins)\b/gi,
  /\bspell\s*caster\b|\bprivate\s+investigator\b|\bcyber\s*(?:security\s+)?(?:expert|specialist|guru)s?\b/gi,
  /\bguarantee(?:d)?\s+(?:recovery|to\s+recover)\b|\b100%\s+(?:recovery|guaranteed)\b/gi,
  /(?:復旧|復元|回復|返金|資産回収|資金回収|資産回復|資金回復)の?(?:業者|専門家|代行|スペシャリスト|プロ|エキスパート)/g,
  /ホワイトハッカー|(?:凄腕|腕利き|天才)の?ハッカー|ハッカー(?:さん)?に(?:依頼|頼|相談|お願い)/g,
  /(?:彼|彼女|この方|この人|こちらの方|その方|あの方|下記の方)に(?:連絡|相談|依頼|DM|メッセージ)/g,
  /(?:私|僕|俺|わたし)(?:まで|に)(?:連絡|DM|メッセージ|相談)/g,
  /DM(?:ください|下さい|して|お待ち|まで)/g,
  /個別に?(?:ご)?(?:連絡|相談|DM)(?:ください|下さい|します)/g,
  /(?:必ず|確実に|100%)(?:取り戻|復旧|回復|返金)/g,
  /取り戻(?:せます|してあげ|すお手伝い)|復旧(?:を|の)?お手伝い(?:します|できます)/g,
  /連絡先(?:は|:)?[ ]?(?:こちら|下記|以下)/g,
];
// A report warning others ("recovery experts on Telegram are scammers") uses the same words as
// the offer itself; a warning without an endorsement in the same sentence is not an offer.
const WARNING =
  /scam|fraud|fake|beware|warning|careful|impersonat|(?:don'?t|do\s+not|never)\s+(?:trust|pay|share|send|give|contact|click|reply)|(?:ignore|avoid|report)\s+(?:them|these|those|such|anyone|people|any)|詐欺|注意|偽|騙|気をつけ|気を付け|罠|信用しない|相手にしない|やめ|しないで|ダメ|だめ|危険|禁止/i;
const ENDORSEMENT = /legit|genuine|trusted|trustworthy|reliable|real\s+deal|helped\s+me|recovered\s+my|本物|信頼でき|助けてくれ|取り戻してくれ/i;
// "The Kraken account recovery specialist" is the exchange's own staff. Checked on the text
// before a match: as a lookbehind it would rescan every run of spaces from each position.
const EXCHANGE_STAFF_BEFORE = /\b(?:the|their|its|our|[A-Za-z]+'s)\s{1,3}(?:[A-Za-z]+\s{1,3})?account\s{1,3}$/i;
const EXCHANGE_STAFF_WINDOW = 48;
const SENTENCE_END = /[。!?！？\n]|\.(?:\s|$)/g;
// Bounded so that a long text without punctuation cannot make each match rescan the whole text.
const MAX_SENTENCE_REACH = 240;

function sentenceAround(scan: string, span: TextSpan): string {
  const windowStart = Math.max(0, span.start - MAX_SENTENCE_REACH);
  let start = windowStart;
  for (const sentenceEnd of scan.slice(windowStart, span.start).matchAll(SENTENCE_END)) {
    start = windowStart + sentenceEnd.index + sentenceEnd[0].length;
  }
  const after = scan.slice(span.end, span.end + MAX_SENTENCE_REACH);
  const end = after.search(SENTENCE_END);
  return scan.slice(start, span.end + (end === -1 ? after.length : end));
}

function findRecoveryOffers(scan: string): Finding[] {
  const found: Finding[] = [];
  for (const pattern of RECOVERY_OFFERS) {
    for (const match of scan.matchAll(pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (EXCHANGE_STAFF_BEFORE.test(scan.slice(Math.max(0, span.start - EXCHANGE_STAFF_WINDOW), span.start))) continue;
      const sentence = sentenceAround(scan, span);
      if (WARNING.test(sentence) && !ENDORSEMENT.test(sentence)) continue;
      found.push({ ...span, kind: "recovery-offer" });
    }
  }
  return found;
}

// On overlap the longer finding wins; on a tie, the more specific kind.
const KIND_PRIORITY: readonly ScamContactKind[] = ["messenger", "email", "link", "phone", "recovery-offer"];

export function findScamContacts(text: string, options: ScamContactOptions): ScamContactMatch[] {
  const prepared = prepareForDetection(text);
  const scan = prepared.text;
  const webAddresses = findWebAddresses(scan);
  const links = findLinks(scan, options.officialDomains);
  const emails: Finding[] = findEmailAddresses(scan)
    .filter((email) => !isOfficialHost(email.domain, options.officialDomains))
    .map((email) => ({ start: email.start, end: email.end, kind: "email" }));
  // Digits inside any link, official or not, are part of its path (wa.me/… is a messenger).
  const overlapsLink = overlapsAnyOf(webAddresses, scan.length);
  const phones: Finding[] = findPhoneNumbers(scan)
    .filter((phone) => !overlapsLink(phone))
    .map((phone) => ({ ...phone, kind: "phone" }));
  const findings = [...links, ...emails, ...phones, ...findMessengerHandles(scan), ...findRecoveryOffers(scan)];
  return pickNonOverlapping(findings, KIND_PRIORITY).map((finding) => {
    const original = toOriginalSpan(prepared, finding);
    return { kind: finding.kind, start: original.start, end: original.end, text: text.slice(original.start, original.end) };
  });
}

export function assessText(text: string, options: ScamContactOptions): TextAssessment {
  const matches = findScamContacts(text, options);
  const reasons = SCAM_CONTACT_KINDS.filter((kind) => matches.some((match) => match.kind === kind));
  return { hold: matches.length > 0, reasons, matches };
}

export function isHeldForModeration(text: string, options: ScamContactOptions): boolean {
  return assessText(text, options).hold;
}
