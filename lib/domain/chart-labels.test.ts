import { describe, expect, it } from "vitest";
import { estimateTextWidth, fitLabel } from "./chart-labels";

describe("fitLabel", () => {
  const box = { maxWidth: 130, fontSize: 13 };

  it("keeps a name that fits", () => {
    expect(fitLabel("Kraken", box)).toBe("Kraken");
    expect(fitLabel("DMM Bitcoin", box)).toBe("DMM Bitcoin");
  });

  it("cuts a long Latin name with an ellipsis, and the result fits", () => {
    const label = fitLabel("TradeKura Exchange", box);
    expect(label).not.toBe("TradeKura Exchange");
    expect(label.endsWith("…")).toBe(true);
    expect("TradeKura Exchange".startsWith(label.slice(0, -1))).toBe(true);
    expect(estimateTextWidth(label, 13)).toBeLessThanOrEqual(130);
  });

  it("counts kana and kanji as a full em, so Japanese names are cut sooner", () => {
    expect(estimateTextWidth("オーケーエックス", 13)).toBe(8 * 13);
    expect(fitLabel("オーケーエックス", box)).toBe("オーケーエックス");
    const label = fitLabel("エスビーアイヴイシートレード", box);
    expect(label).toBe("エスビーアイヴイシ…");
    expect(estimateTextWidth(label, 13)).toBeLessThanOrEqual(130);
  });

  it("drops a space before the ellipsis and never splits a surrogate pair", () => {
    expect(fitLabel("Coin Exchange International", { maxWidth: 40, fontSize: 13 })).toBe("Coin…");
    expect(fitLabel("𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷", box)).toBe("𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷…");
  });
});
