import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { connectAppDatabase, specReportData } from "./app-database";
import { signInWithEmail } from "./auth-helpers";
import { expect, test } from "./fixtures";

// The app runs on its own database (tests/e2e/run.ts passes its URL): specs write what the UI
// cannot make, a moderator and a held report, and delete what they wrote afterwards.
// Reports go to an exchange no other spec counts on.
const EXCHANGE_SLUG = "bitso";

let prisma: PrismaClient;
const created: { reportIds: string[]; userEmails: string[]; userIds: string[] } = { reportIds: [], userEmails: [], userIds: [] };

test.beforeAll(() => {
  prisma = connectAppDatabase();
});

test.afterAll(async () => {
  const users = await prisma.user.findMany({ where: { OR: [{ email: { in: created.userEmails } }, { id: { in: created.userIds } }] }, select: { id: true } });
  const userIds = users.map((user) => user.id);
  // The log keeps its rows for good in the app; a test's own rows go with the test.
  await prisma.moderationAction.deleteMany({ where: { OR: [{ moderatorId: { in: userIds } }, { reportId: { in: created.reportIds } }] } });
  await prisma.report.deleteMany({ where: { id: { in: created.reportIds } } });
  await prisma.rateLimitBucket.deleteMany({ where: { key: { in: userIds.map((id) => `flag.create:${id}`) } } });
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
  await prisma.$disconnect();
});

const unique = () => randomUUID().slice(0, 8);

async function createAuthor(): Promise<{ id: string; displayName: string }> {
  const displayName = `Author ${unique()}`;
  const author = await prisma.user.create({ data: { displayName }, select: { id: true } });
  created.userIds.push(author.id);
  return { id: author.id, displayName };
}

async function createTestReport(authorId: string, fields: Partial<Prisma.ReportUncheckedCreateInput>) {
  const exchange = await prisma.exchange.findUniqueOrThrow({ where: { slug: EXCHANGE_SLUG }, select: { id: true } });
  const report = await prisma.report.create({
    data: specReportData(exchange.id, authorId, "2026-02", fields),
    select: { id: true },
  });
  created.reportIds.push(report.id);
  return report;
}

async function signInAs(page: Parameters<typeof signInWithEmail>[0], role: "USER" | "MODERATOR") {
  const email = `e2e-${role.toLowerCase()}-${unique()}@example.com`;
  created.userEmails.push(email);
  await signInWithEmail(page, email);
  if (role !== "USER") await prisma.user.update({ where: { email }, data: { role } });
  return email;
}

test("a moderator sees a held report with why it was held, publishes it, and readers then see it", async ({ page }) => {
  const author = await createAuthor();
  const summary = `Support asked for a selfie with today's date (${unique()})`;
  const report = await createTestReport(author.id, { status: "PENDING_REVIEW", heldReasons: ["messenger"], summary });
  await signInAs(page, "MODERATOR");

  await page.goto("/en/moderation");
  await expect(page.getByRole("heading", { level: 1, name: "Moderation queue" })).toBeVisible();
  const entry = page.getByRole("article", { name: `Bitso: report by ${author.displayName}` });
  await expect(entry).toContainText("Held for review");
  await expect(entry).toContainText("A messenger handle or link");
  await expect(entry).toContainText(summary);

  await entry.getByLabel("Reason for the log (optional)").fill("Checked: no contact in the text");
  await entry.getByRole("button", { name: "Publish" }).click();
  await expect(entry).toHaveCount(0);

  await page.goto(`/en/exchanges/${EXCHANGE_SLUG}`);
  await expect(page.locator(`article[aria-labelledby="report-${report.id}"]`)).toContainText(summary);

  await page.goto("/en/moderation/log");
  const row = page.getByRole("row").filter({ hasText: "Checked: no contact in the text" });
  await expect(row).toContainText("Published");
  await expect(row.getByRole("link", { name: "Report at Bitso" })).toHaveAttribute("href", `/en/reports/${report.id}`);
});

