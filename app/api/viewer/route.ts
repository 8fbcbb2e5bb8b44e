import { getActor } from "@/lib/auth/session";
import { findViewerReportStates } from "@/lib/data/reports/find-viewer-report-states";
import { canEditOfficialProcedure, isModerator } from "@/lib/domain/permissions";
import { ViewerQuerySchema } from "@/lib/validation/viewer";
import { errorResponse } from "../_lib/responses";

// GET /api/viewer?reports=<id>,<id>: who is reading, for the parts of a page that differ per
// reader (the header's account corner; on a guide, the reader's votes, author links and flag
// forms). Pages shared by every reader (the page cache, ADR 006 and 017) ask for it from the
// browser, so the page itself can be the same copy for everyone.
const privateNoStore = { "Cache-Control": "private, no-store" };

export async function GET(request: Request): Promise<Response> {
  const parsed = ViewerQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "invalid_input" }, { status: 400, headers: privateNoStore });
  try {
    const actor = await getActor();
    if (!actor) return Response.json({ signedIn: false }, { headers: privateNoStore });
    const reports = await findViewerReportStates({ actor, reportIds: parsed.data.reports });
    return Response.json(
      { signedIn: true, name: actor.displayName, moderator: isModerator(actor), canEditOfficial: canEditOfficialProcedure(actor), reports },
      { headers: privateNoStore },
    );
  } catch (error) {
    const response = errorResponse(error);
    response.headers.set("Cache-Control", "private, no-store");
    return response;
  }
}
