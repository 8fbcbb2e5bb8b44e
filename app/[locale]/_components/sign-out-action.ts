"use server";

import { hasLocale } from "next-intl";
import { signOut } from "@/lib/auth/config";
import { routing } from "@/lib/i18n/routing";
import { assertSameOrigin } from "@/lib/security/origin";

/** Auth.js deletes the session row (database sessions) and the cookie, then we go home. */
export async function signOutAction(formData: FormData): Promise<void> {
  await assertSameOrigin();
  const value = formData.get("locale");
  const locale = hasLocale(routing.locales, value) ? value : routing.defaultLocale;
  await signOut({ redirectTo: `/${locale}` });
}
