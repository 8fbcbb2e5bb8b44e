// Finds reports saying that "support" asked for a secret: a 2FA or authenticator code, a
// password, a seed or recovery phrase, a private key or backup codes. No exchange asks for these,
// so such a report means someone impersonated support — or the report itself is bait that makes
// handing the secret over look normal. Either way a moderator reads it before it is published.
//
// A sentence counts when it names a secret, a request for it, and either a person asking (support,
// an agent, "they") or a verb of handing it over (send, tell, share; 教える, 送る). That keeps the
// everyday "the app asked for my 2FA code" and "I entered the SMS code" out, and warnings ("support
// will never ask for your password") and resets ("asked me to change my password") are excluded.

import { normalizeForDetection } from "./normalize";
import { toOriginalSpan, type TextSpan } from "./text/offset-text";

export type SecretRequestMatch = TextSpan & {
  /** The sentence that reports the request, as written. */
  text: string;
};

const SECRET_EN =
  /\b(?:(?:2fa|two[- ]?factor|2[- ]?step|two[- ]?step|mfa|authenticator|authy|totp|otp|one[- ]?time|sms|verification|security|login|auth|6[- ]?digit|six[- ]?digit)(?:\s+(?:app|authenticator|backup|login|verification|security))?\s+(?:code|codes|pin|passcode|password)s?|passwords?|passcodes?|pass\s?phrases?|(?:seed|recovery|mnemonic|backup|secret(?:\s+recovery)?|wallet|restore|(?:12|24|twelve|twenty[- ]four)[- ]word)\s+(?:phrase|words|seed)s?|seeds?(?=\s|[.,!?]|$)|mnemonics?|private\s+keys?|secret\s+keys?|(?:backup|recovery|2fa)\s+(?:codes?|keys?)|(?:google\s+)?authenticator\s+code|one[- ]?time\s+code)\b/gi;
const SECRET_JA =
  /パスワード|パスコード|暗証番号|認証コード|確認コード|セキュリティコード|ワンタイム(?:パスワード|コード)|(?:2|２|二)(?:段階|要素)認証の?(?:コード|番号|数字)|2FAの?(?:6桁の?)?コード|6桁の?(?:コード|番号|数字)|シード(?:フレーズ)?|リカバリー(?:フレーズ|コード)|復元フレーズ|復元用の?(?:フレーズ|単語)|ニーモニック|秘密鍵|プライベートキー|バックアップコード|シークレットキー|Google認証の?コード/g;

// Asking, in the words reports use, unless the author is the one asking ("I needed my password").
const REQUEST_EN =
  /(?<!\b(?:i|we)\s+(?:also\s+|just\s+|then\s+|really\s+)?)\b(?:ask(?:ed|s|ing)?|wanted|wants|wanting|request(?:ed|s|ing)?|demand(?:ed|s|ing)?|insist(?:ed|s|ing)?|needed|needs?|require[ds]?|told\s+me\s+to|instructed|said\s+(?:i|we)\s+(?:had|have|needed|need)\s+to|(?:had|have)\s+to\s+(?:send|share|give|provide)|tried\s+to\s+get)\b/i;
const REQUEST_EN_ALL = new RegExp(REQUEST_EN.source, "gi");
// Handing the secret over to someone, as opposed to typing it into the site.
const DISCLOSE_EN =
  /\b(?:send|sent|sending|give|giving|share|sharing|tell|telling|read(?:ing)?\s+(?:out|it|them)|provide|providing|reply(?:ing)?\s+with|confirm(?:ing)?|screenshot|paste|pasting|dm|email|text)\b/i;
// Someone who asked: support, staff, or a person contacting the author.
const ASKER_EN =
  /\b(?:support|agent|agents|rep|representative|staff|customer\s+(?:service|care|support)|help\s?desk|helpdesk|admin|administrator|moderator|operator|team|they|someone|somebody|he|she|him|guy|caller|scammer|person|employee)\b/i;
const ASKER_JA = /サポート|担当|運営|スタッフ|カスタマー|窓口|オペレーター|名乗る|相手|人から|人に|電話で|DM|管理者|社員|職員/;
const REQUEST_REACH_EN = 80;

// Japanese binds the verb to the secret with a particle: 秘密鍵を送る, シードフレーズの提出を求め.
const JA_OBJECT = String.raw`(?:を|は|も|の(?:提出|送信|共有|開示|提示)を?)?(?:今すぐ|すぐに?|電話で|DMで|メールで|チャットで|こちらに|私に|[^。、\s]{0,6}?に)?`;
// Asked by a person (聞かれた) reports the request on its own.
const ASKED_BY_PERSON_JA = new RegExp(String.raw`^${JA_OBJECT}(?:聞かれ|訊かれ|聞いてき|尋ねられ)`);
// A generic request (求められた) is also what a login screen does, so it needs a person asking.
const GENERIC_REQUEST_JA = new RegExp(String.raw`^${JA_OBJECT}(?:求め|要求|催促)`);
// Handing over (教える, 送る) counts only as something the author was told to do.
const HAND_OVER_JA = new RegExp(
  String.raw`^${JA_OBJECT}(?:教え|送っ|送る|送れ|送信|伝え|共有|提出|見せ|渡|貼り付け|言え|入力)[^。]{0,6}?(?:よう|ように|て(?:ください|下さい|ほしい|欲しい|くれ|と)|と(?:言われ|頼まれ|指示|連絡|要求|求め|迫|DM|メール|催促)|ろ|なさい|れば|させ|を求め|を要求)`,
);
const TYPED_IN_JA = new RegExp(String.raw`^${JA_OBJECT}入力`);

