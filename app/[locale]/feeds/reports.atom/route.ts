import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { atomResponse } from "@/lib/seo/atom-response";
import { siteReportsFeed } from "@/lib/seo/feed-documents";

export const dynamic = "force-dynamic";

/** New published reports on every exchange, as Atom. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  return atomResponse(request, await siteReportsFeed(locale));
}
