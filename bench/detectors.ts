// `npm run bench:detectors`: how long the personal-data, scam-contact and secret-request detectors take on 100 KB
// of the input most likely to make a pattern retry (long digit runs, separator and space runs,
// "a@a@a", long hex, kanji digits) and on 100 KB of realistic report text. The target from the
// reports issue: a 100 KB input in well under 100 ms. Figures, not a test: timing assertions do
// not belong in unit tests, where a busy machine would make them flaky.

import { BENIGN_REPORT_SAMPLES, CORPUS_OFFICIAL_DOMAINS, SCAM_CONTACT_SAMPLES } from "../lib/domain/detection/corpus/scam-contacts";
import { findPersonalData, redactPersonalData } from "../lib/domain/detection/personal-data";
import { findScamContacts } from "../lib/domain/detection/scam-contacts";
import { findSecretRequests } from "../lib/domain/detection/secret-requests";

const INPUT_SIZE = 100_000;
const TARGET_MS = 100;
const RUNS = 5;

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
  ["lookalike letters between digits", repeatTo100Kb("O1l ")],
  ["lookalike letters only", repeatTo100Kb("OlSZB")],
  ["unusual separators between digits", repeatTo100Kb("0/_~の")],
  ["spelled-out letters", repeatTo100Kb("T e l e ")],
  ["mixed-script words", repeatTo100Kb("Tеlеgrаm ")],
  ["secret requests without a full stop", repeatTo100Kb("support asked me for my password and ")],
  ["Japanese secret requests", repeatTo100Kb("サポートにパスワードを教えるよう言われ")],
];

/** Median of RUNS scans, so one pause of the machine does not decide the figure. */
function medianMs(scan: () => void): number {
  const times = Array.from({ length: RUNS }, () => {
    const started = performance.now();
    scan();
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] ?? Number.NaN;
}

const corpus = [...BENIGN_REPORT_SAMPLES, ...SCAM_CONTACT_SAMPLES.map((sample) => sample.text)].join("\n");
const realistic = corpus.repeat(Math.ceil(INPUT_SIZE / corpus.length)).slice(0, INPUT_SIZE);

const rows = [
  ...ADVERSARIAL_INPUTS.map(([name, text]) => ({
    name: `adversarial: ${name}`,
    personal: medianMs(() => findPersonalData(text)),
    scam: medianMs(() => findScamContacts(text, { officialDomains: CORPUS_OFFICIAL_DOMAINS })),
    secret: medianMs(() => findSecretRequests(text)),
  })),
  {
    name: "realistic report text (scan + redact)",
    personal: medianMs(() => redactPersonalData(realistic)),
    scam: medianMs(() => findScamContacts(realistic, { officialDomains: CORPUS_OFFICIAL_DOMAINS })),
    secret: medianMs(() => findSecretRequests(realistic)),
  },
];

console.log(`100 KB inputs, median of ${RUNS} runs; target per detector: < ${TARGET_MS} ms\n`);
const slowest = (row: (typeof rows)[number]) => Math.max(row.personal, row.scam, row.secret);
console.log(`${"input".padEnd(48)} ${"personal data".padStart(14)} ${"scam contacts".padStart(14)} ${"secret asks".padStart(14)}  verdict`);
for (const row of rows) {
  const verdict = slowest(row) < TARGET_MS ? "PASS" : "MISS";
  const cells = [row.personal, row.scam, row.secret].map((ms) => `${ms.toFixed(1)} ms`.padStart(14)).join(" ");
  console.log(`${row.name.padEnd(48)} ${cells}  ${verdict}`);
}
const misses = rows.filter((row) => slowest(row) >= TARGET_MS).length;
console.log(`\n${rows.length - misses} of ${rows.length} inputs within target; slowest: ${Math.max(...rows.map(slowest)).toFixed(1)} ms`);
