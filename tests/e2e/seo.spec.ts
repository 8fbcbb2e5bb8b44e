import type { APIRequestContext, Page } from "@playwright/test";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { atomProblems, parseAtom } from "../helpers/atom";
import { connectAppDatabase, specReportData, userIdsOf } from "./app-database";
import { signInWithEmail, uniqueEmail } from "./auth-helpers";
import { expect, test } from "./fixtures";

// What a search engine, a link preview and a feed reader get from a guide: its canonical address
// and language alternates, Open Graph and Twitter cards with a generated image, schema.org data,
// and the feeds the page points to, in both languages; a report page's address and languages.

// A seed report (prisma/seed/seed-reports.ts), published in every database the app starts with.
const SEED_REPORT_ID = "seed-report-zaif";
// Held reports go to an exchange no other spec counts on.
const HELD_REPORT_EXCHANGE_SLUG = "btc-markets";

/** The path of an absolute address on the app's origin, to fetch it from the server under test. */
const pathOf = (href: string) => {
  const url = new URL(href);
  return `${url.pathname}${url.search}`;
};

async function head(page: Page, selector: string, attribute: string): Promise<string> {
  const value = await page.locator(`head ${selector}`).first().getAttribute(attribute);
  expect(value, selector).toBeTruthy();
  return value ?? "";
}

async function expectAtom(request: APIRequestContext, href: string) {
  const response = await request.get(pathOf(href));
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  expect(response.headers()["etag"]).toBeTruthy();
  const feed = parseAtom(await response.text());
  expect(atomProblems(feed)).toEqual([]);
  return feed;
}

test.describe("search engines and link previews", () => {
  test("a guide names its canonical address, its languages, its preview image, its data and its feeds", async ({ page }) => {
    await page.goto("/en/exchanges/kraken");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kraken");
    await expect(page).toHaveTitle("Kraken: getting your account back after losing 2FA");

    const canonical = await head(page, 'link[rel="canonical"]', "href");
    expect(new URL(canonical).pathname).toBe("/en/exchanges/kraken");
    expect(new URL(await head(page, 'link[rel="alternate"][hreflang="ja"]', "href")).pathname).toBe("/ja/exchanges/kraken");
    expect(new URL(await head(page, 'link[rel="alternate"][hreflang="en"]', "href")).pathname).toBe("/en/exchanges/kraken");
    expect(await head(page, 'meta[name="description"]', "content")).toContain("Kraken");

    expect(await head(page, 'meta[property="og:title"]', "content")).toBe("Kraken: getting your account back after losing 2FA");
    expect(await head(page, 'meta[name="twitter:card"]', "content")).toBe("summary_large_image");
    const image = await page.request.get(pathOf(await head(page, 'meta[property="og:image"]', "content")));
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect((await image.body()).subarray(1, 4).toString("latin1")).toBe("PNG");

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "") as Record<string, unknown>;
    expect(jsonLd).toMatchObject({ "@context": "https://schema.org", "@type": "WebPage", url: canonical, breadcrumb: { "@type": "BreadcrumbList" } });

    const feeds = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    const hrefs = await feeds.evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(hrefs.map((href) => new URL(href).pathname).sort()).toEqual(["/en/feeds/exchanges/kraken/guide.atom", "/en/feeds/exchanges/kraken/reports.atom", "/en/feeds/reports.atom"]);
    const reports = await expectAtom(page.request, hrefs.find((href) => href.endsWith("/kraken/reports.atom")) ?? "");
    expect(reports.entries.length).toBeGreaterThan(0);
    for (const href of hrefs) await expectAtom(page.request, href);
  });

  test("the Japanese guide has a Japanese title and description and its own canonical address", async ({ page }) => {
    await page.goto("/ja/exchanges/kraken");
    await expect(page).toHaveTitle("クラーケン：二段階認証をなくしたときのアカウント復旧");
    expect(await head(page, 'meta[name="description"]', "content")).toMatch(/クラーケンのサポートが求めたもの/);
    expect(new URL(await head(page, 'link[rel="canonical"]', "href")).pathname).toBe("/ja/exchanges/kraken");
    expect(await head(page, 'meta[property="og:locale"]', "content")).toBe("ja_JP");
    const feed = await expectAtom(page.request, await head(page, 'link[rel="alternate"][type="application/atom+xml"][href$="/ja/feeds/reports.atom"]', "href"));
    expect(feed.title).toBe("Recovery Atlas：新しい体験談");
  });

  test("the sitemap lists the guides in both languages with hreflang alternates", async ({ request }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(xml).toMatch(/<loc>[^<]*\/en\/exchanges\/kraken<\/loc>/);
    expect(xml).toMatch(/<loc>[^<]*\/ja\/exchanges\/kraken<\/loc>/);
    expect(xml).toMatch(/hreflang="ja"\s+href="[^"]*\/ja\/exchanges\/kraken"/);
  });
});

