import type { Page } from "@playwright/test";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { connectAppDatabase, userIdsOf } from "./app-database";
import { signInWithEmail, uniqueEmail } from "./auth-helpers";
import { expect, test } from "./fixtures";

// The private case tracker end to end, one owner's Zaif case from the guide to a published report.
// Each step is a named test.step on the same case, the reminder e-mail among them. Dates lie in the past so that the
// follow-up is already due: a month without a reply is past any guide's third quartile or the
// one-week fallback.

const DAY_MS = 86_400_000;
const isoDaysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);
const CONTACT_DAYS_AGO = 30;
const TICKET = "ZF-E2E-8842";

let prisma: PrismaClient;
const emails: string[] = [];

test.beforeAll(() => {
  prisma = connectAppDatabase();
});

test.afterAll(async () => {
  const userIds = await userIdsOf(prisma, emails);
  // Cases go with their owner (cascade); reports must go first.
  await prisma.recoveryCase.deleteMany({ where: { ownerId: { in: userIds } } });
  await prisma.report.deleteMany({ where: { authorId: { in: userIds } } });
  await prisma.devMail.deleteMany({ where: { to: { in: emails } } });
  await prisma.rateLimitBucket.deleteMany({ where: { key: { in: userIds.flatMap((id) => ["report.create", "case.create", "case.update"].map((action) => `${action}:${id}`)) } } });
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
  await prisma.$disconnect();
});

/** The number of reports the Zaif guide is based on ("From 3 reports"). */
async function zaifGuideCount(page: Page): Promise<number> {
  await page.goto("/en/exchanges/zaif");
  const text = (await page.getByTestId("guide-n").textContent()) ?? "";
  return Number(/(\d+)/.exec(text)?.[1] ?? "0");
}

async function logEvent(page: Page, event: { kind: string; day: string; note?: string }, expectedEvents: number): Promise<void> {
  const form = page.locator("#event-form");
  await form.getByLabel("What happened").selectOption(event.kind);
  await form.getByLabel("Day").fill(event.day);
  if (event.note) await form.getByLabel(/^Note/).fill(event.note);
  await form.getByRole("button", { name: "Save event" }).click();
  await expect(page.getByRole("region", { name: "Events" }).getByRole("listitem")).toHaveCount(expectedEvents);
}

