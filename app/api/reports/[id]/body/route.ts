import { formatReportBody } from "@/app/[locale]/_components/report-body-texts";
import { findPublishedReport } from "@/lib/data/reports/find-report";
import { ReportBodyQuerySchema } from "@/lib/validation/report-body";
import { errorResponse } from "../../../_lib/responses";

// GET /api/reports/<id>/body?locale=en: a published report's facts, timeline, required items,
// tips and history as formatted texts, for a guide that lists the report without them and draws
// them when the reader opens it (ADR 017). The same for every reader; not kept, as an author's
// edit shows at once.
const noStore = { "Cache-Control": "no-store" };

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const parsed = ReportBodyQuerySchema.safeParse({ id: (await params).id, ...Object.fromEntries(new URL(request.url).searchParams) });
  if (!parsed.success) return Response.json({ error: "invalid_input" }, { status: 400, headers: noStore });
  try {
    const report = await findPublishedReport({ id: parsed.data.id });
    if (!report) return Response.json({ error: "not_found" }, { status: 404, headers: noStore });
    return Response.json({ body: await formatReportBody({ report, locale: parsed.data.locale }) }, { headers: noStore });
  } catch (error) {
    const response = errorResponse(error);
    response.headers.set("Cache-Control", "no-store");
    return response;
  }
}
