import { roundDaysForDisplay } from "../stats/display";

// The words on a guide's link-preview image. The image renderer has only its bundled Latin font
// (nothing is downloaded at run time, and no Japanese font ships with the app), so the image is in
// English for both languages and names the exchange by its romanised name; the page's title and
// description, which previews show beside it, are in the reader's language.

export type GuideCardFacts = { nameEn: string; n: number; medianResolutionDays: number | null };

export type GuideCardLines = { site: string; name: string; figure: string; sample: string };

/**
 * Only characters the bundled font draws (Latin, general punctuation): anything else would be
 * drawn as nothing, or make the renderer fetch a font or emoji image from the network.
 */
export function latinOnly(text: string): string {
  return text.replace(/[^\u0020-\u007E\u00A0-\u024F\u2010-\u2027\u2030-\u205E]/g, "").replace(/\s+/g, " ").trim();
}

export function guideCardLines({ nameEn, n, medianResolutionDays }: GuideCardFacts, siteName: string): GuideCardLines {
  const days = medianResolutionDays === null ? null : roundDaysForDisplay(medianResolutionDays);
  return {
    site: latinOnly(siteName),
    name: latinOnly(nameEn) || "Exchange",
    figure: days === null ? "Median time to resolution: not enough reports yet" : `Median time to resolution: ${days} ${days === 1 ? "day" : "days"}`,
    sample: `n = ${n} ${n === 1 ? "report" : "reports"}`,
  };
}
