import { join } from "node:path";
import { requiredItems } from "../../prisma/seed/required-items";
import { seedReportIn, seedReports } from "../../prisma/seed/seed-reports";
import { expect, keepScreenshot, test } from "./fixtures";
import { openGuideData, type GuideData } from "./guide-data";

const labelOf = (code: string, language: "labelEn" | "labelJa" = "labelEn") => requiredItems.find((item) => item.code === code)?.[language] ?? code;

// The four seed exchanges have one report each: a guide with a checklist, a contact path and
// tips, its figures held back. Other specs may add a report to some of them, so counts are not
// asserted here.
for (const seed of seedReports.map((report) => seedReportIn(report, "en"))) {
  test(`the ${seed.exchangeSlug} guide lists what to prepare, where to write and tips from its seed report`, async ({ page }) => {
    await page.goto(`/en/exchanges/${seed.exchangeSlug}`);
    await expect(page.getByRole("heading", { level: 2, name: "Recovery guide" })).toBeVisible();
    await expect(page.getByText("Not enough reports yet", { exact: true })).toBeVisible();
    await expect(page.getByText(/^From \d+ reports?$/)).toBeVisible();

    const prepare = page.getByRole("region", { name: "What to prepare" });
    for (const item of seed.requiredItems) await expect(prepare).toContainText(labelOf(item.code));
    await expect(prepare).toContainText(/Asked for in \d+ reports?/);
    await expect(prepare).not.toContainText("%");

    const contact = page.getByRole("region", { name: "Where to contact" });
    await expect(contact).toContainText(seed.contactPath);
    await expect(contact).toContainText("Web form");

    const tips = page.getByRole("region", { name: "Tips from the best-rated reports" });
    const firstTip = (seed.tips ?? "").split("\n")[0] ?? "";
    await expect(tips).toContainText(firstTip);

    await expect(page.getByRole("region", { name: "Before it happens to you" })).toContainText("backup codes");
    await expect(page.getByRole("region", { name: "How long it takes" })).toHaveCount(0);
    await expect(page.getByRole("img", { name: /Share of cases resolved/ })).toHaveCount(0);
  });
}

test("the Japanese guide of Zaif uses the Japanese catalogue", async ({ page }) => {
  await page.goto("/ja/exchanges/zaif");
  await expect(page.getByRole("heading", { level: 2, name: "復旧ガイド" })).toBeVisible();
  await expect(page.getByText("まだ報告が足りません", { exact: true })).toBeVisible();
  const prepare = page.getByRole("region", { name: "準備するもの" });
  await expect(prepare).toContainText(labelOf("NAME_KANA", "labelJa"));
  const zaif = seedReports.find((seed) => seed.exchangeSlug === "zaif");
  await expect(page.getByRole("region", { name: "問い合わせ先" })).toContainText(zaif?.contactPath.ja ?? "");
  await expect(page.getByRole("region", { name: "評価の高い報告からのヒント" })).toContainText(zaif?.tips?.ja.split("\n")[0] ?? "");
  await expect(page.getByRole("link", { name: "比較", exact: true })).toHaveAttribute("href", "/ja/compare");
  await page.setViewportSize({ width: 1000, height: 2200 });
  await keepScreenshot(page, "guide-zaif-ja");
});

