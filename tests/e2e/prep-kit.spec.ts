import type { Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { expect, keepScreenshot, test } from "./fixtures";

// The prep kit on the guides (issue 12): a new visitor on a phone, without signing in. Every test
// gets a fresh browser context, so localStorage starts empty; nothing here writes to the database.

test.use({ viewport: { width: 390, height: 844 } });

const kitOf = (page: Page) => page.getByRole("region", { name: /^(Prepare your request|問い合わせの準備)$/ });

/** The kit loads when the reader opens it (ADR 017), and takes the focus from the button. */
async function openKit(page: Page) {
  const kit = kitOf(page);
  await kit.getByRole("button", { name: /^(Open the kit|キットを開く)$/ }).click();
  await expect(kit.getByRole("group").first()).toBeVisible();
  await expect(kit.getByRole("button", { name: /^(Open the kit|キットを開く)$/ })).toHaveCount(0);
  await expect.poll(() => kit.evaluate((region) => region.contains(document.activeElement))).toBe(true);
  return kit;
}

test("a new visitor on a phone completes bitFlyer's kit, is told what is still empty, and copies the message", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL ?? "http://localhost:3000").origin });
  await page.goto("/en/exchanges/bitflyer#prep-kit");
  const kit = await openKit(page);
  await expect(kit).toBeVisible();
  await expect(kit).toContainText("No reports yet, so nothing from the community.");
  await expect(kit).toContainText("bitFlyer's official pages we read name no items for this.");
  await expect(kit).toContainText("publish no support e-mail address");
  await expect(kit.getByRole("link", { name: /^Write to/ })).toHaveCount(0);
  // bitFlyer is Japanese and has no reports: the message is drafted in Japanese.
  await expect(kit.getByRole("radio", { name: "Japanese" })).toBeChecked();
  const draft = kit.getByLabel("Message to bitFlyer, in Japanese");
  await expect(draft).toHaveValue(/^件名：二段階認証の解除のお願い/);

  await kit.getByRole("button", { name: "Copy message" }).click();
  await expect(kit.getByRole("status")).toHaveText("Not copied yet: 6 placeholders are still empty. Fill them in, or choose Copy anyway.");
  const missing = kit.getByRole("list", { name: "6 placeholders are still empty:" });
  await expect(missing.getByRole("link")).toHaveText(["Registered e-mail address", "Name as registered", "Kana reading of the name", "When you lost access", "How you lost access", "Last successful login"]);
  await expect(draft).toHaveValue(/［登録メールアドレス］/);

  await kit.getByLabel("Registered e-mail address").fill("taro@example.com");
  await kit.getByLabel("Name as registered").fill("山田 太郎");
  await kit.getByLabel("Kana reading of the name").fill("ヤマダ タロウ");
  await kit.getByLabel("When you lost access").fill("2026-11-20");
  await kit.getByLabel("How you lost access").selectOption("DEVICE_RESET");
  await kit.getByLabel("Last successful login").fill("2026-11-01");
  await expect(kit.getByRole("list", { name: /placeholders? (is|are) still empty/ })).toHaveCount(0);

  await kit.getByRole("button", { name: "Copy message" }).click();
  await expect(kit.getByRole("status")).toHaveText("Message copied. Paste it into bitFlyer's official form or e-mail.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await draft.inputValue());
  expect(copied).toContain("・登録メールアドレス：taro@example.com");
  expect(copied).toContain("・フリガナ：ヤマダ タロウ");
  expect(copied).toContain("スマートフォンを初期化");
  expect(copied).not.toMatch(/［/);

  // Kept in this browser across a reload (the kit then opens by itself), and gone with one button.
  await page.reload();
  await expect(kitOf(page).getByRole("button", { name: "Open the kit" })).toHaveCount(0);
  await expect(kitOf(page).getByLabel("Registered e-mail address")).toHaveValue("taro@example.com");
  await kitOf(page).getByRole("button", { name: "Clear my answers" }).click();
  await expect(kitOf(page).getByLabel("Registered e-mail address")).toHaveValue("");
  await expect(kitOf(page).getByRole("status")).toHaveText("Your answers were deleted from this browser.");
  expect(await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.includes("prep-kit")))).toEqual([]);
  await keepScreenshot(page, "prep-kit-bitflyer-en-mobile");
});

