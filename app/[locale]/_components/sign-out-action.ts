"use server";

import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/config";
import { ForbiddenError } from "@/lib/data/errors";
import { routing } from "@/lib/i18n/routing";
import { assertSameOrigin } from "@/lib/security/origin";

/** Auth.js deletes the session row (database sessions) and the cookie, then we go home. */
export async function signOutAction(formData: FormData): Promise<void> {
  const value = formData instanceof FormData ? formData.get("locale") : null;
  const locale = hasLocale(routing.locales, value) ? value : routing.defaultLocale;
  try {
    await assertSameOrigin();
  } catch (error) {
    // A post from another site signs nobody out; the visitor just lands on the home page.
    if (error instanceof ForbiddenError) redirect(`/${locale}`);
    throw error;
  }
  await signOut({ redirectTo: `/${locale}` });
}
