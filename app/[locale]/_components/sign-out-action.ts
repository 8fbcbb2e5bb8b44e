"use server";

import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/config";
import { guarded } from "@/lib/actions/guard";
import { routing } from "@/lib/i18n/routing";

/** Auth.js deletes the session row (database sessions) and the cookie, then we go home. */
export async function signOutAction(formData: FormData): Promise<void> {
  const value = formData instanceof FormData ? formData.get("locale") : null;
  const locale = hasLocale(routing.locales, value) ? value : routing.defaultLocale;
  // A post from another site signs nobody out; the visitor just lands on the home page.
  const sameOrigin = await guarded("signOutAction", async () => true);
  if (!sameOrigin.ok) redirect(`/${locale}`);
  await signOut({ redirectTo: `/${locale}` });
}
