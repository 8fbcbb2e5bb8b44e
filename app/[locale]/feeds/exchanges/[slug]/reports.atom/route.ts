import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { atomResponse } from "@/lib/seo/atom-response";
import { exchangeReportsFeed } from "@/lib/seo/feed-documents";

export const dynamic = "force-dynamic";

/** New published reports on one exchange, as Atom. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const xml = hasLocale(routing.locales, locale) ? await exchangeReportsFeed(locale, slug) : null;
  return xml === null ? new Response("Not found", { status: 404 }) : atomResponse(request, xml);
}
