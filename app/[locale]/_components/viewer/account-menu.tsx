"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { SignInLink } from "../sign-in-link";
import { signOutAction } from "../sign-out-action";
import { useViewer } from "./viewer-context";

const linkClass = "rounded-md px-2 py-1.5 text-brand-700 underline-offset-4 hover:underline dark:text-brand-300";

/**
 * The header's account corner, filled in from GET /api/viewer so every page's HTML is the same for
 * every reader. Empty until the answer comes, as it was while the server streamed it in; without
 * JavaScript the account page and the sign-in page are one link away as before.
 */
export function AccountMenu() {
  const viewer = useViewer();
  const t = useTranslations("auth.menu");
  const tCases = useTranslations("cases");
  const locale = useLocale();
  if (!viewer) return null;
  if (!viewer.signedIn) return <SignInLink label={t("signIn")} className={`${linkClass} text-sm font-medium`} />;
  const name = viewer.name ?? t("label");
  return (
    <div role="group" aria-label={t("label")} className="flex max-w-[11rem] flex-wrap items-center justify-end gap-1 text-sm sm:max-w-none">
      {viewer.moderator ? (
        <Link href="/moderation" prefetch={false} className={linkClass}>
          {t("moderation")}
        </Link>
      ) : null}
      <Link href="/cases" prefetch={false} className={linkClass}>
        {tCases("menuLink")}
      </Link>
      <Link href="/account" prefetch={false} aria-label={t("account", { name })} title={name} className={`${linkClass} max-w-[8rem] truncate font-medium sm:max-w-[14rem]`}>
        {name}
      </Link>
      <form action={signOutAction}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
