import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";
import { withSignInLinkAttempt } from "@/lib/auth/sign-in-link-attempt";
import { RateLimitedError } from "@/lib/data/errors";
import { readClientHeaders } from "@/lib/security/client-headers";
import { errorResponse } from "../../_lib/responses";

// Auth.js's endpoints: e-mail link and OAuth callbacks, sign-out, session. Users never see its
// built-in pages: lib/auth/config.ts points them at ours. A post asking for a sign-in link runs
// as an attempt of the client that sent it, and a link the limits refuse is a 429 with
// Retry-After (nothing was created), as our other endpoints answer.
export const GET = handlers.GET;

export async function POST(request: NextRequest): Promise<Response> {
  const { attempt, outcome } = await withSignInLinkAttempt(readClientHeaders(request.headers, process.env), () => handlers.POST(request));
  if (attempt.refusal) return errorResponse(new RateLimitedError(attempt.refusal.retryAfterSeconds, `signin.link.${attempt.refusal.scope}`));
  if (outcome.status === "rejected") throw outcome.reason;
  return outcome.value;
}
