import { expect, test } from "./fixtures";

test.describe("bilingual shell", () => {
  test("a first visit picks the browser's language", async ({ browser, baseURL }) => {
    const japanese = await browser.newContext({ locale: "ja-JP", baseURL });
    const page = await japanese.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/ja$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await japanese.close();
  });

  test("English is the default for other languages", async ({ browser, baseURL }) => {
    const german = await browser.newContext({ locale: "de-DE", baseURL });
    const page = await german.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await german.close();
  });

  test("every page can switch language and stays on the same page", async ({ page }) => {
    await page.goto("/en/exchanges/zaif");
    await page.getByRole("link", { name: "日本語" }).click();
    await expect(page).toHaveURL(/\/ja\/exchanges\/zaif$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ザイフ");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/exchanges\/zaif$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zaif");
  });

  test("unknown addresses get a 404 page in each language", async ({ page, consoleErrors }) => {
    const english = await page.goto("/en/no/such/page");
    expect(english?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    const japanese = await page.goto("/ja/exchanges/no-such-exchange");
    expect(japanese?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ページが見つかりません");
    await page.getByRole("link", { name: "取引所一覧へ" }).click();
    await expect(page).toHaveURL(/\/ja$/);
    // The browser logs the 404 responses themselves; that is what this test asked for.
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((text) => !text.includes("404")));
  });

  test("the browser's own /favicon.ico request finds an icon, even on a page without an icon link", async ({ page, request }) => {
    const icon = await request.get("/favicon.ico");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/");
    // A JSON answer has no <link rel="icon">, so Chromium asks for /favicon.ico; a 404 there
    // reaches the console (the fixture fails the test on it) and no response listener.
    await page.goto("/api/guides/version?slug=kraken");
    await expect(page.locator("body")).toContainText("statsVersion");
    await page.waitForTimeout(500);
  });

  test("the keyboard reaches the content through a skip link", async ({ page }) => {
    await page.goto("/en");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    await expect(page.getByRole("main")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("searchbox", { name: "Search exchanges" })).toBeFocused();
  });

  test("fits a phone screen without sideways scrolling", async ({ browser, baseURL }) => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, baseURL, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    for (const path of ["/ja", "/ja/exchanges/kraken", "/en/exchanges/kraken"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await phone.close();
  });

  test("follows the system's dark colour scheme", async ({ browser, baseURL }) => {
    const dark = await browser.newContext({ colorScheme: "dark", baseURL });
    const page = await dark.newPage();
    await page.goto("/en");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const channels = background.match(/[\d.]+/g)?.map(Number) ?? [];
    // Dark means a low lightness, whether the browser reports rgb() or oklch().
    expect(background.startsWith("oklch") ? (channels[0] ?? 1) < 0.3 : Math.max(...channels.slice(0, 3)) < 60).toBe(true);
    await dark.close();
  });
});
