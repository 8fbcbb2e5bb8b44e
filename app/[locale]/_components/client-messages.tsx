import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages } from "@/lib/i18n/messages";

// Client components read their texts from the nearest provider, and every message given to one is
// serialised into the page. The layout gives only what client components on any page use; pages
// with their own client forms wrap them in a provider that adds what those need.
const EVERY_PAGE = ["error", "guide.votes", "moderation.flag"];

/** Provides the every-page client messages plus those at `paths` ("all" for the whole catalogue) to `children`. */
export async function ClientMessages({ paths, children }: { paths: readonly string[] | "all"; children: ReactNode }) {
  const messages = (await getMessages()) as Record<string, unknown>;
  const picked = paths === "all" ? messages : pickMessages(messages, [...EVERY_PAGE, ...paths]);
  return <NextIntlClientProvider messages={picked as Awaited<ReturnType<typeof getMessages>>}>{children}</NextIntlClientProvider>;
}
