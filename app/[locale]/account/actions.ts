"use server";

import { hasLocale } from "next-intl";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { asServiceUnavailable, ForbiddenError, NotSignedInError } from "@/lib/data/errors";
import { updateDisplayName } from "@/lib/data/users/update-display-name";
import { routing } from "@/lib/i18n/routing";
import { assertSameOrigin } from "@/lib/security/origin";
import type { DisplayNameError } from "@/lib/validation/account";

export type DisplayNameFormState = {
  displayName: string;
  fieldErrors: { displayName?: DisplayNameError };
  status: "idle" | "saved" | "invalid" | "forbidden" | "unavailable";
};

export async function changeDisplayName(_previous: DisplayNameFormState, formData: FormData): Promise<DisplayNameFormState> {
  // A public endpoint: a forged call may send anything, or nothing, instead of the form.
  if (!(formData instanceof FormData)) return { displayName: "", fieldErrors: { displayName: "required" }, status: "invalid" };
  const typed = formData.get("displayName");
  const displayName = typeof typed === "string" ? typed : "";
  try {
    await assertSameOrigin();
    const result = await updateDisplayName({ actor: await getActor(), displayName });
    if (!result.ok) return { displayName, fieldErrors: result.fieldErrors, status: "invalid" };
    // The header shows the name on every page.
    revalidatePath("/", "layout");
    return { displayName: result.displayName, fieldErrors: {}, status: "saved" };
  } catch (error) {
    if (error instanceof NotSignedInError) {
      const value = formData.get("locale");
      const locale = hasLocale(routing.locales, value) ? value : routing.defaultLocale;
      redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/account`)}`);
    }
    if (error instanceof ForbiddenError) return { displayName, fieldErrors: {}, status: "forbidden" };
    if (asServiceUnavailable(error)) return { displayName, fieldErrors: {}, status: "unavailable" };
    throw error;
  }
}
