import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SIGN_IN_LINK_MAX_AGE_HOURS } from "@/lib/auth/mailer";
import { signInMailDelivery } from "@/lib/auth/providers";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.checkEmail" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function CheckEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  resolvePageLocale((await params).locale);
  const [t, tSignIn] = await Promise.all([getTranslations("auth.checkEmail"), getTranslations("auth.signIn")]);
  const delivery = signInMailDelivery();

  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700 dark:text-slate-300">{t("body")}</p>
      <p className="text-slate-700 dark:text-slate-300">{t("expiry", { hours: SIGN_IN_LINK_MAX_AGE_HOURS })}</p>
      {delivery === "dev-mailbox" ? (
        <p className="rounded-lg border border-sky-300 bg-sky-50 p-4 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100">
          {t("noMailServerBody")}{" "}
          <Link href="/dev/mailbox" className="font-medium underline">
            {t("noMailServerLink")}
          </Link>
        </p>
      ) : delivery === "server-log" ? (
        <p className="rounded-lg border border-sky-300 bg-sky-50 p-4 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100">{tSignIn("serverLogBody")}</p>
      ) : null}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t.rich("notArrived", {
          link: (chunks) => (
            <Link href="/sign-in" className="text-brand-700 underline dark:text-brand-300">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
