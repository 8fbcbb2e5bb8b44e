import "server-only";
import { env } from "../env";
import { mailDeliveryFor, type MailDelivery } from "./mail-delivery";

// What the sign-in page offers. E-mail links always; GitHub and Google only when both of their
// variables are set (the environment schema refuses one without the other).

export type OAuthProviderId = "github" | "google";
export type OAuthProviderOption = { id: OAuthProviderId; name: string };

export function oauthProviders(): OAuthProviderOption[] {
  const providers: OAuthProviderOption[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) providers.push({ id: "github", name: "GitHub" });
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) providers.push({ id: "google", name: "Google" });
  return providers;
}

export function signInMailDelivery(): MailDelivery {
  return mailDeliveryFor(env);
}
