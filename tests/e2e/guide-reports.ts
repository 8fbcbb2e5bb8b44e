import type { Locator } from "@playwright/test";
import { expect } from "./fixtures";

/**
 * Opens a report listed on a guide. The guide shows each report's summary; its facts, timeline,
 * required items and tips load when the reader asks for them (ADR 017), as this button does.
 */
export async function openWholeReport(article: Locator): Promise<void> {
  const button = article.getByRole("button", { name: /^(Show the whole report|報告の全体を表示)$/ });
  await button.click();
  await expect(article.getByRole("button", { name: /^(Hide the whole report|報告の全体を閉じる)$/ })).toHaveAttribute("aria-expanded", "true");
  await expect(article.getByRole("heading", { name: /^(Timeline|経過)$/ })).toBeVisible();
}
