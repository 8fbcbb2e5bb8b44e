import type { APIRequestContext, Page } from "@playwright/test";
import { atomProblems, parseAtom } from "../helpers/atom";
import { expect, test } from "./fixtures";

// What a search engine, a link preview and a feed reader get from a guide: its canonical address
// and language alternates, Open Graph and Twitter cards with a generated image, schema.org data,
// and the feeds the page points to, in both languages.

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
