"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/config";
import { guarded } from "@/lib/actions/guard";
import { failedState, type FormState } from "@/lib/actions/form-state";
import { oauthProviders } from "@/lib/auth/providers";
import { safeRedirectPath } from "@/lib/auth/redirect-path";
import { withSignInLinkAttempt } from "@/lib/auth/sign-in-link-attempt";
import { retryAfterMinutes } from "@/lib/domain/rate-limit-policy";
import { routing } from "@/lib/i18n/routing";
import { requestClient } from "@/lib/security/request-client";
import { SignInInputSchema } from "@/lib/validation/account";
import { parseForm } from "@/lib/validation/parse-form";
import { postedForm, postedLocale } from "@/lib/actions/posted-form";

/**
 * Why no link went out: a limit (this address, or this client or everyone: the e-mail field says
 * when to ask again), or Auth.js could not send it (the mail is out: "try again").
 */
type NotSent = { refusedBy: "tooManyLinks" | "tooManyRequests"; minutes: number } | { refusedBy: "mail" };

async function isSameOriginRequest(): Promise<boolean> {
  return (await guarded("signInWithProvider", async () => true)).ok;
}

/** Asks Auth.js for the link: null once it is sent. */
async function sendSignInLink(email: string, redirectTo: string): Promise<NotSent | null> {
  // The limits are counted inside Auth.js (lib/auth/config.ts, signIn callback), for this form and
  // Auth.js's endpoint alike; the attempt tells us when they refused, so the person learns why.
  const { attempt, outcome } = await withSignInLinkAttempt(await requestClient(), () => signIn("nodemailer", { email, redirectTo, redirect: false }));
  if (attempt.refusal) {
    return { refusedBy: attempt.refusal.scope === "address" ? "tooManyLinks" : "tooManyRequests", minutes: retryAfterMinutes(attempt.refusal.retryAfterSeconds) };
  }
  if (outcome.status === "rejected") {
    // Auth.js's own errors say the mail could not be sent; anything else goes to the shared mapper.
    if (outcome.reason instanceof AuthError) return { refusedBy: "mail" };
    throw outcome.reason;
  }
  // Errors Auth.js does not throw come back as a redirect to the error page (?error=...). A banned
  // address is not one: it gets the same answer as any other, so nobody can probe for bans.
  const next: unknown = outcome.value;
  if (typeof next === "string" && new URL(next, "http://localhost").searchParams.has("error")) return { refusedBy: "mail" };
  return null;
}

// "Try again in a few minutes", as the message says.
const MAIL_RETRY_SECONDS = 180;

/** Sends a sign-in link through Auth.js from our own page, then shows our "check your e-mail" page. */
export async function requestSignInLink(_previous: FormState, formData: FormData): Promise<FormState> {
  // A public endpoint: a forged call may send anything, or nothing, instead of the form.
  const form = postedForm(formData);
  const submission = parseForm(form, SignInInputSchema);
  if (submission.status !== "success") return { reply: submission.reply() };
  const locale = postedLocale(form);
  const result = await guarded("requestSignInLink", () => sendSignInLink(submission.value.email, safeRedirectPath(form.get("redirectTo"), locale)));
  if (!result.ok) return failedState(submission, result.failure);
  const notSent = result.value;
  if (notSent?.refusedBy === "mail") return failedState(submission, { code: "unavailable", retryAfterSeconds: MAIL_RETRY_SECONDS });
  if (notSent) return { reply: submission.reply({ fieldErrors: { email: { key: notSent.refusedBy, values: { minutes: notSent.minutes } } } }) };
  redirect(`/${locale}/sign-in/check-email`);
}

/** Starts an OAuth sign-in with a configured provider; Auth.js redirects to the provider. */
export async function signInWithProvider(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) redirect(`/${routing.defaultLocale}/sign-in`);
  const locale = postedLocale(formData);
  // A post from another site starts nothing: back to the sign-in page.
  if (!(await isSameOriginRequest())) redirect(`/${locale}/sign-in`);
  const provider = oauthProviders().find(({ id }) => id === formData.get("provider"));
  if (!provider) redirect(`/${locale}/sign-in`);
  await signIn(provider.id, { redirectTo: safeRedirectPath(formData.get("redirectTo"), locale) });
}
