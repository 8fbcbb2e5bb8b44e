import { getActor } from "@/lib/auth/session";
import { castVote } from "@/lib/data/votes/cast-vote";
import { assertSameOrigin } from "@/lib/security/origin";
import { VoteInputSchema } from "@/lib/validation/vote";
import { errorResponse, InvalidBodyError, readJson } from "../../../_lib/responses";

// POST /api/reports/:id/votes with {"value": "HELPFUL" | "NOT_HELPFUL" | null}: the vote buttons'
// write for other clients, with real status codes: 429 with Retry-After past the per-minute
// limit, 503 with Retry-After while the database cannot answer. The report comes from the address.
const VoteBodySchema = VoteInputSchema.pick({ value: true });

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    await assertSameOrigin();
    const parsed = VoteBodySchema.safeParse(await readJson(request));
    if (!parsed.success) throw new InvalidBodyError({ value: { key: "guide.votes.errors.unexpected" } });
    const { id } = await params;
    const tally = await castVote({ actor: await getActor(), input: { reportId: id, value: parsed.data.value } });
    return Response.json(tally);
  } catch (error) {
    return errorResponse(error);
  }
}
