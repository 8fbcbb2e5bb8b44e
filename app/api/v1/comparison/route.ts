import { after } from "next/server";
import { listComparison } from "@/lib/data/guides/list-comparison";
import { toApiComparison } from "@/lib/domain/public-api/mapping";
import { ComparisonApiQuerySchema } from "@/lib/validation/public-api";
import { jsonRoute, preflight } from "../_lib/public-api";

// GET /api/v1/comparison?period=&inquiryLanguage=: the comparison page's rows, ranked by median days to resolution.
export const GET = jsonRoute({
  query: ComparisonApiQuerySchema,
  load: async ({ query }) => toApiComparison(await listComparison({ ...query, sortBy: "medianResolution", deferRefresh: after }), query),
});
export const OPTIONS = preflight;
