import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

// Chooses the locale (URL, then cookie, then Accept-Language) and redirects / to /en or /ja.
// It is never an authorization boundary.
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
