import { after } from "next/server";
import { listApiExchanges } from "@/lib/data/api/list-api-exchanges";
import { EmptyQuerySchema } from "@/lib/validation/public-api";
import { jsonRoute, preflight } from "../_lib/public-api";

// GET /api/v1/exchanges: the catalogue with official links.
export const GET = jsonRoute({ query: EmptyQuerySchema, load: async () => ({ data: await listApiExchanges({ deferRefresh: after }) }) });
export const OPTIONS = preflight;
