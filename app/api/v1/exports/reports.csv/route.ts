import { exportRoute } from "../../_lib/export-route";
import { preflight } from "../../_lib/public-api";

// GET /api/v1/exports/reports.csv: every published report, one row each (CC BY 4.0).
export const GET = exportRoute("csv");
export const OPTIONS = preflight;
