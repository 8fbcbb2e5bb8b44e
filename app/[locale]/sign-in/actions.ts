"use server";

import { AuthError } from "next-auth";
import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/config";
import { ForbiddenError } from "@/lib/data/errors";
import { oauthProviders } from "@/lib/auth/providers";
import { safeRedirectPath } from "@/lib/auth/redirect-path";
import { withSignInLinkAttempt } from "@/lib/auth/sign-in-link-attempt";
import { retryAfterMinutes } from "@/lib/domain/rate-limit-policy";
import { routing, type Locale } from "@/lib/i18n/routing";
import { assertSameOrigin } from "@/lib/security/origin";
import { requestClient } from "@/lib/security/request-client";
import { EMAIL_ERRORS, fieldErrorsOf, SignInInputSchema, type EmailError } from "@/lib/validation/account";

// tooManyLinks: this address had its links for now; tooManyRequests: this client, or everyone.
export type SignInEmailError = EmailError | "tooManyLinks" | "tooManyRequests";
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

  const redirectTo = safeRedirectPath(formData.get("redirectTo"), locale);
  // The limits are counted inside Auth.js (lib/auth/config.ts, signIn callback), for this form and
  // Auth.js's endpoint alike; the attempt tells us when they refused, so the person learns why.
  const { attempt, outcome } = await withSignInLinkAttempt(await requestClient(), () => signIn("nodemailer", { email: parsed.data.email, redirectTo, redirect: false }));
  if (attempt.refusal) {
    const error = attempt.refusal.scope === "address" ? "tooManyLinks" : "tooManyRequests";
    return { email, fieldErrors: { email: error }, retryAfterMinutes: retryAfterMinutes(attempt.refusal.retryAfterSeconds) };
  }
  if (outcome.status === "rejected") {
    if (!(outcome.reason instanceof AuthError)) throw outcome.reason;
    return { email, fieldErrors: {}, formError: "sendFailed" };
  }
  // Errors Auth.js does not throw come back as a redirect to the error page (?error=...). A banned
  // address is not one: it gets the same answer as any other, so nobody can probe for bans.
  const next: unknown = outcome.value;
  if (typeof next === "string" && new URL(next, "http://localhost").searchParams.has("error")) {
    return { email, fieldErrors: {}, formError: "sendFailed" };
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