// Warnings and advice: the site's own notice, "never share", "if anyone asks".
const WARNING_EN =
  /\b(?:never|won'?t|will\s+not|would\s+not|wouldn'?t|do\s+not|don'?t|does\s+not|doesn'?t|did\s+not|didn'?t|not\s+(?:even|once)|no\s+(?:one|real|legit|legitimate|genuine|official)|nobody|if\s+(?:anyone|someone|somebody|they|support|an?\b)|anyone\s+who|whoever|should\s+not|shouldn'?t)\b/i;
const WARNING_JA =
  /ことはありません|ことはない|ことはございません|ありえません|あり得ません|しないで|しないように|ないように|ないでください|ないで下さい|てはいけ|人は詐欺|注意して|気をつけ|気を付け|聞かれなかった|求められなかった/;
// The secret is the thing to change or reset, not to hand over.
const CHANGE_BEFORE_EN =
  /\b(?:change[ds]?|changing|reset|resetting|update[ds]?|updating|set\s+up|creat(?:e|ed|ing)|cho(?:o)?se|chosen|new|enabl(?:e|ed)|disabl(?:e|ed)|remov(?:e|ed)|forg(?:o|e)t(?:ten)?|lost)\s+(?:my|the|a|your|their)?\s*$/i;
// "a password reset link", "my password manager": the secret names something else.
const SOMETHING_ELSE_AFTER_EN = /^\s*(?:reset|change|recovery\s+(?:link|e-?mail|mail|page)|link|manager|policy|requirements?|rules?|hint)\b/i;
// "asked whether I still had my backup codes" asks about the secret, not for it.
const ASKS_ABOUT_EN = /\b(?:whether|if)\b/i;

const SENTENCE_END = /[。．!?！？\n]+|\.(?:\s+|$)/g;
const MAX_SENTENCE_LENGTH = 400;

function sentencesOf(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  for (const end of text.matchAll(SENTENCE_END)) {
    const stop = end.index + end[0].length;
    spans.push({ start, end: stop });
    start = stop;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  // A wall of text without punctuation is cut into pieces so one long input costs linear time.
  return spans.flatMap((span) => {
    const pieces: TextSpan[] = [];
    for (let from = span.start; from < span.end; from += MAX_SENTENCE_LENGTH) pieces.push({ start: from, end: Math.min(span.end, from + MAX_SENTENCE_LENGTH) });
    return pieces;
  });
}

function requestedInEnglish(sentence: string): boolean {
  for (const secret of sentence.matchAll(SECRET_EN)) {
    // English puts the request before the secret: "asked me for my 2FA code".
    const before = sentence.slice(Math.max(0, secret.index - REQUEST_REACH_EN), secret.index);
    const after = sentence.slice(secret.index + secret[0].length);
    if (CHANGE_BEFORE_EN.test(before) || SOMETHING_ELSE_AFTER_EN.test(after)) continue;
    const request = [...before.matchAll(REQUEST_EN_ALL)].at(-1);
    if (request === undefined || ASKS_ABOUT_EN.test(before.slice(request.index + request[0].length))) continue;
    if (ASKER_EN.test(sentence) || DISCLOSE_EN.test(before)) return true;
  }
  return false;
}

function requestedInJapanese(sentence: string): boolean {
  const asker = ASKER_JA.test(sentence) || ASKER_EN.test(sentence);
  for (const secret of sentence.matchAll(SECRET_JA)) {
    const after = sentence.slice(secret.index + secret[0].length);
    if (ASKED_BY_PERSON_JA.test(after)) return true;
    if (asker && GENERIC_REQUEST_JA.test(after)) return true;
    if (HAND_OVER_JA.test(after) && (asker || !TYPED_IN_JA.test(after))) return true;
  }
  return false;
}

function secretPositions(scan: string): number[] {
  const positions = [...scan.matchAll(SECRET_EN), ...scan.matchAll(SECRET_JA)].map((match) => match.index);
  return positions.sort((a, b) => a - b);
}

/** Sentences that report someone asking the author for a 2FA code, password, seed phrase or key. */
export function findSecretRequests(text: string): SecretRequestMatch[] {
  const normalized = normalizeForDetection(text);
  const scan = normalized.text;
  // Only sentences that name a secret are read further; most reports name none.
  const secrets = secretPositions(scan);
  if (secrets.length === 0) return [];
  const found: SecretRequestMatch[] = [];
  let next = 0;
  for (const span of sentencesOf(scan)) {
    while (next < secrets.length && (secrets[next] ?? 0) < span.start) next += 1;
    if (next >= secrets.length) break;
    if ((secrets[next] ?? 0) >= span.end) continue;
    const sentence = scan.slice(span.start, span.end);
    if (WARNING_EN.test(sentence) || WARNING_JA.test(sentence)) continue;
    if (!requestedInEnglish(sentence) && !requestedInJapanese(sentence)) continue;
    const original = toOriginalSpan(normalized, span);
    found.push({ ...original, text: text.slice(original.start, original.end).trim() });
  }
  return found;
}

export function reportsSecretRequest(text: string): boolean {
  return findSecretRequests(text).length > 0;
}
