import { getActor } from "@/lib/auth/session";
import { createReport } from "@/lib/data/reports/create-report";
import { assertSameOrigin } from "@/lib/security/origin";
import { errorResponse, readJson } from "../_lib/responses";

// POST /api/reports: the same write as the report form, for clients other than the form. The
// body is the form's ReportInput as JSON, validated by the same schema inside createReport.
export async function POST(request: Request): Promise<Response> {
  try {
    await assertSameOrigin();
    const result = await createReport({ actor: await getActor(), input: await readJson(request) });
    return Response.json(result, { status: result.changed ? 201 : 200 });
  } catch (error) {
    return errorResponse(error);
  }
}
