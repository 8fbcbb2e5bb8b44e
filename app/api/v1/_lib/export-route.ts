import "server-only";
import { readExportVersion } from "@/lib/data/api/export-version";
import { streamPublicReports } from "@/lib/data/api/stream-public-reports";
import { CSV_HEADER, csvRow, EXPORT_LICENCE_URL, jsonLine } from "@/lib/domain/public-api/export-format";
import { CACHE_CONTROL } from "@/lib/domain/public-api/http";
import type { ApiReport } from "@/lib/domain/public-api/schemas";
import { CORS_HEADERS, errorProblem, notModified, refuseOverLimit } from "./public-api";

// The bulk exports: every published report, streamed a batch at a time from PostgreSQL, so the
// server's memory holds one batch whether there are a hundred reports or a million.

const FORMATS = {
  csv: { contentType: "text/csv; charset=utf-8; header=present", header: CSV_HEADER, line: csvRow },
  jsonl: { contentType: "application/jsonl; charset=utf-8", header: "", line: jsonLine },
} satisfies Record<string, { contentType: string; header: string; line: (report: ApiReport) => string }>;

export function exportRoute(format: keyof typeof FORMATS) {
  const { contentType, header, line } = FORMATS[format];
  return async (request: Request): Promise<Response> => {
    try {
      const refusal = await refuseOverLimit(request);
      if (refusal) return refusal;
      const etag = `"${format}-${await readExportVersion()}"`;
      const unchanged = notModified(request, etag, CACHE_CONTROL.export);
      if (unchanged) return unchanged;
      const encoder = new TextEncoder();
      const batches = streamPublicReports();
      const body = new ReadableStream<Uint8Array>(
        {
          start(controller) {
            if (header) controller.enqueue(encoder.encode(header));
          },
          // Pulled as the client reads: a slow download holds the database no faster than it drains.
          async pull(controller) {
            const next = await batches.next();
            if (next.done) controller.close();
            else controller.enqueue(encoder.encode(next.value.map(line).join("")));
          },
          async cancel() {
            await batches.return(undefined);
          },
        },
        { highWaterMark: 1 },
      );
      const day = new Date().toISOString().slice(0, 10);
      return new Response(body, {
        headers: {
          ...CORS_HEADERS,
          "Content-Type": contentType,
          "Content-Disposition": `attachment; filename="recovery-atlas-reports-${day}.${format}"`,
          "Cache-Control": CACHE_CONTROL.export,
          ETag: etag,
          Link: `<${EXPORT_LICENCE_URL}>; rel="license"`,
        },
      });
    } catch (error) {
      return errorProblem(error);
    }
  };
}
