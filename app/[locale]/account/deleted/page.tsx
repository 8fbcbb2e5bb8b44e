import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "accountData.deleted" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Where a deleted account lands, signed out. */
export default async function AccountDeletedPage({ params }: Props) {
  resolvePageLocale((await params).locale);
  const t = await getTranslations("accountData.deleted");
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700 dark:text-slate-300">{t("body")}</p>
      <Link href="/" className="font-medium text-brand-700 underline dark:text-brand-300">
        {t("home")}
      </Link>
    </div>
  );
}
