import { exportRoute } from "../../_lib/export-route";
import { preflight } from "../../_lib/public-api";

// GET /api/v1/exports/reports.jsonl: every published report, one JSON object per line (CC BY 4.0).
export const GET = exportRoute("jsonl");
export const OPTIONS = preflight;
