import { findPublicReport } from "@/lib/data/api/find-public-report";
import { EmptyQuerySchema } from "@/lib/validation/public-api";
import { jsonRoute, preflight } from "../../_lib/public-api";

// GET /api/v1/reports/{id}: one published report; held, hidden and deleted ones are 404 like unknown ids.
export const GET = jsonRoute<Record<string, never>, { id: string }>({ query: EmptyQuerySchema, load: ({ params }) => findPublicReport({ id: params.id }) });
export const OPTIONS = preflight;
