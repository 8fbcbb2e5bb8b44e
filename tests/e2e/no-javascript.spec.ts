import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { connectAppDatabase, specReportData } from "./app-database";
import type { Page } from "@playwright/test";
import { uniqueEmail } from "./auth-helpers";
import { expect, test } from "./fixtures";

// The forms work before (or without) the page's scripts: each is a real <form> post to the page,
// answered by the server action and a fresh render of the same page, with the field errors next
// to their fields and what was typed kept. Reports go to an exchange no other spec counts on.
// The header's account corner streams in (a Suspense boundary that only scripts reveal), so a
// signed-in page here is recognised by the account page itself.
const EXCHANGE_SLUG = "bitstamp";

test.use({ javaScriptEnabled: false });

let prisma: PrismaClient;
const created: { reportIds: string[]; userEmails: string[]; userIds: string[] } = { reportIds: [], userEmails: [], userIds: [] };

test.beforeAll(() => {
  prisma = connectAppDatabase();
});

test.afterAll(async () => {
  const users = await prisma.user.findMany({ where: { OR: [{ email: { in: created.userEmails } }, { id: { in: created.userIds } }] }, select: { id: true } });
  const userIds = users.map((user) => user.id);
  await prisma.moderationAction.deleteMany({ where: { OR: [{ moderatorId: { in: userIds } }, { reportId: { in: created.reportIds } }] } });
  await prisma.report.deleteMany({ where: { id: { in: created.reportIds } } });
  await prisma.rateLimitBucket.deleteMany({ where: { key: { in: userIds.flatMap((id) => [`flag.create:${id}`, `vote.cast:${id}`]) } } });
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
  await prisma.$disconnect();
});

const unique = () => randomUUID().slice(0, 8);

async function createTestReport(fields: Partial<Prisma.ReportUncheckedCreateInput>) {
  const author = await prisma.user.create({ data: { displayName: `Author ${unique()}` }, select: { id: true, displayName: true } });
  created.userIds.push(author.id);
  const exchange = await prisma.exchange.findUniqueOrThrow({ where: { slug: EXCHANGE_SLUG }, select: { id: true } });
  const report = await prisma.report.create({
    data: specReportData(exchange.id, author.id, "2026-04", { status: "PUBLISHED", summary: `No-JavaScript target ${unique()}`, ...fields }),
    select: { id: true },
  });
  created.reportIds.push(report.id);
  return { id: report.id, authorName: author.displayName ?? "" };
}

