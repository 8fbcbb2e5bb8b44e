import { listPublicReports } from "@/lib/data/api/list-public-reports";
import { decodeCursor } from "@/lib/domain/public-api/cursor";
import { problemOf } from "@/lib/domain/public-api/http";
import { ReportListQuerySchema } from "@/lib/validation/public-api";
import { jsonRoute, preflight, problemResponse } from "../_lib/public-api";

// GET /api/v1/reports: published reports, newest first, filtered, a cursor page at a time.
export const GET = jsonRoute({
  query: ReportListQuerySchema,
  load: async ({ query: { cursor: cursorText, ...query } }) => {
    const cursor = cursorText === undefined ? null : decodeCursor(cursorText);
    if (cursorText !== undefined && cursor === null) return problemResponse(problemOf("invalid-query", { detail: "cursor: not a cursor this API gave out" }));
    return listPublicReports({ query, cursor });
  },
});
export const OPTIONS = preflight;
