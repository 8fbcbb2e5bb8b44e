import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";
import { loopbackOrigin } from "@/lib/auth/sign-in-link";
import { withSignInLinkAttempt } from "@/lib/auth/sign-in-link-attempt";
import { RateLimitedError } from "@/lib/data/errors";
import { env } from "@/lib/env";
import { readClientHeaders } from "@/lib/security/client-headers";
import { errorResponse } from "../../_lib/responses";

// Auth.js's endpoints: e-mail link and OAuth callbacks, sign-out, session. Users never see its
// built-in pages: lib/auth/config.ts points them at ours. A post asking for a sign-in link runs
// as an attempt of the client that sent it, and a link the limits refuse is a 429 with
// Retry-After (nothing was created), as our other endpoints answer.
//
// Without AUTH_URL (a local try-out) Auth.js takes its origin from the request's URL, which Next
// rewrites to "localhost" for 127.0.0.1 and [::1]: links and redirects would then leave the
// address the person used, and the session cookie set there would never be seen. The URL Auth.js
// reads is put back to the address of the request, when that is this machine on our port.
function onRequestedOrigin(request: NextRequest): NextRequest {
  if (env.AUTH_URL) return request;
  const origin = loopbackOrigin(request.headers.get("host"), env.PORT);
  if (!origin) return request;
  const { pathname, search } = new URL(request.url);
  Object.defineProperty(request, "url", { value: `${origin}${pathname}${search}` });
  return request;
}

export function GET(request: NextRequest): Promise<Response> {
  return handlers.GET(onRequestedOrigin(request));
}

export async function POST(request: NextRequest): Promise<Response> {
  const { attempt, outcome } = await withSignInLinkAttempt(readClientHeaders(request.headers, process.env), () => handlers.POST(onRequestedOrigin(request)));
  if (attempt.refusal) return errorResponse(new RateLimitedError(attempt.refusal.retryAfterSeconds, `signin.link.${attempt.refusal.scope}`));
  if (outcome.status === "rejected") throw outcome.reason;
  return outcome.value;
}
