import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { oauthProviders, signInMailDelivery } from "@/lib/auth/providers";
import { safeRedirectPath } from "@/lib/auth/redirect-path";
import { getActor } from "@/lib/auth/session";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { signInWithProvider } from "./actions";
import { SignInForm } from "./sign-in-form";
import { firstValue } from "@/lib/validation/search-params";
import { ClientMessages } from "../_components/client-messages";

export const dynamic = "force-dynamic";

// Auth.js sends its errors here as ?error=<type>; the ones a person can act on get their own text.
const KNOWN_ERRORS = ["Verification", "AccessDenied", "OAuthAccountNotLinked"] as const;
type KnownError = (typeof KNOWN_ERRORS)[number];

type SearchParams = Promise<{ error?: string | string[]; callbackUrl?: string | string[] }>;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.signIn" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const locale = resolvePageLocale((await params).locale);
  const query = await searchParams;
  const errorType = firstValue(query.error);
  const redirectTo = safeRedirectPath(firstValue(query.callbackUrl), locale);

  if (!errorType && (await getActor())) redirect(redirectTo);

  const t = await getTranslations("auth.signIn");
  const delivery = signInMailDelivery();
  const providers = oauthProviders();
  const errorKey: `errors.${KnownError | "default"}` | null = errorType
    ? `errors.${(KNOWN_ERRORS as readonly string[]).includes(errorType) ? (errorType as KnownError) : "default"}`
    : null;

  return (
    <div className="mx-auto max-w-md space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700 dark:text-slate-300">{t("lead")}</p>
      </div>

      {errorKey ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          {t(errorKey)}
        </p>
      ) : null}

      {delivery !== "smtp" ? (
        <aside aria-labelledby="no-mail-server-title" className="space-y-1 rounded-lg border border-sky-300 bg-sky-50 p-4 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100">
          <h2 id="no-mail-server-title" className="font-semibold">
            {t("noMailServerTitle")}
          </h2>
          {delivery === "dev-mailbox" ? (
            <p>
              {t("noMailServerBody")}{" "}
              <Link href="/dev/mailbox" className="font-medium underline">
                {t("noMailServerLink")}
              </Link>
            </p>
          ) : (
            <p>{t("serverLogBody")}</p>
          )}
        </aside>
      ) : null}

      <ClientMessages paths={["auth"]}>
        <SignInForm redirectTo={redirectTo} />
      </ClientMessages>

      {providers.length > 0 ? (
        <section aria-labelledby="oauth-title" className="space-y-3 border-t border-slate-200 pt-6 dark:border-slate-800">
          <h2 id="oauth-title" className="text-sm font-medium text-slate-700 dark:text-slate-300">
            {t("or")}
          </h2>
          <div className="flex flex-col gap-2 sm:flex-row">
            {providers.map((provider) => (
              <form key={provider.id} action={signInWithProvider}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="provider" value={provider.id} />
                <input type="hidden" name="redirectTo" value={redirectTo} />
                <button type="submit" className="w-full rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900">
                  {t("withProvider", { provider: provider.name })}
                </button>
              </form>
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