test("a signed-in reader flags a report, which then waits in the moderation queue", async ({ page }) => {
  const author = await createAuthor();
  const report = await createTestReport(author.id, { status: "PUBLISHED", summary: `Flag me ${unique()}` });
  const email = await signInAs(page, "USER");

  await page.goto(`/en/reports/${report.id}`);
  const article = page.getByRole("article");
  await article.getByText("Report a problem", { exact: true }).click();
  await article.getByRole("radio", { name: "Something else" }).check();
  await article.getByRole("button", { name: "Send to moderators" }).click();
  // "Something else" needs details: the form says so before anything is sent.
  await expect(article.getByRole("alert")).toHaveText("Describe the problem in a few words.");
  await article.getByRole("radio", { name: "Spam or advertising" }).check();
  await article.getByLabel(/^Details/).fill("Advertises a paid recovery service");
  await article.getByRole("button", { name: "Send to moderators" }).click();
  await expect(article.getByRole("status")).toHaveText("Thank you. A moderator will look at this report.");

  const flag = await prisma.flag.findFirstOrThrow({ where: { reportId: report.id, reporter: { email } } });
  expect(flag).toMatchObject({ reason: "SPAM", details: "Advertises a paid recovery service", status: "OPEN" });

  // Coming back, the reader is told they already flagged it instead of getting the form again.
  await page.reload();
  await expect(article.getByText("You already reported a problem with this report.")).toBeVisible();
  await expect(article.getByText("Report a problem", { exact: true })).toHaveCount(0);

  // A moderator finds it in the queue with the reader's reason and note.
  const moderatorPage = await page.context().browser()?.newPage();
  if (!moderatorPage) throw new Error("no browser");
  try {
    await signInAs(moderatorPage, "MODERATOR");
    await moderatorPage.goto("/en/moderation");
    const entry = moderatorPage.getByRole("article", { name: `Bitso: report by ${author.displayName}` });
    await expect(entry).toContainText("1 open flag");
    await expect(entry).toContainText("Spam or advertising");
    await expect(entry).toContainText("Advertises a paid recovery service");
    await entry.getByRole("button", { name: "Dismiss flag" }).click();
    await expect(entry).toHaveCount(0);
    expect((await prisma.flag.findUniqueOrThrow({ where: { id: flag.id } })).status).toBe("DISMISSED");
  } finally {
    await moderatorPage.close();
  }
});

test("neither anonymous readers nor the report's author get the flag form", async ({ page }) => {
  const email = await signInAs(page, "USER");
  const author = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const report = await createTestReport(author.id, { status: "PUBLISHED" });
  await page.goto(`/en/reports/${report.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Report a problem", { exact: true })).toHaveCount(0);

  await page.context().clearCookies();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Report a problem", { exact: true })).toHaveCount(0);
});

test("the moderation pages send anonymous visitors to sign in and are not found for other users", async ({ page, consoleErrors }) => {
  await page.goto("/en/moderation");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fmoderation$/);

  await signInAs(page, "USER");
  for (const path of ["/en/moderation", "/en/moderation/log"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  // The browser logs the 404 responses themselves; that is what this test asked for.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((text) => !text.includes("404")));
});

test("pages rendered per request carry a nonce-based Content-Security-Policy and still hydrate under it", async ({ page }) => {
  // The sign-in page is never cached (tests/e2e/page-cache.spec.ts covers the hashed policy of cached pages).
  const first = await page.goto("/en/sign-in");
  const policy = (await first?.headerValue("content-security-policy")) ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toContain("'strict-dynamic'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  // Every script on the page carries this response's nonce, so the browser runs them.
  const scriptNonces = await page.locator("script").evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));

  const second = await page.goto("/ja");
  expect(await second?.headerValue("content-security-policy")).not.toContain(`'nonce-${nonce}'`);
  expect(await second?.headerValue("x-frame-options")).toBe("DENY");
  expect(await second?.headerValue("strict-transport-security")).toBeNull();
  expect(await second?.headerValue("content-security-policy")).not.toContain("upgrade-insecure-requests");
  // X-Forwarded-Proto counts only behind a proxy the deployment trusts (TRUST_PROXY=true, then these
  // pages pin https); by default anyone could send it, so it is dropped and changes nothing.
  const forgedHttps = await page.request.get("/ja", { headers: { "x-forwarded-proto": "https" } });
  expect(forgedHttps.headers()["strict-transport-security"]).toBeUndefined();
  expect(forgedHttps.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");

  // A client-side navigation works only if React hydrated: the scripts ran.
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
