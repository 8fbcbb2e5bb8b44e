import { describe, expect, it } from "vitest";
import { differsFrom } from "../../app/[locale]/reports/_components/draft-store";
import { eventRows, formDefaults, itemRows, listOf } from "../../app/[locale]/reports/_components/form-values";

// The report form's readings of Conform's form value: what the live parts of the page (durations,
// personal-data scan, draft offer) see of the inputs.

describe("listOf", () => {
  it("reads one posted value as a list of one, and nothing as an empty list", () => {
    expect(listOf(undefined)).toEqual([]);
    expect(listOf("ja")).toEqual(["ja"]);
    expect(listOf(["ja", "en"])).toEqual(["ja", "en"]);
  });
});

describe("eventRows", () => {
  it("gives every row every field, as text", () => {
    expect(eventRows([{ kind: "CONTACTED", day: "2026-01-05" }, undefined])).toEqual([
      { kind: "CONTACTED", day: "2026-01-05", time: "", note: "", language: "", noteTranslation: "" },
      { kind: "", day: "", time: "", note: "", language: "", noteTranslation: "" },
    ]);
    expect(eventRows(undefined)).toEqual([]);
  });
});

describe("itemRows", () => {
  it("numbers the ticked rows among themselves, as the schema's error paths do", () => {
    const rows = itemRows([{ note: "" }, { code: "PASSPORT", note: "front" }, undefined, { code: "OTHER", note: "letter" }], ["FULL_NAME", "PASSPORT", "PHONE", "OTHER"]);
    expect(rows.map((row) => [row.code, row.ticked, row.tickedIndex, row.note])).toEqual([
      ["FULL_NAME", false, -1, ""],
      ["PASSPORT", true, 0, "front"],
      ["PHONE", false, -1, ""],
      ["OTHER", true, 1, "letter"],
    ]);
  });

  it("does not count a row whose code is another item's", () => {
    expect(itemRows([{ code: "PHONE" }], ["FULL_NAME"])[0]?.ticked).toBe(false);
  });
});

describe("formDefaults", () => {
  const vocabulary = ["FULL_NAME", "PASSPORT", "OTHER"];

  it("starts a new report in the author's language, with the exchange asked for", () => {
    expect(formDefaults({ exchangeSlug: "zaif", locale: "ja", idempotencyKey: "key", vocabulary })).toEqual({ idempotencyKey: "key", exchangeSlug: "zaif", inquiryLanguage: "ja", textLanguage: "ja" });
  });

  it("puts a stored report's items at their places in the vocabulary", () => {
    const stored = { requiredItems: [{ code: "OTHER", note: "bank letter" }] } as Parameters<typeof formDefaults>[0]["stored"];
    const defaults = formDefaults({ stored, exchangeSlug: "zaif", locale: "en", idempotencyKey: "key", vocabulary });
    expect(defaults).toMatchObject({ idempotencyKey: "key", requiredItems: [{}, {}, { code: "OTHER", note: "bank letter", noteTranslation: "" }] });
  });
});

describe("differsFrom", () => {
  const shown = { idempotencyKey: "a", exchangeSlug: "coincheck", inquiryLanguage: "en", textLanguage: "en" };

  it("sees nothing new in a draft of an untouched form", () => {
    const draft = { idempotencyKey: "b", locale: "en", exchangeSlug: "coincheck", contactPath: "", inquiryLanguage: "en", textLanguage: "en", requiredItems: [{ note: "" }, { note: "" }] };
    expect(differsFrom(draft, shown)).toBe(false);
  });

  it("sees one ticked box as the same as a list of one", () => {
    expect(differsFrom({ idempotencyKey: "b", replyLanguages: "ja" }, { replyLanguages: ["ja"] })).toBe(false);
  });

  it("sees what the author wrote", () => {
    expect(differsFrom({ ...shown, contactPath: "Help → Contact form" }, shown)).toBe(true);
    expect(differsFrom({ ...shown, events: [{ kind: "CONTACTED", day: "" }] }, shown)).toBe(true);
  });
});
