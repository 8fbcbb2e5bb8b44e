import { describe, expect, it } from "vitest";
import { splitTextLinks } from "./text-links";

const kraken = ["kraken.com"];

describe("splitTextLinks", () => {
  it("links an official URL and keeps the sentence around it", () => {
    expect(splitTextLinks("See https://support.kraken.com/hc/en-us/articles/360000426923. Then wait.", kraken)).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://support.kraken.com/hc/en-us/articles/360000426923", href: "https://support.kraken.com/hc/en-us/articles/360000426923" },
      { kind: "text", text: ". Then wait." },
    ]);
  });

  it("leaves other and lookalike domains as text", () => {
    for (const text of ["Go to https://kraken-support.com/help now", "https://kraken.com.evil.io/x", "https://kraken.com@evil.example/", "http://xn--krken-7ta.com"]) {
      expect(splitTextLinks(text, kraken)).toEqual([{ kind: "text", text }]);
    }
  });

  it("handles Japanese punctuation around a link and text without links", () => {
    expect(splitTextLinks("FAQ(https://zaif.jp/faq)を読む。", ["zaif.jp"])).toEqual([
      { kind: "text", text: "FAQ(" },
      { kind: "link", text: "https://zaif.jp/faq", href: "https://zaif.jp/faq" },
      { kind: "text", text: ")を読む。" },
    ]);
    expect(splitTextLinks("no links here", kraken)).toEqual([{ kind: "text", text: "no links here" }]);
    expect(splitTextLinks("", kraken)).toEqual([]);
  });
});
