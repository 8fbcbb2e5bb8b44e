import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

// Signing in as the e2e app does it: it runs without SMTP, so the link is read from the local
// mailbox page. Every call should use an address of its own (see uniqueEmail).

export function uniqueEmail(label = "e2e"): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.com`;
}

/** Signs `page`'s browser context in as `email` (creating the account on first use); returns once signed in. */
export async function signInWithEmail(page: Page, email: string, { locale = "en" }: { locale?: "en" | "ja" } = {}): Promise<void> {
  const labels = locale === "ja" ? { email: "メールアドレス", submit: "ログイン用リンクをメールで受け取る", check: "メールをご確認ください" } : { email: "E-mail address", submit: "E-mail me a sign-in link", check: "Check your e-mail" };
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(labels.email).fill(email);
  await page.getByRole("button", { name: labels.submit }).click();
  await expect(page.getByRole("heading", { level: 1, name: labels.check })).toBeVisible();

  await page.goto(`/${locale}/dev/mailbox`);
  // Newest first: the first mail to this address is the link just requested.
  const mail = page.getByRole("listitem").filter({ hasText: email }).first();
  const link = mail.getByRole("link", { name: /\/api\/auth\/callback\/nodemailer/ });
  const href = await link.getAttribute("href");
  if (!href) throw new Error(`No sign-in link for ${email} in the local mailbox`);
  await page.goto(href);
  await expect(page.getByRole("group", { name: locale === "ja" ? "アカウント" : "Account" })).toBeVisible();
}
