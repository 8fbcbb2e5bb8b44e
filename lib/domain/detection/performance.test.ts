// Regression guard against catastrophic backtracking: every pattern meets 100 KB of the input
// most likely to make it retry (long digit runs, separator and space runs, "a@a@a", long hex,
// kanji digits). A pattern that starts with an unbounded quantifier (`[ ]+at`) or a lookbehind
// ending in one retries a whole run from each of its positions; such runs found here were 100 KB
// of spaces (20 s before the fix). The bound is generous on purpose, so a slow CI machine does not fail it; the figures
// are printed, and the real target is well under 100 ms per scan.

import { describe, expect, it } from "vitest";
import { BENIGN_REPORT_SAMPLES, CORPUS_OFFICIAL_DOMAINS, SCAM_CONTACT_SAMPLES } from "./corpus/scam-contacts";
import { findPersonalData, redactPersonalData } from "./personal-data";
import { findScamContacts } from "./scam-contacts";

const INPUT_SIZE = 100_000;
const MAX_SCAN_MS = 1000;

const repeatTo100Kb = (unit: string) => unit.repeat(Math.ceil(INPUT_SIZE / unit.length)).slice(0, INPUT_SIZE);

const ADVERSARIAL_INPUTS: ReadonlyArray<readonly [name: string, text: string]> = [
  ["digit run", repeatTo100Kb("0")],
  ["digits spaced", repeatTo100Kb("0 ")],
  ["digits dashed", repeatTo100Kb("1-")],
  ["digits dotted", repeatTo100Kb("1.")],
  ["digits in brackets", repeatTo100Kb("(0)")],
  ["plus signs and digits", repeatTo100Kb("+1 ")],
  ["separator run", repeatTo100Kb(" -.")],
  ["space run", repeatTo100Kb(" ")],
  ["ideographic space run", repeatTo100Kb("\u3000")],
  ["tab run", repeatTo100Kb("\t")],
  ["dot run", repeatTo100Kb(".")],
  ["a@a@a", repeatTo100Kb("a@")],
  ["a@a.a@a.", repeatTo100Kb("a@a.")],
  ["hex run", repeatTo100Kb("a1")],
  ["0x hex run", `0x${repeatTo100Kb("f")}`],
  ["base58 run", repeatTo100Kb("Ab3")],
  ["label run", repeatTo100Kb("ab.")],
  ["url with endless host", `https://${repeatTo100Kb("a.")}`],
  ["urls ending in dots", repeatTo100Kb(`https://a.com/${".".repeat(2048)} `)],
  ["urls ending in parentheses", repeatTo100Kb(`https://a.com/${")".repeat(2048)} `)],
  ["kanji zeros", repeatTo100Kb("〇")],
  ["kanji digits with long vowel marks", repeatTo100Kb("九ー")],
  ["emoji between digits", repeatTo100Kb("0🔥")],
  ["keycaps", repeatTo100Kb("1\uFE0F\u20E3")],
  ["zero-width between digits", repeatTo100Kb("0\u200B")],
  ["han run", repeatTo100Kb("市")],
  ["address-like run", repeatTo100Kb("東京都渋谷区1-")],
  ["spaced dots", repeatTo100Kb("a . ")],
  ["spelled at", repeatTo100Kb("a at ")],
  ["spelled dot", repeatTo100Kb("x dot ")],
  ["digit words", repeatTo100Kb("one ")],
  ["thousands separators", repeatTo100Kb("1,")],
  ["messenger handles", repeatTo100Kb("telegram: @")],
  ["recovery phrases", repeatTo100Kb("contact him recovery expert ")],
  ["street-like words", repeatTo100Kb("1 Main Main Main ")],
  ["hxxp", repeatTo100Kb("hxxp")],
];

function timeScan(text: string): number {
  const started = performance.now();
  findPersonalData(text);
  findScamContacts(text, { officialDomains: CORPUS_OFFICIAL_DOMAINS });
  return performance.now() - started;
}

describe("detector performance on 100 KB inputs", () => {
  it.each(ADVERSARIAL_INPUTS)(`scans %s in under ${MAX_SCAN_MS} ms`, (name, text) => {
    const elapsed = timeScan(text);
    console.log(`100 KB adversarial "${name}": both detectors in ${elapsed.toFixed(1)} ms`);
    expect(elapsed).toBeLessThan(MAX_SCAN_MS);
  });

  it(`scans and redacts 100 KB of realistic report text in under ${MAX_SCAN_MS} ms`, () => {
    const corpus = [...BENIGN_REPORT_SAMPLES, ...SCAM_CONTACT_SAMPLES.map((sample) => sample.text)].join("\n");
    const text = corpus.repeat(Math.ceil(INPUT_SIZE / corpus.length)).slice(0, INPUT_SIZE);
    const started = performance.now();
    findScamContacts(text, { officialDomains: CORPUS_OFFICIAL_DOMAINS });
    redactPersonalData(text);
    const elapsed = performance.now() - started;
    console.log(`100 KB of report text: scam scan and redaction in ${elapsed.toFixed(1)} ms`);
    expect(elapsed).toBeLessThan(MAX_SCAN_MS);
  });
});