test("a signed-in owner tracks a Zaif case, follows up, closes it and publishes it as a report the guide counts", async ({ page }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail("case-tracker");
  emails.push(email);
  await signInWithEmail(page, email);
  const countBefore = await zaifGuideCount(page);

  await test.step("open a case from the Zaif guide", async () => {
    await page.getByRole("link", { name: "Track my case" }).click();
    await expect(page).toHaveURL(/\/en\/cases\/new\?exchange=zaif$/);
    await expect(page.getByLabel("Exchange")).toHaveValue("zaif");
    await page.getByLabel("How you were locked out").selectOption("DEVICE_RESET");
    await page.getByLabel("How you contact support").selectOption("WEB_FORM");
    await page.getByLabel("Language you write to support in").selectOption("ja");
    await page.getByLabel(/^Ticket reference/).fill(TICKET);
    await page.getByLabel(/^Private notes/).fill("Sent from my old address");
    await page.getByRole("button", { name: "Open case" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My case at Zaif" })).toBeVisible();
    await expect(page.getByText("Private: only you can see this page.")).toBeVisible();
  });

  await test.step("log the contact and the automatic acknowledgement", async () => {
    await logEvent(page, { kind: "CONTACTED", day: isoDaysAgo(CONTACT_DAYS_AGO) }, 1);
    await logEvent(page, { kind: "AUTO_ACKNOWLEDGEMENT", day: isoDaysAgo(CONTACT_DAYS_AGO), note: "Ticket number received" }, 2);
  });

  await test.step("see the day count and the follow-up that is due, with a drafted message", async () => {
    const standing = page.getByTestId("case-standing");
    await expect(standing).toContainText(`Day ${CONTACT_DAYS_AGO} without a human reply.`);
    await expect(standing).toContainText(/Zaif/);
    const followUp = page.getByTestId("case-follow-up");
    await expect(followUp).toContainText("A follow-up is due");
    // The inquiry is in Japanese, so is the draft; the ticket is the owner's to quote.
    const draft = page.getByLabel("A follow-up you can send");
    await expect(draft).toHaveValue(new RegExp(`Zaif サポートご担当者様[\\s\\S]*お問い合わせ番号：${TICKET}[\\s\\S]*${CONTACT_DAYS_AGO}日`));
  });

  await test.step("opt in to reminders", async () => {
    await page.getByRole("checkbox", { name: "E-mail me when a follow-up is due" }).check();
    await page.getByRole("button", { name: "Save reminder setting" }).click();
    await expect(page.getByText("Reminders are on.")).toBeVisible();
  });

  await test.step("receive the reminder e-mail for the due follow-up (the app's job queue, tests/e2e/run.ts scans every 2 s)", async () => {
    const casePath = new URL(page.url()).pathname;
    // The case is written to support in Japanese, so the reminder leads in Japanese.
    const reminder = page.getByRole("listitem").filter({ hasText: email }).filter({ hasText: /フォローアップの時期です：.+の回復ケース/ });
    await expect(async () => {
      await page.goto("/en/dev/mailbox");
      await expect(reminder).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 90_000 });
    // Each half of the mail opens the case in its own language.
    const caseId = casePath.split("/").pop() ?? "";
    const text = (await reminder.textContent()) ?? "";
    expect(text).toContain(`/ja/cases/${caseId}`);
    expect(text).toContain(`/en/cases/${caseId}`);
    await page.goto(casePath);
  });

  await test.step("the case is resolved: log it and close the case", async () => {
    await logEvent(page, { kind: "RESOLVED", day: isoDaysAgo(1) }, 3);
    await page.getByRole("button", { name: "Close as: Resolved" }).click();
    await expect(page.getByText(/^Closed .* as: Resolved$/)).toBeVisible();
    await expect(page.getByTestId("case-follow-up")).toHaveCount(0);
  });

  let reportId = "";
  await test.step("publish the case as a report, prefilled without the ticket reference", async () => {
    await page.getByRole("link", { name: "Publish as a report" }).click();
    await expect(page).toHaveURL(/\/en\/reports\/new\?case=/);
    await expect(page.getByRole("combobox", { name: "Exchange" })).toHaveValue("Zaif");
    await expect(page.getByLabel("How you lost access to your 2FA codes")).toHaveValue("DEVICE_RESET");
    await expect(page.getByLabel("Language you wrote to support in")).toHaveValue("ja");
    await expect(page.getByRole("radio", { name: "Resolved", exact: true })).toBeChecked();
    await expect(page.getByRole("group", { name: "Event 3", exact: true }).getByLabel("What happened")).toHaveValue("RESOLVED");
    await expect(page.locator("form#report-form")).not.toContainText(TICKET);
    for (const input of await page.locator("form#report-form input, form#report-form textarea").all()) expect(await input.inputValue()).not.toContain(TICKET);

    await page.getByRole("radio", { name: "No", exact: true }).check();
    await page.getByLabel("Where to click").fill("Help centre → Contact form");
    await page.getByRole("checkbox", { name: "Japanese", exact: true }).check();
    await page.getByRole("button", { name: "Publish report" }).click();
    await expect(page).toHaveURL(/\/en\/reports\/[^/?]+\?saved=created$/);
    reportId = /\/reports\/([^/?]+)/.exec(page.url())?.[1] ?? "";
  });

  await test.step("the case links its report", async () => {
    await page.goto("/en/cases");
    await page.getByRole("link", { name: "My case at Zaif" }).click();
    await expect(page.getByText("You published this case as a report.")).toBeVisible();
    await expect(page.getByRole("link", { name: "View the report" })).toHaveAttribute("href", `/en/reports/${reportId}`);
  });

  await test.step("the Zaif guide counts the report", async () => {
    // The guide recomputes on the next read after the write bumped its version (docs/decisions/005-live-guides.md).
    await expect(async () => {
      expect(await zaifGuideCount(page)).toBeGreaterThan(countBefore);
    }).toPass({ timeout: 30_000 });
    await expect(page.locator(`article[aria-labelledby="report-${reportId}"]`)).toBeVisible();
  });
});

test("an owner past the limit of changes is told how long to wait, in English and Japanese, and the case stays as it was", async ({ page }) => {
  const email = uniqueEmail("case-limit");
  emails.push(email);
  await signInWithEmail(page, email);
  const [ownerId = ""] = await userIdsOf(prisma, [email]);
  const zaif = await prisma.exchange.findUniqueOrThrow({ where: { slug: "zaif" }, select: { id: true } });
  const { id: caseId } = await prisma.recoveryCase.create({ data: { ownerId, exchangeId: zaif.id, lockoutCause: "DEVICE_RESET", inquiryLanguage: "ja" }, select: { id: true } });
  // Changes are counted per hour (lib/domain/rate-limit-policy.ts): this hour's and the next are
  // used up, so an hour turning over during the test still refuses.
  const hour = 3_600_000;
  const thisHour = Math.floor(Date.now() / hour) * hour;
  for (const start of [thisHour, thisHour + hour]) {
    await prisma.rateLimitBucket.create({ data: { key: `case.update:${ownerId}`, windowStart: new Date(start), count: 10_000 } });
  }

  await page.goto(`/en/cases/${caseId}`);
  await logEventRefused(page);
  await page.getByRole("button", { name: "Close as: Resolved" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^You have reached the limit for now\. Nothing was saved; try again in \d+ minutes?\.$/);
  await expect(page.getByRole("button", { name: "Close as: Resolved" })).toBeVisible();

  await page.goto(`/ja/cases/${caseId}`);
  await page.getByRole("button", { name: "終了：解決" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^現在の上限に達しました。保存されていません。\d+分後にもう一度お試しください。$/);
  expect(await prisma.recoveryCase.findUniqueOrThrow({ where: { id: caseId }, select: { status: true, events: { select: { id: true } } } })).toEqual({ status: "OPEN", events: [] });
});

/** Logs the first contact and expects the form to say it was not saved, with the wait. */
async function logEventRefused(page: Page): Promise<void> {
  const form = page.locator("#event-form");
  await form.getByLabel("What happened").selectOption("CONTACTED");
  await form.getByLabel("Day").fill(isoDaysAgo(3));
  await form.getByRole("button", { name: "Save event" }).click();
  await expect(form.getByRole("alert")).toHaveText(/^You have reached the limit for now\. Nothing was saved; try again in \d+ minutes?\.$/);
  await expect(page.getByRole("region", { name: "Events" }).getByRole("listitem")).toHaveCount(0);
}
