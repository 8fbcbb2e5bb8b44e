"use server";

import { AuthError } from "next-auth";
import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/config";
import { ForbiddenError } from "@/lib/data/errors";
import { signInLinkRetryAfter } from "@/lib/data/rate-limit";
import { retryAfterMinutes } from "@/lib/domain/rate-limit-policy";
import { oauthProviders } from "@/lib/auth/providers";
import { safeRedirectPath } from "@/lib/auth/redirect-path";
import { routing, type Locale } from "@/lib/i18n/routing";
import { assertSameOrigin } from "@/lib/security/origin";
import { EMAIL_ERRORS, fieldErrorsOf, SignInInputSchema, type EmailError } from "@/lib/validation/account";

export type SignInEmailError = EmailError | "tooManyLinks";
export type SignInFormState = { email: string; fieldErrors: { email?: SignInEmailError }; retryAfterMinutes?: number; formError?: "sendFailed" | "forbidden" };

function localeOf(formData: FormData): Locale {
  const value = formData.get("locale");
  return hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}

async function isSameOriginRequest(): Promise<boolean> {
  try {
    await assertSameOrigin();
    return true;
  } catch (error) {
    if (error instanceof ForbiddenError) return false;
    throw error;
  }
}

/** Sends a sign-in link through Auth.js from our own page, then shows our "check your e-mail" page. */
export async function requestSignInLink(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  // A public endpoint: a forged call may send anything, or nothing, instead of the form.
  if (!(formData instanceof FormData)) return { email: "", fieldErrors: { email: "required" } };
  const locale = localeOf(formData);
  const typed = formData.get("email");
  const email = typeof typed === "string" ? typed : "";
  if (!(await isSameOriginRequest())) return { email, fieldErrors: {}, formError: "forbidden" };
  const parsed = SignInInputSchema.safeParse({ email });
  if (!parsed.success) return { email, fieldErrors: fieldErrorsOf(parsed.error, EMAIL_ERRORS) };

  // Asked before sending so the person learns why no e-mail comes; sending the link counts it
  // (lib/auth/config.ts), which also covers requests made to Auth.js's endpoint directly.
  const retryAfter = await signInLinkRetryAfter({ email: parsed.data.email });
  if (retryAfter !== null) return { email, fieldErrors: { email: "tooManyLinks" }, retryAfterMinutes: retryAfterMinutes(retryAfter) };

  const redirectTo = safeRedirectPath(formData.get("redirectTo"), locale);
  try {
    const next: unknown = await signIn("nodemailer", { email: parsed.data.email, redirectTo, redirect: false });
    // Errors Auth.js does not throw come back as a redirect to the error page (?error=...).
    if (typeof next === "string" && new URL(next, "http://localhost").searchParams.has("error")) {
      return { email, fieldErrors: {}, formError: "sendFailed" };
    }
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    // A refused (banned) address gets the same answer as any other, so nobody can probe addresses.
    if (error.type !== "AccessDenied") return { email, fieldErrors: {}, formError: "sendFailed" };
  }
  redirect(`/${locale}/sign-in/check-email`);
}

/** Starts an OAuth sign-in with a configured provider; Auth.js redirects to the provider. */
export async function signInWithProvider(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) redirect(`/${routing.defaultLocale}/sign-in`);
  const locale = localeOf(formData);
  // A post from another site starts nothing: back to the sign-in page.
  if (!(await isSameOriginRequest())) redirect(`/${locale}/sign-in`);
  const provider = oauthProviders().find(({ id }) => id === formData.get("provider"));
  if (!provider) redirect(`/${locale}/sign-in`);
  await signIn(provider.id, { redirectTo: safeRedirectPath(formData.get("redirectTo"), locale) });
}
