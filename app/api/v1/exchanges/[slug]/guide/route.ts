import { after } from "next/server";
import { findGuide } from "@/lib/data/guides/find-guide";
import { toApiGuide } from "@/lib/domain/public-api/mapping";
import { EmptyQuerySchema } from "@/lib/validation/public-api";
import { jsonRoute, preflight } from "../../../_lib/public-api";

// GET /api/v1/exchanges/{slug}/guide: the figures the guide page shows. Like the page, a large
// exchange's stale figures are recomputed after the response, never while a client waits.
export const GET = jsonRoute<Record<string, never>, { slug: string }>({
  query: EmptyQuerySchema,
  load: async ({ params }) => {
    const guide = await findGuide({ slug: params.slug, deferRefresh: after });
    return guide && toApiGuide(guide.exchange.slug, guide.stats, guide.computedAt);
  },
});
export const OPTIONS = preflight;
