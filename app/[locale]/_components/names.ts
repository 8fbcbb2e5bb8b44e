// Small display helpers shared by the pages; they only choose among values already loaded.

export function primaryName(exchange: { nameEn: string; nameJa: string }, locale: string): string {
  return locale === "ja" ? exchange.nameJa : exchange.nameEn;
}

export function secondaryName(exchange: { nameEn: string; nameJa: string }, locale: string): string {
  return locale === "ja" ? exchange.nameEn : exchange.nameJa;
}

export function languageName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
}

export function countryName(code: string, locale: string, globalLabel: string): string {
  if (code === "global") return globalLabel;
  return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
}

export function itemLabel(item: { labelEn: string; labelJa: string }, locale: string): string {
  return locale === "ja" ? item.labelJa : item.labelEn;
}