test.describe("report pages for search engines", () => {
  let prisma: PrismaClient;
  const created: { reportIds: string[]; emails: string[] } = { reportIds: [], emails: [] };
  test.beforeAll(() => {
    prisma = connectAppDatabase();
  });
  test.afterAll(async () => {
    await prisma.report.deleteMany({ where: { id: { in: created.reportIds } } });
    await prisma.user.deleteMany({ where: { id: { in: await userIdsOf(prisma, created.emails) } } });
    await prisma.$disconnect();
  });

  for (const [locale, other] of [["en", "ja"], ["ja", "en"]] as const) {
    test(`a published report names its own ${locale} address canonical and the ${other} one as its alternate`, async ({ page }) => {
      await page.goto(`/${locale}/reports/${SEED_REPORT_ID}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const canonical = await head(page, 'link[rel="canonical"]', "href");
      expect(new URL(canonical).pathname).toBe(`/${locale}/reports/${SEED_REPORT_ID}`);
      expect(new URL(await head(page, `link[rel="alternate"][hreflang="${other}"]`, "href")).pathname).toBe(`/${other}/reports/${SEED_REPORT_ID}`);
      expect(new URL(await head(page, `link[rel="alternate"][hreflang="${locale}"]`, "href")).pathname).toBe(`/${locale}/reports/${SEED_REPORT_ID}`);
      expect(new URL(await head(page, 'link[rel="alternate"][hreflang="x-default"]', "href")).pathname).toBe(`/en/reports/${SEED_REPORT_ID}`);
      expect(await head(page, 'meta[property="og:url"]', "content")).toBe(canonical);
      expect(await page.locator('head meta[name="robots"]').count()).toBe(0);
      const feeds = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').evaluateAll((links) => links.map((link) => new URL(link.getAttribute("href") ?? "").pathname));
      expect(feeds.sort()).toEqual([`/${locale}/feeds/exchanges/zaif/reports.atom`, `/${locale}/feeds/reports.atom`]);
    });
  }

  test("a held report, which only its author sees, is not to be indexed and names no canonical address", async ({ page }) => {
    const email = uniqueEmail("seo");
    created.emails.push(email);
    await signInWithEmail(page, email);
    const [authorId] = await userIdsOf(prisma, [email]);
    const exchange = await prisma.exchange.findUniqueOrThrow({ where: { slug: HELD_REPORT_EXCHANGE_SLUG }, select: { id: true } });
    const report = await prisma.report.create({
      data: specReportData(exchange.id, authorId ?? "", "2026-02", { status: "PENDING_REVIEW", heldReasons: ["messenger"] }),
      select: { id: true },
    });
    created.reportIds.push(report.id);
    await page.goto(`/en/reports/${report.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await head(page, 'meta[name="robots"]', "content")).toContain("noindex");
    await expect(page.locator('head link[rel="canonical"]')).toHaveCount(0);
    await expect(page.locator("head link[hreflang]")).toHaveCount(0);
  });
});
