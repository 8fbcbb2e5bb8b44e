import { getActor } from "@/lib/auth/session";
import { createFlag } from "@/lib/data/moderation/create-flag";
import { assertSameOrigin } from "@/lib/security/origin";
import { toFieldErrorKeys } from "@/lib/validation/field-errors";
import { FLAG_FIELD_ERRORS, FlagInputSchema } from "@/lib/validation/flag";
import { errorResponse, InvalidBodyError, readJson } from "../../../_lib/responses";

const FLAG_ERROR_KEYS = new Set<string>(FLAG_FIELD_ERRORS);

// POST /api/reports/:id/flags: a reader flags a report; the same rules as the flag form.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    await assertSameOrigin();
    const actor = await getActor();
    const parsed = FlagInputSchema.safeParse(await readJson(request));
    if (!parsed.success) {
      // zod's own messages (a body that is not an object) are not catalogue keys: those read "unexpected".
      const fieldErrors = Object.entries(toFieldErrorKeys(parsed.error.issues)).map(([path, { key }]) => [path, { key: `moderation.flag.errors.${FLAG_ERROR_KEYS.has(key) ? key : "unexpected"}` }]);
      throw new InvalidBodyError(Object.fromEntries(fieldErrors));
    }
    const { id } = await params;
    const result = await createFlag({ actor, reportId: id, input: parsed.data });
    return Response.json(result, { status: result.created ? 201 : 200 });
  } catch (error) {
    return errorResponse(error);
  }
}
