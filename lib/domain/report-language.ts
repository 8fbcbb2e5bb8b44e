// Which language a reader sees a report's free text in. An author writes in one language and may
// add their own translation into one other; a reader sees the version in their own language when
// there is one, and otherwise the original with a plain statement that no translation exists.
// Machine translation is deliberately absent: a wrong "tier 3" or amount would mislead.

export type ReportLanguages = { textLanguage: string; translationLanguage: string | null };

/**
 * - "original": the reader's language is the one the author wrote in.
 * - "translation": the author translated the report into the reader's language; the original
 *   stays available beside it.
 * - "untranslated": neither the original nor a translation is in the reader's language.
 */
export type ReportTextChoice =
  | { kind: "original"; language: string }
  | { kind: "translation"; language: string; originalLanguage: string }
  | { kind: "untranslated"; language: string };

export function chooseReportText(report: ReportLanguages, readerLanguage: string): ReportTextChoice {
  if (report.textLanguage === readerLanguage) return { kind: "original", language: report.textLanguage };
  if (report.translationLanguage === readerLanguage) {
    return { kind: "translation", language: readerLanguage, originalLanguage: report.textLanguage };
  }
  return { kind: "untranslated", language: report.textLanguage };
}

/** One text as shown: what to print, the language to mark it with, and the original when it differs. */
export type ShownText = { text: string; language: string; original: { text: string; language: string } | null };

/**
 * One field of the report under `choice`. A translation may leave a field out (an author who
 * translated the tips but not a timeline note); that field then shows its original, marked with
 * the original's language.
 */
export function pickText(original: string | null, translation: string | null, choice: ReportTextChoice, textLanguage: string): ShownText | null {
  if (choice.kind === "translation" && translation) {
    return { text: translation, language: choice.language, original: original ? { text: original, language: textLanguage } : null };
  }
  if (original) return { text: original, language: textLanguage, original: null };
  return null;
}


/** The free texts of a report with their translations, as lib/data loads them. */
export type TranslatableReport = ReportLanguages & {
  contactPath: string;
  contactPathTranslation: string | null;
  tips: string | null;
  tipsTranslation: string | null;
  requiredItems: readonly { note: string | null; noteTranslation: string | null }[];
};

/**
 * The report with the texts a guide quotes (contact path, tips, required-item notes) in the
 * reader's language where the author gave one, and `shownLanguage`, the language they are in.
 */
export function localizeGuideTexts<R extends TranslatableReport>(report: R, readerLanguage: string): R & { shownLanguage: string } {
  const choice = chooseReportText(report, readerLanguage);
  const text = (original: string | null, translation: string | null) => pickText(original, translation, choice, report.textLanguage)?.text ?? null;
  return {
    ...report,
    contactPath: text(report.contactPath, report.contactPathTranslation) ?? "",
    tips: text(report.tips, report.tipsTranslation),
    requiredItems: report.requiredItems.map((item) => ({ ...item, note: text(item.note, item.noteTranslation) })),
    shownLanguage: choice.language,
  };
}
