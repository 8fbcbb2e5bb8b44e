// Reads a messenger's name written to dodge a filter. A pass of ./normalize's prepareForDetection.

import { toLatinLetter } from "./character-tables";
import { rewriteNormalized, type NormalizedText } from "./offset-text";

const MESSENGER_WORDS = new Set([
  "telegram", "whatsapp", "signal", "line", "discord", "wechat", "skype", "kakao", "kakaotalk", "viber", "threema", "instagram",
]);
const MIXED_SCRIPT_WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]{4,12}/gu;
const SPELLED_OUT_WORD = /(?<![\p{L}\p{N}])\p{L}([ .\-_*・])\p{L}(?:\1\p{L}){2,10}(?![\p{L}\p{N}])/gu;

/**
 * Reads a messenger's name written to dodge a filter: with Cyrillic or Greek letters mixed in
 * (Теlеgrаm) or spelled out letter by letter (T.e.l.e.g.r.a.m, W h a t s A p p). Other words are
 * left alone: a lookalike in a domain name is evidence of a spoofed link and must stay visible.
 */
export function revealDisguisedMessengerNames(source: NormalizedText): NormalizedText {
  const mixed = source.text.replace(MIXED_SCRIPT_WORD, (word: string) => {
    if (/^[A-Za-z]*$/.test(word)) return word;
    const latin = [...word].map(toLatinLetter).join("");
    return latin.length === word.length && MESSENGER_WORDS.has(latin.toLowerCase()) ? latin : word;
  });
  const unmixed: NormalizedText = mixed === source.text ? source : { ...source, text: mixed };
  return rewriteNormalized(unmixed, SPELLED_OUT_WORD, (match) => {
    const word = [...match[0].split(match[1] ?? " ").join("")].map(toLatinLetter).join("");
    return MESSENGER_WORDS.has(word.toLowerCase()) ? word : undefined;
  });
}
