import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { connectAppDatabase, userIdsOf } from "./app-database";
import { signInWithEmail } from "./auth-helpers";
import { expect, test } from "./fixtures";

// The right of reply end to end: someone from SBI VC Trade signs in with an address on its
// official domain, asks for the role, an admin approves, and their official response shows on
// the guide in English and Japanese. The spec makes the admin (the UI cannot) and removes what it
// wrote. SBI VC Trade is an exchange no other spec counts on.
const EXCHANGE_SLUG = "sbi-vc-trade";
const OFFICIAL_DOMAIN = "sbivc.co.jp";

let prisma: PrismaClient;
const emails: string[] = [];

test.beforeAll(() => {
  prisma = connectAppDatabase();
});

test.afterAll(async () => {
  const userIds = await userIdsOf(prisma, emails);
  await prisma.representativeAction.deleteMany({ where: { actorId: { in: userIds } } });
  await prisma.rateLimitBucket.deleteMany({ where: { key: { in: userIds.flatMap((id) => [`representative.request:${id}`, `representative.write:${id}`]) } } });
  // Responses and replies go with their representative (cascade).
  await prisma.exchangeRepresentative.deleteMany({ where: { userId: { in: userIds } } });
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
  await prisma.$disconnect();
});

const unique = () => randomUUID().slice(0, 8);

test("a representative signs in from the official domain, is approved by an admin, and the response shows on the guide in both languages", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const repEmail = `support-lead-${unique()}@help.${OFFICIAL_DOMAIN}`;
  emails.push(repEmail);
  const responseEn = `We answer 2FA reset requests within 3 business days (${unique()}).`;
  const responseJa = `二段階認証のリセット依頼には3営業日以内に回答します（${unique()}）。`;

  // The representative signs in with the address the sign-in link proves, and asks from the guide.
  await signInWithEmail(page, repEmail);
  await page.goto(`/en/exchanges/${EXCHANGE_SLUG}`);
  await page.getByRole("link", { name: "Are you from SBI VC Trade? Reply as the exchange" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Speak for SBI VC Trade" })).toBeVisible();
  await page.getByLabel("Your role at SBI VC Trade").fill("Customer support lead");
  await page.getByRole("button", { name: "Ask for the role" }).click();
  await expect(page.getByText("Your request is waiting for an admin's decision.")).toBeVisible();

  // An admin approves it.
  const adminEmail = `e2e-admin-${unique()}@example.com`;
  emails.push(adminEmail);
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  try {
    await signInWithEmail(adminPage, adminEmail);
    await prisma.user.update({ where: { email: adminEmail }, data: { role: "ADMIN" } });
    await adminPage.goto("/en/moderation/representatives");
    await expect(adminPage.getByRole("heading", { level: 1, name: "Exchange representatives" })).toBeVisible();
    const entry = adminPage.getByRole("article").filter({ hasText: repEmail });
    await expect(entry).toContainText("Stated role: Customer support lead");
    await entry.getByRole("button", { name: "Approve" }).click();
    await expect(entry).toContainText("Approved");
    await expect(adminPage.getByRole("listitem").filter({ hasText: "approved a representative" }).first()).toBeVisible();
  } finally {
    await adminContext.close();
  }

  // Approved, the representative publishes the response with their own Japanese translation.
  await page.reload();
  await expect(page.getByText("You speak for SBI VC Trade as “Customer support lead”.")).toBeVisible();
  const form = page.getByRole("form", { name: "Official response on the guide" });
  await form.getByLabel("Response", { exact: true }).fill(responseEn);
  await form.getByLabel("Translation (optional)").fill(responseJa);
  await form.getByRole("button", { name: "Publish the response" }).click();
  await expect(form.getByText("Saved. The guide shows it now.")).toBeVisible();

  // Readers see it on the guide, apart from the reports and signed with the role, in both languages.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  try {
    await reader.goto(`/en/exchanges/${EXCHANGE_SLUG}`);
    const english = reader.getByRole("region", { name: "Official responses from SBI VC Trade" });
    await expect(english.getByText(responseEn)).toBeVisible();
    await expect(english.getByText("Customer support lead, SBI VC Trade")).toBeVisible();
    await reader.goto(`/ja/exchanges/${EXCHANGE_SLUG}`);
    const japanese = reader.getByRole("region", { name: "SBI VCトレードからの公式回答" });
    await expect(japanese.getByText(responseJa)).toBeVisible();
    await expect(japanese.getByText("SBI VCトレード　Customer support lead")).toBeVisible();
  } finally {
    await readerContext.close();
  }

  // Past the day's allowance of writes in the exchange's name, the form says nothing was sent and
  // how long to wait (lib/domain/rate-limit-policy.ts). Today's and tomorrow's allowances are used
  // up, so a day turning over during the test still refuses.
  const [repId = ""] = await userIdsOf(prisma, [repEmail]);
  const day = 86_400_000;
  const today = Math.floor(Date.now() / day) * day;
  for (const start of [today, today + day]) {
    await prisma.rateLimitBucket.upsert({
      where: { key_windowStart: { key: `representative.write:${repId}`, windowStart: new Date(start) } },
      create: { key: `representative.write:${repId}`, windowStart: new Date(start), count: 10_000 },
      update: { count: 10_000 },
    });
  }
  const responsesBefore = await prisma.exchangeResponse.count({ where: { representative: { userId: repId } } });
  await page.goto(`/ja/exchanges/${EXCHANGE_SLUG}/representatives`);
  const japaneseForm = page.getByRole("form", { name: "ガイドに載せる公式回答" });
  await japaneseForm.getByLabel("回答", { exact: true }).fill(`二段階認証のリセットは本人確認の後です（${unique()}）。`);
  await japaneseForm.getByRole("button", { name: "回答を掲載する" }).click();
  await expect(japaneseForm.getByRole("alert")).toHaveText(/^(現在|本日)の上限に達しました。送信されていません。\d+(分|時間)後にもう一度お試しください。$/);
  expect(await prisma.exchangeResponse.count({ where: { representative: { userId: repId } } })).toBe(responsesBefore);
});