/** Asks for a link, follows it from the local mailbox, and checks the account page opens. */
async function signInWithEmail(page: Page, email: string) {
  await page.goto("/en/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "E-mail me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your e-mail");
  await page.goto("/en/dev/mailbox");
  const href = await page.getByRole("listitem").filter({ hasText: email }).first().getByRole("link", { name: /\/api\/auth\/callback\/nodemailer/ }).getAttribute("href");
  if (!href) throw new Error(`No sign-in link for ${email} in the local mailbox`);
  await page.goto(href);
  await page.goto("/en/account");
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
}

async function signInAs(page: Page, role: "USER" | "MODERATOR" = "USER") {
  const email = uniqueEmail("no-js");
  created.userEmails.push(email);
  await signInWithEmail(page, email);
  if (role !== "USER") await prisma.user.update({ where: { email }, data: { role } });
  return email;
}

test("signing in by e-mail link: the field error comes back with the address as typed, then the link signs in", async ({ page }) => {
  const email = uniqueEmail("no-js-sign-in");
  created.userEmails.push(email);
  await page.goto("/en/sign-in");
  const field = page.getByLabel("E-mail address");
  await field.fill(email.replace("@example.com", "@example"));
  await page.getByRole("button", { name: "E-mail me a sign-in link" }).click();
  await expect(field).toHaveAccessibleDescription("Enter an e-mail address such as name@example.com.");
  await expect(field).toHaveValue(email.replace("@example.com", "@example"));

  await signInWithEmail(page, email);
});

test("a vote is cast, changed and withdrawn, and the page shows the new tally each time", async ({ page }) => {
  const report = await createTestReport({});
  await signInAs(page);
  await page.goto(`/en/reports/${report.id}`);
  const votes = page.getByRole("group", { name: "Was this report useful?" });
  const helpful = votes.getByRole("button", { name: /Matched my experience \/ helpful/ });
  const notHelpful = votes.getByRole("button", { name: /Not helpful/ });
  await expect(helpful).toHaveAttribute("aria-pressed", "false");

  // A form post without scripts: multipart, no Next-Action header, answered by a page rendered
  // for this reader and never by the shared page cache.
  const posted = page.waitForResponse((response) => response.request().method() === "POST");
  await helpful.click();
  const answer = await posted;
  expect(answer.request().headers()["next-action"]).toBeUndefined();
  expect(answer.request().headers()["content-type"]).toMatch(/^multipart\/form-data/);
  expect(answer.headers()["x-page-cache"]).toBeUndefined();
  await expect(helpful).toHaveAttribute("aria-pressed", "true");
  await expect(votes.getByTestId("helpful-count")).toHaveText("1");

  await notHelpful.click();
  await expect(notHelpful).toHaveAttribute("aria-pressed", "true");
  await expect(votes.getByTestId("helpful-count")).toHaveText("0");
  await expect(votes.getByTestId("not-helpful-count")).toHaveText("1");

  // The pressed button withdraws the vote.
  await notHelpful.click();
  await expect(notHelpful).toHaveAttribute("aria-pressed", "false");
  await expect(votes.getByTestId("not-helpful-count")).toHaveText("0");
  expect(await prisma.vote.count({ where: { reportId: report.id } })).toBe(0);
});

test("a flag sent without a reason says so and keeps the details; with one it reaches the moderators", async ({ page }) => {
  const report = await createTestReport({});
  const email = await signInAs(page);
  await page.goto(`/en/reports/${report.id}`);
  const article = page.getByRole("article");
  await article.getByText("Report a problem", { exact: true }).click();
  await article.getByLabel(/^Details/).fill("Advertises a paid recovery service");
  await article.getByRole("button", { name: "Send to moderators" }).click();

  await expect(article.getByRole("alert")).toHaveText("Choose what is wrong.");
  await expect(article.getByLabel(/^Details/)).toHaveValue("Advertises a paid recovery service");
  await article.getByRole("radio", { name: "Spam or advertising" }).check();
  await article.getByRole("button", { name: "Send to moderators" }).click();
  await expect(article.getByRole("status")).toHaveText("Thank you. A moderator will look at this report.");

  const flag = await prisma.flag.findFirstOrThrow({ where: { reportId: report.id, reporter: { email } } });
  expect(flag).toMatchObject({ reason: "SPAM", details: "Advertises a paid recovery service", status: "OPEN" });
});

test("the display name is refused with its reason and kept as typed, then saved", async ({ page }) => {
  await signInAs(page);
  await page.goto("/en/account");
  const nameField = page.getByRole("textbox", { name: "Display name" });
  await nameField.fill("me@example.com");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(nameField).toHaveAccessibleDescription(/Leave e-mail addresses out of your public name/);
  await expect(nameField).toHaveValue("me@example.com");

  await nameField.fill("  Quiet   reader ");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved. Your reports now show “Quiet reader”.");
  await expect(nameField).toHaveValue("Quiet reader");
});

test("a moderator publishes a held report", async ({ page }) => {
  const summary = `Held without scripts ${unique()}`;
  const report = await createTestReport({ status: "PENDING_REVIEW", heldReasons: ["messenger"], summary });
  await signInAs(page, "MODERATOR");
  await page.goto("/en/moderation");
  const entry = page.getByRole("article", { name: `Bitstamp: report by ${report.authorName}` });
  await expect(entry).toContainText(summary);
  await entry.getByLabel("Reason for the log (optional)").fill("Checked without scripts");
  await entry.getByRole("button", { name: "Publish" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Moderation queue" })).toBeVisible();
  await expect(entry).toHaveCount(0);
  expect((await prisma.report.findUniqueOrThrow({ where: { id: report.id }, select: { status: true } })).status).toBe("PUBLISHED");
  expect(await prisma.moderationAction.count({ where: { reportId: report.id, kind: "PUBLISH", reason: "Checked without scripts" } })).toBe(1);
});
