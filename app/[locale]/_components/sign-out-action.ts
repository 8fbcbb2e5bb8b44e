"use server";

import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/config";
import { guarded } from "@/lib/actions/guard";
import { postedForm, postedLocale } from "@/lib/actions/posted-form";

/** Auth.js deletes the session row (database sessions) and the cookie, then we go home. */
export async function signOutAction(formData: FormData): Promise<void> {
  const locale = postedLocale(postedForm(formData));
  // A post from another site signs nobody out; the visitor just lands on the home page.
  const sameOrigin = await guarded("signOutAction", async () => true);
  if (!sameOrigin.ok) redirect(`/${locale}`);
  await signOut({ redirectTo: `/${locale}` });
}
