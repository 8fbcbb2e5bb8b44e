// Exact balances: amounts in yen, dollars or coins written to the last digit, which identify a
// person on-chain and at the exchange. Rounded and approximate figures are left alone.

import type { TextSpan } from "../text/offset-text";
import { textBefore } from "./context";

const AMOUNT = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const FIAT_SUFFIXES = ["円", "万円", "億円", "yen", "Yen", "JPY", "USD", "EUR", "GBP", "ドル", "ユーロ", "ポンド"];
const FIAT_PREFIXES = ["US$", "$", "¥", "€", "£", "USD", "JPY", "EUR", "GBP"];
// Case-sensitive on purpose: "etc", "dot" and "link" are English words.
const COIN_UNITS = [
  ...["BTC", "ETH", "XRP", "LTC", "BCH", "SOL", "ADA", "DOGE", "TRX", "XLM", "DOT", "BNB", "MATIC", "POL", "MONA"],
  ...["XEM", "ETC", "LSK", "SHIB", "USDT", "USDC", "DAI", "AVAX", "ATOM", "XTZ", "QTUM", "IOST", "SAND", "APE"],
  ...["btc", "eth", "xrp", "ltc", "usdt", "usdc", "sats", "sat", "satoshi", "satoshis", "Satoshi"],
  ...["ビットコイン", "イーサリアム", "イーサ", "リップル", "ライトコイン", "ドージコイン", "モナコイン"],
];
const COIN_PREFIXES = ["BTC", "ETH", "XRP", "USDT", "USDC"];
const escapeForRegex = (text: string) => text.replace(/[$.*+?()[\]{}|^\\]/g, "\\$&");
const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map(escapeForRegex).join("|");
const AMOUNT_WITH_SUFFIX = new RegExp(
  String.raw`(?<![\d.,A-Za-z])(${AMOUNT})[ ]?(${alternation([...FIAT_SUFFIXES, ...COIN_UNITS])})(?![A-Za-z])`,
  "g",
);
const AMOUNT_WITH_PREFIX = new RegExp(
  String.raw`(?<![A-Za-z0-9$])(${alternation([...FIAT_PREFIXES, ...COIN_PREFIXES])})[ ]?(${AMOUNT})(?![\d.,]\d|[A-Za-z])`,
  "g",
);
const APPROXIMATION_BEFORE =
  /(?:about|around|approx\.?|approximately|roughly|nearly|almost|over|under|more than|less than|at least|up to|~|〜|～|約|およそ|大体|だいたい|ほぼ|概ね|おおよそ|ざっと)[ ]*$/i;
const APPROXIMATION_AFTER = /^[ ]*(?:程度|くらい|ぐらい|位|ほど|前後|強|弱|近く|以上|以下|未満|ちょっと|ish\b)/;
// Figures a wallet shows to the last digit identify a person on-chain and at the exchange;
// a rounded figure does not. Coins count from 4 significant digits, fiat from 5 (¥12,345).
const MIN_SIGNIFICANT_DIGITS_COIN = 4;
const MIN_SIGNIFICANT_DIGITS_FIAT = 5;
const MIN_SIGNIFICANT_DIGITS_IF_APPROXIMATE = 6;

function countSignificantDigits(amount: string): number {
  return amount.replace(/[^\d]/g, "").replace(/^0+/, "").replace(/0+$/, "").length;
}

function isExactAmount(masked: string, start: number, end: number, amount: string, unit: string): boolean {
  const isCoin = COIN_UNITS.includes(unit) || COIN_PREFIXES.includes(unit);
  const significant = countSignificantDigits(amount);
  const approximate =
    APPROXIMATION_BEFORE.test(textBefore(masked, start, 16)) || APPROXIMATION_AFTER.test(masked.slice(end, end + 8));
  if (approximate) return significant >= MIN_SIGNIFICANT_DIGITS_IF_APPROXIMATE;
  return significant >= (isCoin ? MIN_SIGNIFICANT_DIGITS_COIN : MIN_SIGNIFICANT_DIGITS_FIAT);
}

export function findExactBalances(masked: string): TextSpan[] {
  const found: TextSpan[] = [];
  for (const match of masked.matchAll(AMOUNT_WITH_SUFFIX)) {
    const end = match.index + match[0].length;
    if (isExactAmount(masked, match.index, end, match[1] ?? "", match[2] ?? "")) found.push({ start: match.index, end });
  }
  for (const match of masked.matchAll(AMOUNT_WITH_PREFIX)) {
    const end = match.index + match[0].length;
    if (isExactAmount(masked, match.index, end, match[2] ?? "", match[1] ?? "")) found.push({ start: match.index, end });
  }
  return found;
}