test("a secret typed into the kit is refused, explained and kept out of the message", async ({ page }) => {
  await page.goto("/en/exchanges/bitflyer");
  const kit = await openKit(page);
  await kit.getByRole("radio", { name: "English" }).check();
  const other = kit.getByLabel("Anything else you can provide (optional)");
  await other.fill("my password is hunter22");
  await expect(other).toHaveAttribute("aria-invalid", "true");
  await expect(other).toHaveAccessibleDescription(/This looks like a password\. Support never asks for it/);
  await expect(page.getByRole("alert").filter({ hasText: "Anything else you can provide (optional): This looks like a password." })).toHaveCount(1);
  await expect(kit.getByRole("button", { name: "Copy message" })).toBeDisabled();
  await expect(kit.getByRole("button", { name: "Download as .txt" })).toBeDisabled();
  await expect(kit.getByLabel("Message to bitFlyer, in English")).toHaveValue("");

  await other.fill("");
  const detail = kit.getByLabel("Details (optional)");
  await detail.fill("the app said 482 913 before it broke");
  await expect(detail).toHaveAccessibleDescription(/This looks like a 2FA code\./);
  await detail.fill("The app was wiped.");
  await expect(kit.getByRole("button", { name: "Copy message" })).toBeEnabled();
  await expect(kit.getByLabel("Message to bitFlyer, in English")).toHaveValue(/The app was wiped\./);
  // What held the secret was never stored.
  const stored = await page.evaluate(() => window.localStorage.getItem("recovery-atlas:prep-kit:bitflyer") ?? "");
  expect(stored).not.toContain("hunter22");
  expect(stored).not.toContain("482 913");
});

test("Kraken's kit asks support's seven questions and answers them in the message", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/en/exchanges/kraken");
  const kit = await openKit(page);
  const questions = kit.getByRole("group", { name: "Answers to Kraken support's seven questions" });
  await expect(questions.getByRole("listitem")).toHaveCount(7);
  await expect(kit.getByRole("radio", { name: "English" })).toBeChecked();
  await questions.getByLabel("Approximate account balances").fill("about 0.35 BTC");
  await questions.getByLabel("Trading activity, in as much detail as possible").fill("I don't remember");
  const message = kit.getByLabel("Message to Kraken, in English");
  await expect(message).toHaveValue(/\n5\. Approximate account balances: about 0\.35 BTC\n/);
  await expect(message).toHaveValue(/\n7\. Trading activity, in as much detail as possible: I don't remember/);
  await expect(message).toHaveValue(/\n4\. Date of the last successful login: \[last successful login\]/);
  expect(await axeViolations(page, ["color-contrast", "label", "link-name", "list", "listitem", "button-name", "aria-valid-attr-value", "aria-allowed-attr", "duplicate-id-aria", "select-name"])).toEqual([]);
  await keepScreenshot(page, "prep-kit-kraken-en-dark-mobile");
});

test("Zaif's kit in Japanese lists the five FAQ items and drafts the message in Japanese", async ({ page }) => {
  await page.goto("/ja/exchanges/zaif");
  const kit = await openKit(page);
  await expect(kit.getByRole("heading", { name: "問い合わせの準備" })).toBeVisible();
  const faq = kit.getByRole("group", { name: "ZaifのFAQが求める5項目" });
  await expect(faq.getByRole("listitem")).toHaveCount(5);
  for (const item of ["登録氏名とフリガナ", "登録住所", "登録日時", "取引履歴", "登録電話番号"]) await expect(faq).toContainText(item);
  await expect(faq).toContainText("7日間返信がなく");
  await expect(kit.getByRole("radio", { name: "日本語" })).toBeChecked();
  // The checklist has checkboxes named like the fields ("登録氏名"): the fields are the text boxes.
  await kit.getByRole("textbox", { name: "登録氏名", exact: true }).fill("山田 太郎");
  await kit.getByRole("textbox", { name: "氏名のフリガナ" }).fill("ヤマダ タロウ");
  await faq.getByRole("textbox", { name: "登録日時" }).fill("2017年9月1日 10時ごろ");
  const message = kit.getByLabel(/へのメッセージ（日本語）$/);
  await expect(message).toHaveValue(/■ ZaifのFAQが求める5項目\n1\. 登録氏名とフリガナ：山田 太郎／ヤマダ タロウ\n/);
  await expect(message).toHaveValue(/3\. 登録日時：2017年9月1日 10時ごろ/);
  await kit.getByLabel("ほかに提出できるもの（任意）").fill("パスワードはabc12345です");
  await expect(page.getByRole("alert").filter({ hasText: "パスワードのようです。" })).toHaveCount(1);
  await expect(kit.getByRole("button", { name: "メッセージをコピー" })).toBeDisabled();
});
