import { signInWithEmail, uniqueEmail } from "./auth-helpers";
import { expect, test } from "./fixtures";
import { openGuideData, type GuideData } from "./guide-data";
import type { Page } from "@playwright/test";

// The shared page cache (docs/decisions/006-page-cache.md) as a reader meets it: a guide an
// anonymous reader opened before comes from memory, under a Content-Security-Policy of script
// hashes that still lets the page's own scripts run, also to signed-in readers, whose own parts the browser fills in.

test.describe("the shared page cache", () => {
  test.describe.configure({ mode: "serial" });
  // An exchange no other spec counts on.
  const EXCHANGE_SLUG = "independent-reserve";
  const PATH = `/en/exchanges/${EXCHANGE_SLUG}`;
  let data: GuideData;

  test.beforeAll(async () => {
    data = await openGuideData(EXCHANGE_SLUG, 5);
  });

  test.afterAll(async () => {
    await data.cleanup();
  });

  /** Opens the page until it comes from the cache (the first render may recompute the figures, which drops it once). */
  async function openCached(page: Page, path: string) {
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await page.goto(path);
      if (response?.headers()["x-page-cache"] === "hit") return response;
      await page.waitForTimeout(200);
    }
    throw new Error(`${path} never came from the page cache`);
  }

  test("a guide opened before comes from the cache, and its scripts run under the hashed policy", async ({ page }) => {
    const streamed = page.waitForRequest((request) => request.url().includes(`/api/live?slug=${EXCHANGE_SLUG}`));
    const response = await openCached(page, PATH);
    const policy = response.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
    expect(policy).not.toContain("nonce");
    // The live refresh is client code: it opens its stream only if the page's scripts ran
    // (fixtures fail the test on any console error, which is where a blocked script would show).
    await streamed;
    await expect(page.getByTestId("guide-n")).toHaveText("From 5 reports");
    // A client-side navigation from the cached page works too.
    await page.getByRole("link", { name: "Compare", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/compare$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("the same page in the other language and the comparison are cached apart", async ({ page }) => {
    const japanese = await openCached(page, `/ja/exchanges/${EXCHANGE_SLUG}`);
    expect(await japanese.text()).toContain('lang="ja"');
    await openCached(page, "/en/compare");
  });

  test("the home page is kept once its streamed list rendered, and a forged X-Forwarded-Host never reaches that copy", async ({ page, request }) => {
    // A query of its own, so that no other spec's visit made this copy.
    const path = "/en?from=page-cache-spec";
    const forged = await request.get(path, { headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" } });
    expect(forged.status()).toBe(200);
    const response = await openCached(page, path);
    expect(JSON.stringify(response.headers())).not.toContain("evil.example");
    expect(await response.text()).not.toContain("evil.example");
    await expect(page.getByRole("heading", { level: 2, name: "Exchanges" })).toBeVisible();
  });

  test("a signed-in reader gets the shared guide, with their own parts filled in by the browser", async ({ page }) => {
    await openCached(page, PATH);
    const email = uniqueEmail("page-cache");
    data.created.emails.push(email);
    await signInWithEmail(page, email);
    // The guide is the same copy anonymous readers get (ADR 017); the account corner and the vote
    // buttons come from /api/viewer, asked with this reader's cookie.
    const viewer = page.waitForResponse((response) => response.url().includes("/api/viewer?reports="));
    const response = await openCached(page, PATH);
    expect(await response.text()).not.toContain(email);
    expect(await (await viewer).json()).toMatchObject({ signedIn: true });
    await expect(page.getByRole("group", { name: "Account" })).toBeVisible();
    const reportId = data.created.reportIds[0] ?? "";
    const votes = page.locator(`article[aria-labelledby="report-${reportId}"]`).getByRole("group", { name: "Was this report useful?" });
    await expect(votes.getByRole("button", { name: /Matched my experience \/ helpful/ })).toHaveAttribute("aria-pressed", "false");
    // A report list still shows the reader's votes rendered on the server, so it is theirs alone.
    const list = await page.goto(`${PATH}/reports`);
    expect(list?.headers()["x-page-cache"]).toBeUndefined();
  });
});
