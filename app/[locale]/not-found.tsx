import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <p className="text-5xl font-bold text-slate-300 dark:text-slate-700" aria-hidden>
        404
      </p>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700 dark:text-slate-300">{t("body")}</p>
      <Link href="/" className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">
        {t("home")}
      </Link>
    </div>
  );
}
