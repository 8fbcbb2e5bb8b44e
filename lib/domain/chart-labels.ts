// Labels drawn inside an SVG cannot be measured on the server, so their width is estimated from
// the characters, erring wide: a label that fits its estimate fits the fonts the app ships for
// Latin and Japanese text. Used where a label must not run out of the chart.

const NARROW = new Set([..."iljtfrI.,:;'!|()[] "]);
const WIDE = new Set([..."mwMW@%"]);

// East Asian wide and full-width characters (kana, CJK ideographs, Hangul, full-width forms) take a
// whole em; everything else at most three quarters of one.
function isFullWidth(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    codePoint >= 0x20000
  );
}

/** Estimated width of one character, in ems. */
export function characterWidthEm(character: string): number {
  const codePoint = character.codePointAt(0) ?? 0;
  if (isFullWidth(codePoint)) return 1;
  if (NARROW.has(character)) return 0.35;
  if (WIDE.has(character)) return 0.9;
  if (character >= "A" && character <= "Z") return 0.75;
  return 0.62;
}

/** Estimated width of a text at a font size, in the same unit as the size. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) ems += characterWidthEm(character);
  return ems * fontSize;
}

/**
 * The text as it is when its estimated width fits `maxWidth`, otherwise cut at a character
 * boundary (never inside a surrogate pair) and ended with "…" so that the whole still fits.
 */
export function fitLabel(text: string, { maxWidth, fontSize }: { maxWidth: number; fontSize: number }): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const ellipsis = "…";
  let width = estimateTextWidth(ellipsis, fontSize);
  let kept = "";
  for (const character of text) {
    width += characterWidthEm(character) * fontSize;
    if (width > maxWidth) break;
    kept += character;
  }
  return `${kept.trimEnd()}${ellipsis}`;
}
