import { redirect } from "next/navigation";

/** Sends an anonymous visitor of an author-only page to sign in, and back here afterwards. */
export function redirectToSignIn(locale: string, returnPath: string): never {
  redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}${returnPath}`)}`);
}
