import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";

// Auth.js's endpoints: e-mail link and OAuth callbacks, sign-out, session. Users never see its
// built-in pages: lib/auth/config.ts points them at ours.

// Auth.js answers a callbackUrl it cannot read as a URL with a 500 ("server configuration"):
// it is the request that is wrong, so it gets a 400 here, before Auth.js sees it.
const CALLBACK_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"];

/** Auth.js's own rule (isValidHttpUrl): an http(s) URL, or a path on this site. */
function isReadableCallbackUrl(value: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

function refuseUnreadableCallbackUrl(request: NextRequest): Response | null {
  const origin = request.nextUrl.origin;
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
  return refuseUnreadableCallbackUrl(request) ?? handlers.GET(request);
}

export async function POST(request: NextRequest): Promise<Response> {
  return refuseUnreadableCallbackUrl(request) ?? handlers.POST(request);
}
