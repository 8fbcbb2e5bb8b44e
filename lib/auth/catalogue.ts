import "server-only";
import enAuth from "../../messages/en/auth.json";
import jaAuth from "../../messages/ja/auth.json";
import type { Locale } from "../i18n/routing";

// The "auth" catalogue for text made outside a page render: e-mails, new accounts' pseudonyms.
const catalogues: Record<Locale, typeof enAuth> = { en: enAuth, ja: jaAuth };

export function authCatalogue(locale: Locale): typeof enAuth {
  return catalogues[locale];
}
