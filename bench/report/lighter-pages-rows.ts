import { formatCount, formatMs, formatRatio } from "../lib/format";
import { kb } from "../pages/lighter-pages";
import type { PageWeight } from "../pages/page-weight";
import type { Row, Verdict } from "./checks";
import type { SizeRun } from "./results";

// Rows for issue 13, item 5: page bytes against their targets (guide <= 100 KB at 10,000 reports,
// comparison <= 150 KB at 100 exchanges, HTML with its inline RSC payload, uncompressed), and a
// signed-in reader's guide visits per second >= 0.5x a minimal page rendered per request.

const BYTE_TARGETS: Record<PageWeight["key"], number> = { guide: 100 * 1024, compare: 150 * 1024 };
const SIGNED_IN_TARGET = 0.5;

const sizeLabel = (run: SizeRun) => `${formatCount(run.reports)} reports`;

function weightRows(run: SizeRun, weight: PageWeight): Row[] {
  const limit = BYTE_TARGETS[weight.key];
  const verdict: Verdict = weight.htmlBytes === null ? "MISS" : weight.htmlBytes <= limit ? "PASS" : "MISS";
  return [
    {
      figure: `${weight.label}: page bytes (HTML with its inline RSC payload)`,
      size: sizeLabel(run),
      measured: kb(weight.htmlBytes),
      ratio: weight.htmlBytes === null ? "–" : formatRatio(weight.htmlBytes / limit),
      target: `<= ${kb(limit)} uncompressed`,
      verdict,
      note: [`gzip ${kb(weight.htmlGzipBytes)}`, weight.note].filter(Boolean).join("; "),
    },
    {
      figure: `${weight.label}: RSC payload of a client navigation`,
      size: sizeLabel(run),
      measured: kb(weight.rscBytes),
      ratio: "",
      target: "",
      verdict: "",
      note: "RSC: 1 without router state (the whole tree), for reference",
    },
  ];
}

function rate(result: { requestsPerSecond: number | null; outcome: string; note: string | null }): string {
  return result.requestsPerSecond === null ? `– (${result.outcome})` : `${result.requestsPerSecond.toFixed(0)} req/s`;
}

export function lighterPagesRows(run: SizeRun): Row[] {
  const pages = run.lighterPages;
  if (!pages) return [];
  if (pages.error !== null) return [{ figure: "lighter pages", size: sizeLabel(run), measured: "–", ratio: "", target: "", verdict: "MISS", note: `not measured: ${pages.error}` }];
  const rows = pages.weights.flatMap((weight) => weightRows(run, weight));
  const signedIn = pages.signedIn;
  if (!signedIn) return rows;
  const baseline = signedIn.minimal.requestsPerSecond;
  const ratio = signedIn.visitsPerSecond !== null && baseline ? signedIn.visitsPerSecond / baseline : null;
  for (const result of [signedIn.minimal, signedIn.page, signedIn.viewer]) {
    rows.push({
      figure: `${result.label}: throughput (p50 ${formatMs(result.p50)} ms, p99 ${formatMs(result.p99)} ms)`,
      size: sizeLabel(run),
      measured: rate(result),
      ratio: baseline && result.requestsPerSecond !== null ? formatRatio(result.requestsPerSecond / baseline) : "–",
      target: "",
      verdict: "",
      note: result.note ?? "",
    });
  }
  rows.push({
    figure: "guide for a signed-in reader (page + /api/viewer) vs a minimal dynamic Next page",
    size: sizeLabel(run),
    measured: signedIn.visitsPerSecond === null ? "–" : `${signedIn.visitsPerSecond.toFixed(0)} visits/s`,
    ratio: formatRatio(ratio),
    target: `>= ${SIGNED_IN_TARGET}x minimal page`,
    verdict: ratio === null ? "MISS" : ratio >= SIGNED_IN_TARGET ? "PASS" : "MISS",
    note: "1 / (1/page rate + 1/viewer rate): the server's visits per second with nothing else to do",
  });
  return rows;
}