test.describe("a guide with enough reports", () => {
  test.describe.configure({ mode: "serial" });
  const EXCHANGE_SLUG = "okx";
  const REPORTS = 6;
  let data: GuideData;

  test.beforeAll(async () => {
    data = await openGuideData(EXCHANGE_SLUG, REPORTS);
  });

  test.afterAll(async () => {
    await data.cleanup();
  });

  test("shows figures with n, a chart of the share resolved by day, and the checklist by share", async ({ page }) => {
    await page.goto(`/en/exchanges/${EXCHANGE_SLUG}`);
    await expect(page.getByText("Not enough reports yet", { exact: true })).toHaveCount(0);
    await expect(page.getByText("Low (5–14 reports)")).toBeVisible();

    const timing = page.getByRole("region", { name: "How long it takes" });
    const chart = timing.getByRole("img", { name: "Share of cases resolved by day, OKX" });
    await expect(chart).toBeVisible();
    await expect(chart.locator("title")).toHaveText("Share of cases resolved by day, OKX");
    // The step curve stays inside the plot: no point above 100% or below 0%.
    const plotted = ((await chart.locator("path").first().getAttribute("d")) ?? "").match(/-?[\d.]+,-?[\d.]+/g) ?? [];
    expect(plotted.length).toBeGreaterThan(REPORTS);
    for (const point of plotted) {
      const y = Number(point.split(",")[1]);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(270);
    }
    await expect(chart.locator("desc")).toContainText(`from ${REPORTS} reports`);
    await expect(timing.getByText(`n = ${REPORTS} · Jun 2026 – Sep 2026`).first()).toBeVisible();
    // Resolution days 2, 3, 5, 6, 9, 14: the median is 5 days.
    await expect(timing.getByRole("heading", { name: "Resolution", exact: true }).locator("..")).toContainText("Median5 days");
    await expect(timing).toContainText("by day 7");
    // The table's rows are drawn when it is opened: one per day a case was resolved, and its header.
    await timing.getByText("Data as a table").click();
    await expect(timing.getByRole("table")).toBeVisible();
    await expect(timing.getByRole("table").getByRole("row")).toHaveCount(REPORTS + 1);
    await expect(timing.getByRole("table").getByRole("row").nth(3)).toContainText("5");
    if (process.env.E2E_SCREENSHOTS) {
      await timing.screenshot({ path: join(process.env.E2E_SCREENSHOTS, "guide-okx-timing.png") });
      await page.emulateMedia({ colorScheme: "dark" });
      await timing.screenshot({ path: join(process.env.E2E_SCREENSHOTS, "guide-okx-timing-dark.png") });
      await page.getByRole("region", { name: "What to prepare" }).screenshot({ path: join(process.env.E2E_SCREENSHOTS, "guide-okx-prepare-dark.png") });
      await page.emulateMedia({ colorScheme: "light" });
    }

    const prepare = page.getByRole("region", { name: "What to prepare" });
    await expect(prepare.getByRole("listitem").first()).toContainText(labelOf("FULL_NAME"));
    await expect(prepare).toContainText(`(${REPORTS} of ${REPORTS})`);
    await expect(prepare).toContainText("(3 of 6)");
    await expect(page.getByRole("region", { name: "Where to contact" })).toContainText("Chat (5 of 6 reports)");
    await expect(page.getByRole("region", { name: "Languages" })).toContainText("2 of 6");
  });

  test("the comparison ranks OKX, renders its chart, sorts and filters", async ({ page }) => {
    await page.goto("/en");
    await page.getByRole("link", { name: "Compare", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/compare$/);
    await expect(page.getByRole("heading", { level: 1, name: "Compare exchanges" })).toBeVisible();
    await expect(page.getByRole("img", { name: "Median days to resolution, by exchange" })).toBeVisible();
    const table = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Rank" }) });
    const okx = table.getByRole("row").filter({ has: page.getByRole("link", { name: "OKX" }) });
    await expect(okx).toContainText("5 days");
    await expect(okx).toContainText(String(REPORTS));
    await expect(table.getByRole("columnheader", { name: /Resolution/ })).toHaveAttribute("aria-sort", "ascending");
    await keepScreenshot(page, "compare-desktop");

    await table.getByRole("link", { name: "Sort by Reports (n)" }).click();
    await expect(page).toHaveURL(/sort=reports&dir=desc/);
    await expect(page.getByRole("columnheader", { name: /Reports \(n\)/ })).toHaveAttribute("aria-sort", "descending");

    const below = page.getByRole("region", { name: "Not enough reports yet" });
    await expect(below.getByRole("link", { name: "Kraken" })).toBeVisible();

    await page.getByLabel("Inquiry written in").selectOption("ja");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/language=ja/);
    await expect(page.getByText("No exchange has 5 reports for this filter yet.")).toBeVisible();

    await page.getByLabel("Inquiry written in").selectOption("en");
    await page.getByLabel("Lockouts in").selectOption("12m");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name: "OKX" }) })).toBeVisible();
  });

  test("on a phone the comparison table scrolls inside its box, not the page", async ({ browser, baseURL }) => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, baseURL, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    for (const path of ["/en/compare", `/ja/exchanges/${EXCHANGE_SLUG}`]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto("/en/compare");
    const box = page.getByRole("region", { name: /Exchanges with at least 5 reports/ });
    expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await keepScreenshot(page, "compare-phone");
    await phone.close();
  });

  test("past the ten best-ranked reports the guide links to every report, a page at a time", async ({ page }) => {
    // Five more make eleven, one past the guide's ten.
    for (let index = REPORTS; index < REPORTS + 5; index += 1) await data.createReport(index);
    await data.bumpVersions();
    const total = REPORTS + 5;

    await page.goto(`/en/exchanges/${EXCHANGE_SLUG}`);
    const reports = page.getByRole("region", { name: "Recovery reports" });
    await expect(reports).toContainText(`The 10 best-ranked of ${total} reports`);
    await expect(reports.locator("article")).toHaveCount(10);
    // Counted over every report, not the ten listed: the first report went by e-mail.
    await expect(page.getByRole("region", { name: "Where to contact" })).toContainText(`Chat (${total - 1} of ${total} reports)`);
    await reports.getByRole("link", { name: `All ${total} reports` }).click();

    await expect(page).toHaveURL(new RegExp(`/en/exchanges/${EXCHANGE_SLUG}/reports$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recovery reports: OKX");
    await expect(page.locator("article")).toHaveCount(total);
    await expect(page.getByRole("navigation", { name: "Pages of reports" })).toHaveCount(0);

    // A page past the end says so and leads back; a page number that is not one is the first page.
    await page.goto(`/en/exchanges/${EXCHANGE_SLUG}/reports?page=3`);
    await expect(page.getByText("This page has no reports: the list has 1 page.")).toBeVisible();
    await page.getByRole("link", { name: "Go to the first page" }).click();
    await expect(page.locator("article")).toHaveCount(total);
    await page.goto(`/ja/exchanges/${EXCHANGE_SLUG}/reports?page=abc`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("復旧の報告：オーケーエックス");
    await expect(page.locator("article")).toHaveCount(total);
    await page.getByRole("link", { name: "オーケーエックスのガイドに戻る" }).click();
    await expect(page).toHaveURL(new RegExp(`/ja/exchanges/${EXCHANGE_SLUG}$`));
  });
});
