import { requiredItems } from "../../prisma/seed/required-items";
import { seedReports } from "../../prisma/seed/seed-reports";
import { expect, test } from "./fixtures";

const labelOf = (code: string, language: "labelEn" | "labelJa") => requiredItems.find((item) => item.code === code)?.[language] ?? code;
const languageNames: Record<string, string> = { ja: "Japanese", en: "English" };

// Every fact of the four seed recoveries must be readable on its exchange's page.
for (const seed of seedReports) {
  test(`the ${seed.exchangeSlug} page shows every fact of its seed report`, async ({ page }) => {
    await page.goto(`/en/exchanges/${seed.exchangeSlug}`);
    const report = page.locator(`article#report-${seed.id}, article[aria-labelledby="report-${seed.id}"]`);
    await expect(report).toBeVisible();

    await expect(report).toContainText(seed.contactPath);
    await expect(report).toContainText(seed.summary);
    await expect(report).toContainText(seed.lockoutDetail);
    await expect(report).toContainText("Did not have them");
    await expect(report).toContainText("Resolved");
    await expect(report).toContainText("October 2017");
    if (seed.verificationLevel) await expect(report).toContainText(seed.verificationLevel);

    const timeline = report.getByRole("list").first();
    await expect(timeline.getByRole("listitem")).toHaveCount(seed.events.length);
    for (const [index, event] of seed.events.entries()) {
      const item = timeline.getByRole("listitem").nth(index);
      await expect(item.locator("time")).toHaveAttribute("datetime", new RegExp(`^${event.day}`));
      if (event.note) await expect(item).toContainText(event.note);
      if (event.language) await expect(item).toContainText(`in ${languageNames[event.language]}`);
    }

    for (const item of seed.requiredItems) {
      await expect(report).toContainText(labelOf(item.code, "labelEn"));
      if (item.note) await expect(report).toContainText(item.note);
    }
    for (const tip of (seed.tips ?? "").split("\n").filter(Boolean)) await expect(report).toContainText(tip);

    await expect(report).toContainText(`Inquiry written in${languageNames[seed.inquiryLanguage]}`);
    await expect(report).toContainText(`Replies came in${seed.replyLanguages.map((code) => languageNames[code]).join(", ")}`);
  });
}

test("the Japanese page of a seed report uses Japanese labels and item names", async ({ page }) => {
  await page.goto("/ja/exchanges/zaif");
  const report = page.locator('article[aria-labelledby="report-seed-report-zaif"]');
  await expect(report.getByRole("heading", { name: "サポートに求められたもの" })).toBeVisible();
  for (const code of ["FULL_NAME", "NAME_KANA", "ADDRESS", "REGISTRATION_DATE", "TRADE_HISTORY", "PHONE"]) {
    await expect(report).toContainText(labelOf(code, "labelJa"));
  }
  await expect(report).toContainText("最初の問い合わせから完了まで11日");
  await expect(report).toContainText("この報告は英語で書かれています。");
});

test("a report has a page of its own that links back to its exchange", async ({ page }) => {
  await page.goto("/en/exchanges/kraken");
  await page.getByRole("link", { name: "Open this report" }).click();
  await expect(page).toHaveURL(/\/en\/reports\/seed-report-kraken$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Recovery at Kraken, October 2017");
  await expect(page.getByText("Official support never contacts you first")).toBeVisible();
  await page.getByRole("link", { name: /All reports for Kraken/ }).click();
  await expect(page).toHaveURL(/\/en\/exchanges\/kraken$/);
});

test("an exchange without reports says so", async ({ page }) => {
  await page.goto("/en/exchanges/binance");
  await expect(page.getByRole("heading", { level: 1, name: "Binance" })).toBeVisible();
  await expect(page.getByText("Nobody has reported a recovery at this exchange yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "binance.com" })).toHaveAttribute("href", "https://binance.com");
});
