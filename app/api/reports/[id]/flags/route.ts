import { getActor } from "@/lib/auth/session";
import { createFlag } from "@/lib/data/moderation";
import { assertSameOrigin } from "@/lib/security/origin";
import { FlagInputSchema } from "@/lib/validation/flag";
import { errorResponse, InvalidBodyError, readJson } from "../../../_lib/responses";

// POST /api/reports/:id/flags: a reader flags a report; the same rules as the flag form.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    await assertSameOrigin();
    const actor = await getActor();
    const parsed = FlagInputSchema.safeParse(await readJson(request));
    if (!parsed.success) {
      throw new InvalidBodyError(Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), `moderation.flag.errors.${issue.message}`])));
    }
    const { id } = await params;
    const result = await createFlag({ actor, reportId: id, input: parsed.data });
    return Response.json(result, { status: result.created ? 201 : 200 });
  } catch (error) {
    return errorResponse(error);
  }
}
