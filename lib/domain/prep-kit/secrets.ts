// Finds secrets in what a person types into the prep kit: a 2FA code, a password, a seed phrase
// or a private key. No exchange's support needs any of them to reset 2FA, and anyone who asks is
// not support, so the kit refuses to put them into a message. Unlike detection/secret-requests.ts,
// which reads reports *about* being asked, this looks for the secret itself: a value after a
// secret's name ("my password is …", 「認証コードは…」), or a value shaped like one (six digits,
// twelve or more seed words, 64 hex characters, a WIF key). Naming a secret without a value
// ("I cannot produce a 2FA code") is fine: the drafted message says exactly that.

import { normalizeForDetection } from "../detection/normalize";
import { toOriginalSpan, type TextSpan } from "../detection/text/offset-text";

export const SECRET_KINDS = ["OTP_CODE", "PASSWORD", "SEED_PHRASE", "PRIVATE_KEY"] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

export type SecretFinding = TextSpan & { kind: SecretKind };

// Names of secrets, most specific first so "one-time password" is a code, not a password.
const NAMES: { kind: SecretKind; pattern: string }[] = [
  {
    kind: "OTP_CODE",
    pattern: String.raw`(?:2fa|two[- ]?factor|2[- ]?step|mfa|authenticator|authy|totp|otp|one[- ]?time|sms|verification|security|auth|login|backup|recovery|google)\s*(?:app\s+)?(?:code|codes|pin)|one[- ]?time\s+password|ワンタイム(?:パスワード|コード)|(?:認証|確認|セキュリティ|バックアップ|リカバリー)コード|2段階認証の?(?:コード|番号)|二段階認証の?(?:コード|番号)|\bcodes?\b`,
  },
  { kind: "SEED_PHRASE", pattern: String.raw`(?:seed|recovery|mnemonic|backup|secret\s+recovery|wallet|(?:12|24)[- ]word)\s+(?:phrase|words)|\bseed\b|mnemonic|シードフレーズ|シード|リカバリーフレーズ|復元フレーズ|ニーモニック` },
  { kind: "PRIVATE_KEY", pattern: String.raw`private\s*key|privkey|secret\s*key|秘密鍵|秘密キー|プライベートキー|シークレットキー` },
  { kind: "PASSWORD", pattern: String.raw`p[a@4]ss?\s?(?:w[o0]rd|phrase|code)|passwd|\bpwd?\b|暗証番号|パスワード|パスフレーズ` },
];

// Words that follow "password is" without being a password: "my password is not the problem".
const NOT_A_VALUE = new Set(
  "not the a an same still correct fine known unknown lost forgotten ok okay also never required needed changed reset missing wrong right different saved stored written working valid invalid there here what that this too".split(" "),
);

// A value introduced by "is", a colon, an equals sign or は; in English up to three words may
// stand between the name and "is" ("the password I use is …").
const INTRODUCER = String.raw`(?:(?:\s+[a-z']{1,10}){0,3}?\s+(?:is|was|are|were)\s*:?|\s*[:=\-–→]|\s*は|\s*[「"'])\s*[「"']?`;
const VALUE = String.raw`([^\s「」"'、。,]{3,120})`;
const BARE_VALUE = String.raw`\s+([^\s「」"'、。,]{3,120})`;

// A code may be spaced ("482 913"), so digits are read as one value before anything else.
const CODE_VALUE = String.raw`(\d(?:[ -]?\d){3,7}(?!\d)|[^\s「」"'、。,]{3,120})`;

const NAMED_VALUES = NAMES.map(({ kind, pattern }) => ({
  kind,
  introduced: new RegExp(`(?:${pattern})${INTRODUCER}${kind === "OTP_CODE" ? CODE_VALUE : VALUE}`, "gi"),
  // "passwd Zaif2017": with no "is" or colon, only a value with a digit or symbol counts.
  bare: new RegExp(`(?:${pattern})${BARE_VALUE}`, "gi"),
}));

