import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { getActor } from "@/lib/auth/session";
import { isModerator } from "@/lib/domain/permissions";
import { Link } from "@/lib/i18n/navigation";
import { SignInLink } from "./sign-in-link";
import { signOutAction } from "./sign-out-action";

const linkClass = "rounded-md px-2 py-1.5 text-brand-700 underline-offset-4 hover:underline dark:text-brand-300";

/** The header's account corner. Streams in, so a session lookup never holds up the page. */
export function UserMenu({ locale }: { locale: string }) {
  return (
    <Suspense fallback={null}>
      <UserMenuContent locale={locale} />
    </Suspense>
  );
}

async function UserMenuContent({ locale }: { locale: string }) {
  const [actor, t, tCases] = await Promise.all([getActor(), getTranslations("auth.menu"), getTranslations("cases")]);
  if (!actor) {
    return <SignInLink label={t("signIn")} className={`${linkClass} text-sm font-medium`} />;
  }
  const name = actor.displayName ?? t("label");
  return (
    <div role="group" aria-label={t("label")} className="flex max-w-[11rem] flex-wrap items-center justify-end gap-1 text-sm sm:max-w-none">
      {isModerator(actor) ? (
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
