import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { listOwnReports } from "@/lib/data/users/list-own-reports";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { ClientMessages } from "../../_components/client-messages";
import { DeleteAccountForm } from "./delete-account-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "accountData.delete" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Deleting the account asks on a page of its own, with a choice about the reports and a box to tick. */
export default async function DeleteAccountPage({ params }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/account/delete`)}`);
  const [t, reports] = await Promise.all([getTranslations("accountData.delete"), listOwnReports({ actor })]);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <p className="text-slate-700 dark:text-slate-300">{t("reportCount", { count: reports.length })}</p>
      <ClientMessages paths={["accountData.delete"]}>
        <DeleteAccountForm />
      </ClientMessages>
    </div>
  );
}
