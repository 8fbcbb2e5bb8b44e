"use client";

import { useLocale } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

/** "Sign in", coming back to the page it was clicked on. Not prefetched, like the rest of the header. */
export function SignInLink({ label, className }: { label: string; className: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const comeBack = pathname !== "/" && !pathname.startsWith("/sign-in");
  return (
    <Link href={comeBack ? { pathname: "/sign-in", query: { callbackUrl: `/${locale}${pathname}` } } : "/sign-in"} prefetch={false} className={className}>
      {label}
    </Link>
  );
}
