import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/data/errors";
import { findOwnCase } from "@/lib/data/users/find-own-case";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { primaryName } from "../../../../_components/names";
import { buttonClass, dangerButtonClass } from "../../../account-styles";
import { deleteCaseAction } from "../../../data-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "accountData.deleteCase" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Deleting asks once more, on a page of its own: it works without scripts and cannot be clicked by accident. */
export default async function DeleteCasePage({ params }: Props) {
  const { locale: requested, id } = await params;
  const locale = resolvePageLocale(requested);
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/account/cases/${encodeURIComponent(id)}/delete`)}`);
  const recoveryCase = await findOwnCase({ actor, caseId: id }).catch((error: unknown) => {
    // Someone else's case looks exactly like one that does not exist.
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [t, format] = await Promise.all([getTranslations("accountData.deleteCase"), getFormatter()]);

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="font-medium">
        {t("summary", { exchange: primaryName(recoveryCase.exchange, locale), date: format.dateTime(recoveryCase.createdAt, { dateStyle: "long" }) })}
      </p>
      <p className="text-slate-700 dark:text-slate-300">{t("events", { count: recoveryCase._count.events })}</p>
      <p className="text-slate-700 dark:text-slate-300">{t("body")}</p>
      <form action={deleteCaseAction} className="flex flex-col gap-3 sm:flex-row">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="caseId" value={recoveryCase.id} />
        <button type="submit" className={dangerButtonClass}>
          {t("confirm")}
        </button>
        <Link href="/account" className={buttonClass}>
          {t("cancel")}
        </Link>
      </form>
    </div>
  );
}