const OTP_VALUE = /^\d(?:[ -]?\d){3,7}$|^[a-z0-9]{4}-[a-z0-9]{4}$/i;
const HAS_DIGIT_OR_SYMBOL = /[\d!@#$%^&*_+=~?<>|/\\]/;

function valueCounts(kind: SecretKind, value: string, bare: boolean): boolean {
  if (NOT_A_VALUE.has(value.toLowerCase())) return false;
  // Japanese after は is a sentence going on (パスワードは覚えています), not a value.
  if (/^[\u3040-\u30ff\u3400-\u9fff]/.test(value)) return false;
  if (kind === "OTP_CODE") return OTP_VALUE.test(value) || (!bare && /^\d{4,8}/.test(value));
  if (bare) return HAS_DIGIT_OR_SYMBOL.test(value) && kind !== "SEED_PHRASE";
  return value.length >= (kind === "PASSWORD" ? 4 : 3);
}

// A group of six digits, perhaps spaced ("482 913", "4 8 2 9 1 3"), standing alone: the shape of
// a 2FA code. Longer numbers (phones, account numbers) and amounts, dates and ticket numbers are not.
const DIGIT_RUN = /\d(?:[ -]?\d)*/g;
const AMOUNT_AFTER = /^\s?(?:yen|円|jpy|usd|btc|eth|mona|xrp|万|%|ドル|枚)/i;
const NUMBER_BEFORE = /(?:(?:\b(?:no\.?|id|number|ticket)|番号|問い合わせ)\s*[:#]?|#|[¥$€£])\s*$/i;

function bareCodes(text: string): TextSpan[] {
  const found: TextSpan[] = [];
  for (const match of text.matchAll(DIGIT_RUN)) {
    const digits = match[0].replace(/[ -]/g, "").length;
    if (digits !== 6) continue;
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 12), start);
    const after = text.slice(end, end + 6);
    if (/[\w.,]$/.test(before) || /^[.,/:]\d/.test(after) || /^[a-z]/i.test(after)) continue;
    if (AMOUNT_AFTER.test(after) || NUMBER_BEFORE.test(before)) continue;
    found.push({ start, end });
  }
  return found;
}

// BIP-39 words are 3 to 8 letters; everyday prose has short function words that break a run.
const WORD_TOKEN = /^[a-z]{3,8}$/i;
const FUNCTION_WORDS = new Set(
  "the and was for with that this from have had has are were been did not but your our their his her its can would could should there which who how than then very yes please into".split(" "),
);
const NUMBERING = /^\d{1,2}[.):]?$/;
const KANA_WORD = /^[\u3040-\u309f\u30a0-\u30ff]{2,12}$/;
const MIN_SEED_WORDS = 12;

function seedWordRuns(text: string): TextSpan[] {
  const found: TextSpan[] = [];
  let runStart = -1;
  let runEnd = -1;
  let words = 0;
  let script: "latin" | "kana" | null = null;
  const close = () => {
    if (words >= MIN_SEED_WORDS) found.push({ start: runStart, end: runEnd });
    words = 0;
    script = null;
  };
  for (const token of text.matchAll(/[^\s,、，]+/g)) {
    const word = token[0];
    if (NUMBERING.test(word)) continue;
    const tokenScript = WORD_TOKEN.test(word) && !FUNCTION_WORDS.has(word.toLowerCase()) ? "latin" : KANA_WORD.test(word) ? "kana" : null;
    if (tokenScript === null || (script !== null && tokenScript !== script)) {
      close();
      if (tokenScript === null) continue;
    }
    if (words === 0) runStart = token.index;
    script = tokenScript;
    words += 1;
    runEnd = token.index + word.length;
  }
  close();
  return found;
}

const KEY_SHAPES: RegExp[] = [
  /(?<![0-9a-f])(?:0x)?[0-9a-f]{64}(?![0-9a-f])/gi,
  // Wallet Import Format (Bitcoin private keys): base58, 51 characters from 5 or 52 from K/L.
  /(?<![1-9A-HJ-NP-Za-km-z])(?:5[1-9A-HJ-NP-Za-km-z]{50}|[KL][1-9A-HJ-NP-Za-km-z]{51})(?![1-9A-HJ-NP-Za-km-z])/g,
  /\b[xyz]prv[1-9A-HJ-NP-Za-km-z]{100,112}\b/g,
];

/**
 * Every secret in `text`, with its span in the text as written, in order of position.
 * `numberExpected`: the field asks for a number (a user ID), so six digits alone are not a code.
 */
export function findSecrets(text: string, { numberExpected = false }: { numberExpected?: boolean } = {}): SecretFinding[] {
  const normalized = normalizeForDetection(text);
  const scan = normalized.text;
  const found: { kind: SecretKind; span: TextSpan }[] = [];
  for (const { kind, introduced, bare } of NAMED_VALUES) {
    for (const [pattern, isBare] of [
      [introduced, false],
      [bare, true],
    ] as const) {
      for (const match of scan.matchAll(pattern)) {
        const value = match[1] ?? "";
        if (valueCounts(kind, value, isBare)) found.push({ kind, span: { start: match.index, end: match.index + match[0].length } });
      }
    }
  }
  if (!numberExpected) for (const span of bareCodes(scan)) found.push({ kind: "OTP_CODE", span });
  for (const span of seedWordRuns(scan)) found.push({ kind: "SEED_PHRASE", span });
  for (const shape of KEY_SHAPES) for (const match of scan.matchAll(shape)) found.push({ kind: "PRIVATE_KEY", span: { start: match.index, end: match.index + match[0].length } });
  return found
    .map(({ kind, span }) => ({ kind, ...toOriginalSpan(normalized, span) }))
    .sort((a, b) => a.start - b.start || SECRET_KINDS.indexOf(a.kind) - SECRET_KINDS.indexOf(b.kind));
}

/** The kinds of secret in `text`, each once, in SECRET_KINDS order. */
export function secretKindsIn(text: string, options?: { numberExpected?: boolean }): SecretKind[] {
  const kinds = new Set(findSecrets(text, options).map((finding) => finding.kind));
  return SECRET_KINDS.filter((kind) => kinds.has(kind));
}
