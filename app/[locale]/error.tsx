"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Link } from "@/lib/i18n/navigation";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  useEffect(() => {
    // Keeps the digest findable in the browser console when someone reports the problem.
    console.warn("Page error", error.digest ?? error.message);
  }, [error]);

  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700 dark:text-slate-300">{t("body")}</p>
      <div className="flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">
          {t("retry")}
        </button>
        <Link href="/" className="rounded-md border border-slate-300 px-4 py-2 font-medium dark:border-slate-700">
          {t("home")}
        </Link>
      </div>
    </div>
  );
}
