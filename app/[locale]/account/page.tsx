import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { findOwnAccount } from "@/lib/data/users/find-own-account";
import { listOwnCases } from "@/lib/data/users/list-own-cases";
import { listOwnReports } from "@/lib/data/users/list-own-reports";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { DisplayNameForm } from "./display-name-form";
import { ClientMessages } from "../_components/client-messages";
import { DataRightsSection } from "./data-rights-section";
import { OwnCasesSection } from "./own-cases-section";
import { OwnReportsSection } from "./own-reports-section";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.account" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = resolvePageLocale((await params).locale);
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/account`)}`);
  const [t, format, account, reports, cases] = await Promise.all([
    getTranslations("auth.account"),
    getFormatter(),
    findOwnAccount({ actor }),
    listOwnReports({ actor }),
    listOwnCases({ actor }),
  ]);

  return (
    <div className="mx-auto max-w-xl space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {account.email ? <p className="break-all text-slate-700 dark:text-slate-300">{t("signedInAs", { email: account.email })}</p> : null}
      </div>

      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="font-medium text-slate-600 dark:text-slate-400">{t("role")}</dt>
        <dd>{t(`roleValue.${account.role}`)}</dd>
        <dt className="font-medium text-slate-600 dark:text-slate-400">{t("memberSince")}</dt>
        <dd>{format.dateTime(account.createdAt, { dateStyle: "long" })}</dd>
      </dl>

      <section aria-labelledby="display-name-title" className="space-y-3">
        <h2 id="display-name-title" className="text-lg font-semibold">
          {t("displayNameTitle")}
        </h2>
        <ClientMessages paths={["auth.account"]}>
          <DisplayNameForm current={account.displayName ?? ""} />
        </ClientMessages>
      </section>

      <OwnReportsSection reports={reports} locale={locale} />
      <OwnCasesSection cases={cases} locale={locale} />
      <DataRightsSection />
    </div>
  );
}
