import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { connectAppDatabase } from "./app-database";
import { signInWithEmail, uniqueEmail } from "./auth-helpers";
import { expect, test } from "./fixtures";

// A signed-in user's case whose follow-up is due, with reminders turned on, gets its reminder in
// the local mailbox from the app's own job queue (tests/e2e/run.ts scans every 2 s), and the
// mail's unsubscribe link turns reminders off. The case is written to the app's database: the
// case pages are built elsewhere.

let prisma: PrismaClient;
const createdCaseIds: string[] = [];
const createdEmails: string[] = [];

test.beforeAll(() => {
  prisma = connectAppDatabase();
});

test.afterAll(async () => {
  await prisma.recoveryCase.deleteMany({ where: { id: { in: createdCaseIds } } });
  await prisma.devMail.deleteMany({ where: { to: { in: createdEmails } } });
  await prisma.user.deleteMany({ where: { email: { in: createdEmails } } });
  await prisma.$disconnect();
});

test("a due follow-up is e-mailed once, and its unsubscribe link turns reminders off", async ({ page }) => {
  const email = uniqueEmail("reminder");
  createdEmails.push(email);
  await signInWithEmail(page, email);
  const owner = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const exchange = await prisma.exchange.findUniqueOrThrow({ where: { slug: "kraken" }, select: { id: true, nameEn: true } });
  const recoveryCase = await prisma.recoveryCase.create({
    data: { id: `e2e-${randomUUID()}`, ownerId: owner.id, exchangeId: exchange.id, followUpDueAt: new Date(Date.now() - 60_000) },
    select: { id: true },
  });
  createdCaseIds.push(recoveryCase.id);
  await prisma.recoveryCase.update({ where: { id: recoveryCase.id }, data: { remindersEnabled: true } });

  const reminder = page.getByRole("listitem").filter({ hasText: email }).filter({ hasText: `Follow-up due: your ${exchange.nameEn} recovery case` });
  await expect(async () => {
    await page.goto("/en/dev/mailbox");
    await expect(reminder).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 90_000 });
  const text = (await reminder.textContent()) ?? "";
  expect(text).toContain(`/en/cases/${recoveryCase.id}`);
  const unsubscribeUrl = /https?:\/\/\S+\/en\/cases\/unsubscribe\?token=[a-z0-9]+/.exec(text)?.[0];
  expect(unsubscribeUrl).toBeDefined();

  await page.goto(unsubscribeUrl ?? "");
  await expect(page.getByRole("heading", { level: 1, name: "Stop reminders for this case" })).toBeVisible();
  await page.getByRole("button", { name: "Stop reminders" }).click();
  await expect(page.getByText("Reminders are off for this case.")).toBeVisible();
  expect((await prisma.recoveryCase.findUniqueOrThrow({ where: { id: recoveryCase.id } })).remindersEnabled).toBe(false);
  // Exactly one e-mail for the follow-up, however many scans ran meanwhile.
  expect(await prisma.devMail.count({ where: { to: email, subject: { startsWith: "Follow-up due" } } })).toBe(1);
});

test("a wrong unsubscribe token is refused and changes nothing", async ({ page }) => {
  await page.goto(`/ja/cases/unsubscribe?token=${"c".repeat(25)}`);
  await page.getByRole("button", { name: "リマインダーを停止" }).click();
  await expect(page.getByText(/この停止リンクは無効です/)).toBeVisible();
  await page.goto("/en/cases/unsubscribe?token=not-a-token");
  await expect(page.getByText(/This unsubscribe link is not valid\./)).toBeVisible();
});

test("the jobs page is not found for a user and lists the queues for an admin", async ({ page, consoleErrors }) => {
  const email = uniqueEmail("jobs-admin");
  createdEmails.push(email);
  await signInWithEmail(page, email);
  const response = await page.goto("/en/moderation/jobs");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  // The browser logs the 404 response itself; that is what this test asked for.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((text) => !text.includes("404")));

  await prisma.user.update({ where: { email }, data: { role: "ADMIN" } });
  await page.goto("/en/moderation/jobs");
  await expect(page.getByRole("heading", { level: 1, name: "Background jobs" })).toBeVisible();
  // The app's runner asks for a reminder scan every period, so that queue always has jobs.
  await expect(page.getByRole("cell", { name: "case-reminder-scan" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "Finds case follow-ups that became due" }).first()).toBeVisible();
  // The runner sets the guides' nightly repair (GUIDES_REPAIR_CRON's default) when it starts.
  await expect(page.getByRole("region", { name: "Scheduled jobs" }).getByText("guides.repair")).toBeVisible();
  await page.goto("/ja/moderation/jobs");
  await expect(page.getByRole("heading", { name: "定期ジョブ" })).toBeVisible();
});
