import { catalogue } from "../../prisma/seed/catalogue";
import { expect, test } from "./fixtures";

test.describe("home page", () => {
  test("lists the whole catalogue in English at /en", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Lost your 2FA device?");
    const list = page.getByRole("region", { name: "Exchanges" }).getByRole("list");
    await expect(list.getByRole("listitem")).toHaveCount(catalogue.length);
    await expect(list.getByRole("link", { name: /Kraken/ })).toContainText("1 report");
    await expect(list.getByRole("link", { name: /Binance/ })).toContainText("No reports yet");
  });

  test("lists the whole catalogue in Japanese at /ja", async ({ page }) => {
    await page.goto("/ja");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    const list = page.getByRole("region", { name: "取引所" }).getByRole("list");
    await expect(list.getByRole("listitem")).toHaveCount(catalogue.length);
    await expect(list.getByRole("link", { name: /クラーケン/ })).toContainText("報告 1件");
    await expect(list.getByRole("link", { name: /ザイフ/ })).toBeVisible();
  });

  for (const query of ["クラーケン", "kraken", "ｸﾗｰｹﾝ"]) {
    test(`searching "${query}" finds Kraken`, async ({ page }) => {
      await page.goto("/en");
      await page.getByRole("searchbox", { name: "Search exchanges" }).fill(query);
      await page.getByRole("searchbox", { name: "Search exchanges" }).press("Enter");
      await expect(page).toHaveURL(/q=/);
      const list = page.getByRole("region", { name: "Exchanges" }).getByRole("list");
      await expect(list.getByRole("listitem")).toHaveCount(1);
      await expect(list.getByRole("link")).toContainText("Kraken");
    });
  }

  test("searching in Japanese on the Japanese page finds Coincheck by a partial name", async ({ page }) => {
    await page.goto("/ja");
    await page.getByRole("searchbox", { name: "取引所を検索" }).fill("チェック");
    await page.getByRole("button", { name: "検索" }).click();
    const list = page.getByRole("region", { name: "取引所" }).getByRole("list");
    await expect(list.getByRole("link")).toContainText("コインチェック");
  });

  test("says so when nothing matches, keeps the query and offers the full list", async ({ page }) => {
    await page.goto("/en?q=nosuchexchange");
    await expect(page.getByText("No exchange matches “nosuchexchange”")).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Search exchanges" })).toHaveValue("nosuchexchange");
    await page.getByRole("link", { name: "Show all" }).click();
    await expect(page.getByRole("region", { name: "Exchanges" }).getByRole("listitem")).toHaveCount(catalogue.length);
  });
});
