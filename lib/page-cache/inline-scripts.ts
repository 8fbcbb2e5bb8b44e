import { createHash } from "node:crypto";

// A cached page is the same bytes for every reader, so it cannot carry a per-request nonce. Its
// Content-Security-Policy lists the hashes of its inline scripts instead (CSP Level 2 hash
// sources): a browser runs an inline script only if the SHA-256 of its text is listed, so an
// injected script still does not run.

// An inline script element: no src attribute, its text up to the first </script> (the HTML
// parser ends a script element there; React and Next escape "</" inside their script text).
const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i;

/** The distinct CSP hash sources ('sha256-…') of the inline scripts in a page, in document order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", text = ""] of html.matchAll(SCRIPT_ELEMENT)) {
    if (SRC_ATTRIBUTE.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}
