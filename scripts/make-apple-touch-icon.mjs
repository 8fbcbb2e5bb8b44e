// Draws public/apple-touch-icon.png (180 × 180, what iOS asks for at /apple-touch-icon.png) from
// app/icon.svg, so the two never disagree. Run again after changing the icon:
//   node scripts/make-apple-touch-icon.mjs
// sharp comes with Next (its image optimiser), so this needs nothing else installed. The corners
// are square and opaque: iOS rounds them itself and would fill transparent ones with black.
import { readFileSync } from "node:fs";
import sharp from "sharp";

const svg = readFileSync(new URL("../app/icon.svg", import.meta.url), "utf8").replace(/ rx="[^"]*"/, "");
await sharp(Buffer.from(svg), { density: (180 / 32) * 72 })
  .resize(180, 180)
  .flatten({ background: "#0f766e" })
  .png({ compressionLevel: 9 })
  .toFile(new URL("../public/apple-touch-icon.png", import.meta.url).pathname);
