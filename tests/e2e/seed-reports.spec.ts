import { requiredItems } from "../../prisma/seed/required-items";
import { seedReportIn, seedReports } from "../../prisma/seed/seed-reports";
import { expect, test } from "./fixtures";
import { openWholeReport } from "./guide-reports";

const labelOf = (code: string, language: "labelEn" | "labelJa") => requiredItems.find((item) => item.code === code)?.[language] ?? code;

// Every fact of the four seed recoveries must be readable on its exchange's page, in both
// languages: the Japanese original at /ja, the English translation at /en. The guide lists each
// report's summary and loads the rest when the reader opens the report.
const pages = [
  { locale: "en", language: "en", languageNames: { ja: "Japanese", en: "English" }, labels: "labelEn", noBackup: "Did not have them", resolved: "Resolved", month: "October 2017", inquiry: "Inquiry written in", replies: "Replies came in" },
  { locale: "ja", language: "ja", languageNames: { ja: "日本語", en: "英語" }, labels: "labelJa", noBackup: "なかった", resolved: "解決", month: "2017年10月", inquiry: "問い合わせの言語", replies: "返信の言語" },
] as const;

for (const view of pages) {
  for (const seed of seedReports.map((report) => seedReportIn(report, view.language))) {
    test(`the ${seed.exchangeSlug} page at /${view.locale} shows every fact of its seed report`, async ({ page }) => {
      await page.goto(`/${view.locale}/exchanges/${seed.exchangeSlug}`);
      const report = page.locator(`article[aria-labelledby="report-${seed.id}"]`);
      await expect(report).toBeVisible();
      await expect(report).toContainText(seed.summary);
      await openWholeReport(report);

      await expect(report).toContainText(seed.contactPath);
      await expect(report).toContainText(seed.summary);
      await expect(report).toContainText(seed.lockoutDetail);
      await expect(report).toContainText(view.noBackup);
      await expect(report).toContainText(view.resolved);
      await expect(report).toContainText(view.month);
      if (seed.verificationLevel) await expect(report).toContainText(seed.verificationLevel);

      const timeline = report.getByRole("list").first();
      await expect(timeline.getByRole("listitem")).toHaveCount(seed.events.length);
      for (const [index, event] of seed.events.entries()) {
        const item = timeline.getByRole("listitem").nth(index);
        await expect(item.locator("time")).toHaveAttribute("datetime", new RegExp(`^${event.day}`));
        if (event.note) await expect(item).toContainText(event.note);
        if (event.language) await expect(item).toContainText(view.languageNames[event.language as "ja" | "en"]);
      }

      for (const item of seed.requiredItems) {
        await expect(report).toContainText(labelOf(item.code, view.labels));
        if (item.note) await expect(report).toContainText(item.note);
      }
      for (const tip of (seed.tips ?? "").split("\n").filter(Boolean)) await expect(report).toContainText(tip);

      await expect(report).toContainText(`${view.inquiry}${view.languageNames.ja}`);
      await expect(report).toContainText(`${view.replies}${seed.replyLanguages.map((code) => view.languageNames[code as "ja" | "en"]).join(", ")}`);
    });
  }
}

test("the English page says the seed report is the author's translation and offers the Japanese original", async ({ page }) => {
  const kraken = seedReports.find((seed) => seed.exchangeSlug === "kraken");
  if (!kraken) throw new Error("The Kraken seed report is missing");
  await page.goto("/en/exchanges/kraken");
  const report = page.locator('article[aria-labelledby="report-seed-report-kraken"]');
  await expect(report.getByRole("note")).toContainText("Translated from Japanese by the report's author.");
  await expect(report.locator('[lang="en"]').filter({ hasText: kraken.summary.en })).toHaveCount(1);
  const original = report.getByRole("group").filter({ has: page.getByText("Read the original (Japanese)") });
  await expect(original.getByText(kraken.summary.ja)).toBeHidden();
  await original.getByText("Read the original (Japanese)").click();
  await expect(original.getByText(kraken.summary.ja)).toBeVisible();
  // Kraken's seven questions, in the original.
  await expect(original).toContainText(kraken.events[1]?.note?.ja ?? "");
});

test("the Japanese page shows the seed report in its Japanese original, without a translation notice", async ({ page }) => {
  await page.goto("/ja/exchanges/zaif");
  const report = page.locator('article[aria-labelledby="report-seed-report-zaif"]');
  await openWholeReport(report);
  await expect(report.getByRole("heading", { name: "サポートに求められたもの" })).toBeVisible();
  for (const code of ["FULL_NAME", "NAME_KANA", "ADDRESS", "REGISTRATION_DATE", "TRADE_HISTORY", "PHONE"]) {
    await expect(report).toContainText(labelOf(code, "labelJa"));
  }
  await expect(report).toContainText("最初の問い合わせから完了まで11日");
  await expect(report.getByRole("note")).toHaveCount(0);
  await expect(report).not.toContainText("英語で書かれています");
  await expect(report.locator('[lang="ja"]').first()).toBeVisible();
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
  await expect(page.getByRole("link", { name: "binance.com", exact: true })).toHaveAttribute("href", "https://binance.com");
});
