import enCatalogue from "../../../messages/en/reportForm.json";
import jaCatalogue from "../../../messages/ja/reportForm.json";
import { holdReasonsFor, type HoldReason } from "../../domain/detection/hold";
import { redactPersonalData, type RedactionLabels } from "../../domain/detection/personal-data";

// Every free text an author writes is screened before it is stored. Scam contacts (phone numbers,
// messenger handles, e-mail addresses, links outside the exchange's official domains, recovery
// offers) and a report that support asked for a secret (2FA code, password, seed phrase: someone
// impersonated support, or the report is bait) hold the report for review, with the reasons in
// heldReasons. Personal data the author left in is then replaced by placeholders, so the stored
// text never holds it. Contacts are judged on the text as written: a support number the author
// typed still holds the report even though the number itself is removed before storing.
// The author's translation goes through the same screen as the original, with placeholders in
// the translation's language: a contact or a passport number in either language is caught.

// Placeholders in the language the report is written in, from the form's catalogue.
const englishLabels: RedactionLabels = enCatalogue.reportForm.redaction;
const japaneseLabels: RedactionLabels = jaCatalogue.reportForm.redaction;

export type ScreenText = (text: string | undefined) => string | null;
/** `screen` for the original's texts, `screenTranslation` for the translation's (null without one). */
export type Screens = { screen: ScreenText; screenTranslation: ScreenText };

export function createScreen(officialDomains: readonly string[], textLanguage: string, translationLanguage: string | null = null) {
  const reasons = new Set<HoldReason>();
  const screenIn =
    (language: string): ScreenText =>
    (text) => {
      if (text === undefined || text === "") return null;
      for (const reason of holdReasonsFor(text, { officialDomains })) reasons.add(reason);
      return redactPersonalData(text, undefined, { labels: language === "ja" ? japaneseLabels : englishLabels });
    };
  const screens: Screens = { screen: screenIn(textLanguage), screenTranslation: translationLanguage ? screenIn(translationLanguage) : () => null };
  return { ...screens, screens, reasons };
}
