import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "./inline-scripts";

// Expected hashes from `printf '<text>' | openssl dgst -sha256 -binary | base64`, as a browser
// computes them over the UTF-8 text of the script element.
describe("inlineScriptHashes", () => {
  it("hashes each inline script's text exactly, and skips external scripts", () => {
    const html = [
      "<html><head>",
      '<script src="/_next/static/chunks/main.js" async="" nonce="n"></script>',
      '<script nonce="n">(self.__next_f=self.__next_f||[]).push([0])</script>',
      "</head><body><script>doSomething();</script></body></html>",
    ].join("");
    expect(inlineScriptHashes(html)).toEqual(["'sha256-OBTN3RiyCV4Bq7dFqZ5a2pAXjnCcCYeTJMO2I/LYKeo='", "'sha256-RFWPLDbv2BY+rCkDzsE+0fr8ylGr2R2faWMhq4lfEQc='"]);
  });

  it("hashes the UTF-8 bytes of non-ASCII text", () => {
    expect(inlineScriptHashes('<script>const café = "☕";</script>')).toEqual(["'sha256-IFmPoUc0fxYiSUYYLd8drbLEk40tWQYgaQ73vbHVQgQ='"]);
  });

  it("lists a repeated script once, in document order, and finds none in a page without scripts", () => {
    const html = "<script>doSomething();</script><p>text</p><SCRIPT>doSomething();</SCRIPT >";
    expect(inlineScriptHashes(html)).toEqual(["'sha256-RFWPLDbv2BY+rCkDzsE+0fr8ylGr2R2faWMhq4lfEQc='"]);
    expect(inlineScriptHashes("<p>no scripts</p>")).toEqual([]);
  });

  it("treats an element whose attributes only mention src in a value as inline", () => {
    const hashes = inlineScriptHashes('<script data-note="no-src=here">doSomething();</script>');
    expect(hashes).toEqual(["'sha256-RFWPLDbv2BY+rCkDzsE+0fr8ylGr2R2faWMhq4lfEQc='"]);
  });
});
