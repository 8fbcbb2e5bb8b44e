import { describe, expect, it } from "vitest";
import { pageAlternates, serializeJsonLd, webPageJsonLd } from "./page-metadata";
import { publicOriginOf } from "./public-origin";
import { guideCardLines, latinOnly } from "./guide-card";

const origin = "https://atlas.example";

describe("pageAlternates", () => {
  it("names the page's own address canonical and both languages plus x-default as alternates", () => {
    expect(pageAlternates({ origin, locale: "ja", path: "/exchanges/kraken" })).toEqual({
      canonical: `${origin}/ja/exchanges/kraken`,
      languages: { en: `${origin}/en/exchanges/kraken`, ja: `${origin}/ja/exchanges/kraken`, "x-default": `${origin}/en/exchanges/kraken` },
    });
  });

  it("lists feeds as Atom alternates", () => {
    const feeds = [{ url: `${origin}/en/feeds/reports.atom`, title: "New reports" }];
    expect(pageAlternates({ origin, locale: "en", path: "", feeds }).types).toEqual({ "application/atom+xml": feeds });
  });
});

describe("webPageJsonLd", () => {
  it("is a schema.org WebPage with a numbered BreadcrumbList and nothing claimed about ratings", () => {
    const data = webPageJsonLd({
      url: `${origin}/en/exchanges/kraken`,
      name: "Kraken",
      description: "d",
      locale: "en",
      siteName: "Recovery Atlas",
      siteUrl: `${origin}/en`,
      breadcrumbs: [{ name: "Exchanges", url: `${origin}/en` }, { name: "Kraken", url: `${origin}/en/exchanges/kraken` }],
    });
    expect(data["@type"]).toBe("WebPage");
    expect(data.breadcrumb).toEqual({
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Exchanges", item: `${origin}/en` },
        { "@type": "ListItem", position: 2, name: "Kraken", item: `${origin}/en/exchanges/kraken` },
      ],
    });
    expect(JSON.stringify(data)).not.toMatch(/Review|Rating/);
  });
});

describe("serializeJsonLd", () => {
  it("cannot close its script element and parses back to the same value", () => {
    const value = { name: "</script><script>alert(1)</script>\u2028" };
    const text = serializeJsonLd(value);
    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe("publicOriginOf", () => {
  it("takes AUTH_URL's origin, else localhost on the port: never a request's host", () => {
    expect(publicOriginOf({ AUTH_URL: "https://atlas.example/api/auth", PORT: 3000 })).toBe("https://atlas.example");
    expect(publicOriginOf({ PORT: 4123 })).toBe("http://localhost:4123");
  });
});

describe("guideCardLines", () => {
  it("states the median with n, rounded as the guide shows it", () => {
    expect(guideCardLines({ nameEn: "bitFlyer", n: 34, medianResolutionDays: 11.4 }, "Recovery Atlas")).toEqual({
      site: "Recovery Atlas",
      name: "bitFlyer",
      figure: "Median time to resolution: 11 days",
      sample: "n = 34 reports",
    });
  });

  it("says so when there is no median, and keeps to the Latin the bundled font draws", () => {
    const lines = guideCardLines({ nameEn: "Coincheck コインチェック 🚀", n: 1, medianResolutionDays: null }, "Recovery Atlas");
    expect(lines.name).toBe("Coincheck");
    expect(lines.figure).toMatch(/not enough reports/);
    expect(lines.sample).toBe("n = 1 report");
    expect(latinOnly("ビットフライヤー")).toBe("");
  });
});
