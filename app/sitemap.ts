import type { MetadataRoute } from "next";
import { listSitemapGuides } from "@/lib/data/seo/list-sitemap-guides";
import { pageAlternates, SITE_LOCALES } from "@/lib/domain/seo/page-metadata";
import { publicOrigin } from "@/lib/seo/public-origin";

// Read from the database on each request: the catalogue grows without a rebuild.
export const dynamic = "force-dynamic";

/** Every page a search engine should know, in both languages, each naming the other (hreflang). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = publicOrigin();
  const guides = await listSitemapGuides();
  const pages: { path: string; lastModified?: Date }[] = [{ path: "" }, { path: "/compare" }, ...guides.map((guide) => ({ path: `/exchanges/${guide.slug}`, lastModified: guide.lastModified }))];
  return pages.flatMap(({ path, lastModified }) =>
    SITE_LOCALES.map((locale) => {
      const { canonical, languages } = pageAlternates({ origin, locale, path });
      return { url: canonical, ...(lastModified ? { lastModified } : {}), alternates: { languages } };
    }),
  );
}
