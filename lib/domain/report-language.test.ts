import { describe, expect, it } from "vitest";
import { chooseReportText, localizeGuideTexts, pickText } from "./report-language";

describe("chooseReportText", () => {
  const japaneseWithEnglish = { textLanguage: "ja", translationLanguage: "en" };

  it("shows the original to a reader of its language", () => {
    expect(chooseReportText(japaneseWithEnglish, "ja")).toEqual({ kind: "original", language: "ja" });
  });

  it("shows the author's translation to a reader of the translation's language", () => {
    expect(chooseReportText(japaneseWithEnglish, "en")).toEqual({ kind: "translation", language: "en", originalLanguage: "ja" });
  });

  it("shows the original, marked untranslated, when nothing is in the reader's language", () => {
    expect(chooseReportText({ textLanguage: "en", translationLanguage: null }, "ja")).toEqual({ kind: "untranslated", language: "en" });
    expect(chooseReportText({ textLanguage: "zh", translationLanguage: "en" }, "ja")).toEqual({ kind: "untranslated", language: "zh" });
  });

  it("never calls an original a translation, whatever the translation language says", () => {
    expect(chooseReportText({ textLanguage: "en", translationLanguage: "en" }, "en").kind).toBe("original");
  });
});

describe("pickText", () => {
  const translation = chooseReportText({ textLanguage: "ja", translationLanguage: "en" }, "en");
  const original = chooseReportText({ textLanguage: "ja", translationLanguage: "en" }, "ja");

  it("gives the translation with its original beside it", () => {
    expect(pickText("二段階認証を解除", "2FA removed", translation, "ja")).toEqual({
      text: "2FA removed",
      language: "en",
      original: { text: "二段階認証を解除", language: "ja" },
    });
  });

  it("falls back to the original, in the original's language, for a field the author did not translate", () => {
    expect(pickText("二段階認証を解除", null, translation, "ja")).toEqual({ text: "二段階認証を解除", language: "ja", original: null });
  });

  it("gives the original to a reader of the original's language, ignoring the translation", () => {
    expect(pickText("二段階認証を解除", "2FA removed", original, "ja")).toEqual({ text: "二段階認証を解除", language: "ja", original: null });
  });

  it("gives nothing for an empty field", () => {
    expect(pickText(null, null, translation, "ja")).toBeNull();
    expect(pickText(null, null, original, "ja")).toBeNull();
  });
});

describe("localizeGuideTexts", () => {
  const report = {
    id: "r1",
    textLanguage: "ja",
    translationLanguage: "en",
    contactPath: "ヘルプセンター → 問い合わせフォーム",
    contactPathTranslation: "Help Center → contact form",
    tips: "丸める。",
    tipsTranslation: null,
    requiredItems: [{ code: "PHONE", note: "登録した電話番号", noteTranslation: "Registered phone number" }],
  };

  it("gives an English reader the author's English, keeping untranslated texts in the original", () => {
    const shown = localizeGuideTexts(report, "en");
    expect(shown).toMatchObject({ contactPath: "Help Center → contact form", tips: "丸める。", shownLanguage: "en", id: "r1" });
    expect(shown.requiredItems[0]).toMatchObject({ code: "PHONE", note: "Registered phone number" });
  });

  it("gives a Japanese reader the original", () => {
    expect(localizeGuideTexts(report, "ja")).toMatchObject({ contactPath: "ヘルプセンター → 問い合わせフォーム", tips: "丸める。", shownLanguage: "ja" });
  });
});
