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

// Auth.js answers a callbackUrl it cannot read as a URL with a 500 ("server configuration"), and
// copies ?error= into a Location header as it is (a control character there is a 500 too): it
// is the request that is wrong, so it gets a 400 here, before Auth.js sees it.
const CALLBACK_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"];

/** Auth.js's own rule (isValidHttpUrl): an http(s) URL, or a path on this site. */
function isReadableCallbackUrl(value: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

// Auth.js's error codes are words ("Verification", "AccessDenied").
const ERROR_CODE = /^[A-Za-z]{0,64}$/;

function refuseUnreadableParameters(request: NextRequest): Response | null {
  const origin = request.nextUrl.origin;
  const error = request.nextUrl.searchParams.get("error");
  if (error !== null && !ERROR_CODE.test(error)) return Response.json({ error: "invalid_error_code" }, { status: 400 });
  const query = request.nextUrl.searchParams.get("callbackUrl");
  if (query && !isReadableCallbackUrl(query, origin)) return Response.json({ error: "invalid_callback_url" }, { status: 400 });
  const badCookie = CALLBACK_COOKIES.find((name) => {
    const value = request.cookies.get(name)?.value;
    return value !== undefined && value !== "" && !isReadableCallbackUrl(value, origin);
  });
  if (!badCookie) return null;
  // A cookie this site never set: dropped, so the next try works.
  return Response.json({ error: "invalid_callback_url" }, { status: 400, headers: { "Set-Cookie": `${badCookie}=; Path=/; Max-Age=0${badCookie.startsWith("__Secure-") ? "; Secure" : ""}` } });
}

export async function GET(request: NextRequest): Promise<Response> {
  return refuseUnreadableParameters(request) ?? handlers.GET(onRequestedOrigin(request));
}

export async function POST(request: NextRequest): Promise<Response> {
  const refused = refuseUnreadableParameters(request);
  if (refused) return refused;
  const { attempt, outcome } = await withSignInLinkAttempt(readClientHeaders(request.headers, process.env), () => handlers.POST(onRequestedOrigin(request)));
  if (attempt.refusal) return errorResponse(new RateLimitedError(attempt.refusal.retryAfterSeconds, `signin.link.${attempt.refusal.scope}`));
  if (outcome.status === "rejected") throw outcome.reason;
  return outcome.value;
}
