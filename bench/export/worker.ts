// One export, measured in its own process: run with `--conditions=react-server` and DATABASE_URL
// set (see bench/writes/fork.ts), it calls the very route handler /api/v1/exports/reports.<format>
// serves, reads the streamed body as a client would, and reports time, size and peak memory.
import { GET as exportCsv } from "../../app/api/v1/exports/reports.csv/route";
import { GET as exportJsonLines } from "../../app/api/v1/exports/reports.jsonl/route";

export type ExportFigures = { format: string; rows: number; bytes: number; seconds: number; baselineRssMb: number; peakRssMb: number; peakHeapMb: number; status: number };

const format = process.argv[2] === "jsonl" ? "jsonl" : "csv";
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function measure(): Promise<ExportFigures> {
  const baselineRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 50);
  const started = performance.now();
  const handler = format === "csv" ? exportCsv : exportJsonLines;
  const response = await handler(new Request(`http://localhost/api/v1/exports/reports.${format}`));
  let bytes = 0;
  let newlines = 0;
  const reader = response.body?.getReader();
  for (;;) {
    const chunk = reader ? await reader.read() : { done: true as const, value: undefined };
    if (chunk.done) break;
    bytes += chunk.value.byteLength;
    if (format === "jsonl") for (const byte of chunk.value) if (byte === 10) newlines++;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  // maxRSS is the kernel's high-water mark of the process (kilobytes), not a sample.
  const peakRss = process.resourceUsage().maxRSS * 1024;
  return { format, rows: newlines, bytes, seconds, baselineRssMb: mb(baselineRss), peakRssMb: mb(peakRss), peakHeapMb: mb(peakHeap), status: response.status };
}

measure().then(
  (figures) => {
    process.send?.(figures);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
