import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { atomResponse } from "@/lib/seo/atom-response";
import { guideChangesFeed } from "@/lib/seo/feed-documents";

export const dynamic = "force-dynamic";

/** Changes to one exchange's guide: official procedure edits and the change signal, as Atom. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const xml = hasLocale(routing.locales, locale) ? await guideChangesFeed(locale, slug) : null;
  return xml === null ? new Response("Not found", { status: 404 }) : atomResponse(request, xml);
}
