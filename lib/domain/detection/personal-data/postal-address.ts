// Postal addresses: Japanese (with or without the prefecture, in kanji or romanised) and
// English street addresses.

import type { TextSpan } from "../text/offset-text";

export const PREFECTURE =
  "(?:北海道|東京都|京都府|大阪府|(?:青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟|富山|石川|福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄)県)";
const PLACE_CHAR = String.raw`\p{Script=Han}\p{Script=Katakana}ヶケヵノ々ー`;
const BLOCK_NUMBER = String.raw`(?:(?:\d{1,4}|[一二三四五六七八九十]{1,3})丁目(?:[ ]?\d{1,4}(?:番地?|-)(?:[ ]?\d{1,4}号?)?)?|\d{1,4}番地?(?:[ ]?の?\d{1,4}号?)?|\d{1,4}-\d{1,4}(?:-\d{1,4})?)`;
// A number followed by one of these counts days, people or yen, not a street block.
const NOT_A_COUNT = String.raw`(?![\d日時分秒月年回件週割倍人円個%通枚台歳ヶか])`;
// Town names may contain の (丸の内) and, in Hokkaido, numbered districts (北1条西).
const TOWN = String.raw`(?:[${PLACE_CHAR}の]|\d{1,3}条){0,16}?`;
const JAPANESE_ADDRESS_WITH_PREFECTURE = new RegExp(
  String.raw`${PREFECTURE}[${PLACE_CHAR}\p{Script=Hiragana}]{1,10}?[市区町村郡]${TOWN}[ ]?${BLOCK_NUMBER}${NOT_A_COUNT}`,
  "gu",
);
// Without a prefecture the municipality must still be there; 市場, 区別, 町内 and the like are words.
const JAPANESE_ADDRESS = new RegExp(
  String.raw`(?<![${PLACE_CHAR}])[${PLACE_CHAR}]{1,8}[市区町村郡](?![場民長役販況別間分切域画内外])${TOWN}[ ]?${BLOCK_NUMBER}${NOT_A_COUNT}`,
  "gu",
);
const STREET_TYPE =
  "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Square|Sq|Circle|Cir)";
const STREET_ADDRESS = new RegExp(
  String.raw`(?<![\w.,])\d{1,5}[A-Za-z]?[ ](?:[NSEW]\.?[ ])?(?:[A-Z][a-z]+[ ]){1,3}${STREET_TYPE}\b\.?(?:,?[ ](?:Apt|Apartment|Suite|Ste|Unit|#)\.?[ ]?[A-Za-z0-9-]{1,6})?(?:,[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})?(?:,?[ ][A-Z]{2}(?:[ ]\d{5}(?:-\d{4})?)?\b)?`,
  "gu",
);
const ROMANIZED_JAPANESE_ADDRESS =
  /(?<![\w.,-])\d{1,4}-\d{1,4}(?:-\d{1,4})?[ ][A-Z][a-z]+(?:-[a-z]+)?,[ ]?[A-Z][a-z]+-(?:ku|shi|cho|machi|gun|mura)\b(?:,[ ]?[A-Z][a-z]+)?/g;

export function findPostalAddresses(masked: string): TextSpan[] {
  const patterns = [JAPANESE_ADDRESS_WITH_PREFECTURE, JAPANESE_ADDRESS, STREET_ADDRESS, ROMANIZED_JAPANESE_ADDRESS];
  return patterns.flatMap((pattern) =>
    [...masked.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length })),
  );
}
