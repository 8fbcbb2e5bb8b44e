// Finds exchanges by any of their names: English, Japanese, or an alias, typed in half- or
// full-width, katakana or hiragana, with or without spaces and punctuation.

export type SearchableExchange = {
  slug: string;
  nameEn: string;
  nameJa: string;
  aliases: string[];
};

const KATAKANA_START = 0x30a1;
const KATAKANA_END = 0x30f6;
const KANA_OFFSET = 0x60;

/** NFKC folds full-width letters and half-width katakana; katakana then folds to hiragana. */
export function normalizeForSearch(text: string): string {
  let folded = "";
  for (const char of text.normalize("NFKC").toLowerCase()) {
    const code = char.codePointAt(0) ?? 0;
    folded += code >= KATAKANA_START && code <= KATAKANA_END ? String.fromCodePoint(code - KANA_OFFSET) : char;
  }
  // Separators people type or omit at will: spaces, dots, hyphens, middle dots, brackets.
  return folded.replace(/[\s.\-_・･·()()「」'"]/gu, "");
}

function namesOf(exchange: SearchableExchange): string[] {
  return [exchange.nameEn, exchange.nameJa, exchange.slug, ...exchange.aliases].map(normalizeForSearch).filter(Boolean);
}

/** 0 for an exact name, 1 for a name starting with the query, 2 for a name containing it. */
function matchRank(names: string[], query: string): number | undefined {
  if (names.includes(query)) return 0;
  if (names.some((name) => name.startsWith(query))) return 1;
  if (names.some((name) => name.includes(query))) return 2;
  return undefined;
}

export function searchExchanges<T extends SearchableExchange>(exchanges: readonly T[], query: string): T[] {
  const normalizedQuery = normalizeForSearch(query);
  if (normalizedQuery === "") return [...exchanges];
  return exchanges
    .map((exchange, index) => ({ exchange, index, rank: matchRank(namesOf(exchange), normalizedQuery) }))
    .filter((entry): entry is { exchange: T; index: number; rank: number } => entry.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.exchange);
}
