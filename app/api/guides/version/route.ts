import { getComparisonVersion, getGuideVersion } from "@/lib/data/guides/live-version";
import { GuideVersionQuerySchema } from "@/lib/validation/guide";
import { errorResponse } from "../../_lib/responses";

// GET /api/guides/version?slug=<exchange> or ?scope=comparison: the version a live guide polls
// (every LIVE_POLL_INTERVAL_MS, 250 ms) to notice writes; one indexed read, never cached.
const noStore = { "Cache-Control": "no-store" };

export async function GET(request: Request): Promise<Response> {
  const parsed = GuideVersionQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "invalid_input" }, { status: 400, headers: noStore });
  try {
    const live = "slug" in parsed.data ? await getGuideVersion({ slug: parsed.data.slug }) : await getComparisonVersion();
    if (live === null) return Response.json({ error: "not_found" }, { status: 404, headers: noStore });
    return Response.json(live, { headers: noStore });
  } catch (error) {
    const response = errorResponse(error);
    response.headers.set("Cache-Control", "no-store");
    return response;
  }
}
