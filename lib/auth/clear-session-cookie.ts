import "server-only";
import { cookies } from "next/headers";

// Auth.js's session cookie names: the __Secure- one on https, the plain one otherwise.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

/**
 * Signs the browser out after its account was deleted. Auth.js's signOut() would delete the
 * session row first, and that row went with the account; the cookie is all that is left.
 */
export async function clearSessionCookie(): Promise<void> {
  const store = await cookies();
  for (const name of SESSION_COOKIES) {
    if (store.has(name)) store.set(name, "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
}
