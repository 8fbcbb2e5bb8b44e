import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { connectAppDatabase, specReportData } from "./app-database";
import { signInWithEmail, uniqueEmail } from "./auth-helpers";
import { expect, test } from "./fixtures";

// The account page's data rights: one's reports and cases listed, the export downloaded, a case
// and the whole account deleted. Rows the UI cannot make (a report to list, a case) are written
// here, on an exchange no other spec counts on, and removed afterwards with everything left over.
const EXCHANGE_SLUG = "htx";
const EXCHANGE_NAME = "HTX (formerly Huobi)";

let prisma: PrismaClient;
const created: { reportIds: string[]; caseIds: string[]; emails: string[] } = { reportIds: [], caseIds: [], emails: [] };

test.beforeAll(() => {
  prisma = connectAppDatabase();
});

test.afterAll(async () => {
  await prisma.recoveryCase.deleteMany({ where: { id: { in: created.caseIds } } });
  await prisma.report.deleteMany({ where: { id: { in: created.reportIds } } });
  await prisma.user.deleteMany({ where: { email: { in: created.emails } } });
  await prisma.$disconnect();
});

/** A new user, signed in through the UI, with what the test asks for written for them. */
async function signInWithData(page: Page, { report, reportStatus = "PUBLISHED", withCase = false }: { report: boolean; reportStatus?: "PUBLISHED" | "PENDING_REVIEW"; withCase?: boolean }) {
  const email = uniqueEmail("account");
  created.emails.push(email);
  await signInWithEmail(page, email);
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const exchange = await prisma.exchange.findUniqueOrThrow({ where: { slug: EXCHANGE_SLUG }, select: { id: true } });
  const summary = `Account spec report ${randomUUID().slice(0, 8)}`;
  const reportRow = report
    ? await prisma.report.create({
        data: specReportData(exchange.id, user.id, "2026-03", { outcome: "STILL_WAITING", status: reportStatus, summary }),
        select: { id: true },
      })
    : null;
  if (reportRow) created.reportIds.push(reportRow.id);
  const caseRow = withCase
    ? await prisma.recoveryCase.create({ data: { ownerId: user.id, exchangeId: exchange.id, ticketReference: "T-12345", events: { create: [{ kind: "CONTACTED", occurredAt: new Date("2026-03-02T00:00:00Z") }] } }, select: { id: true } })
    : null;
  if (caseRow) created.caseIds.push(caseRow.id);
  return { email, userId: user.id, reportId: reportRow?.id ?? null, caseId: caseRow?.id ?? null, summary };
}

async function deleteAccountThroughForm(page: Page, choice: "Keep my reports, anonymised" | "Delete my reports too") {
  await page.goto("/en/account");
  await page.getByRole("link", { name: "Delete my account…" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delete your account" })).toBeVisible();
  // Nothing chosen, nothing ticked: the form says so and deletes nothing.
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Choose what happens to your reports.")).toBeVisible();
  await expect(page.getByText("Tick the box to confirm.")).toBeVisible();

  await page.getByRole("radio", { name: choice }).check();
  await page.getByRole("checkbox", { name: "I understand that my account is deleted for good" }).check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account is deleted" })).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/en\/account\/deleted$/);
  // Signed out: no account menu, and the account page asks to sign in.
  await expect(page.getByRole("group", { name: "Account" })).toHaveCount(0);
  await page.goto("/en/account");
  await expect(page).toHaveURL(/\/en\/sign-in/);
}

test("a signed-in user sees their reports and cases and downloads their data", async ({ page }) => {
  const { email, reportId, caseId } = await signInWithData(page, { report: true, reportStatus: "PENDING_REVIEW", withCase: true });
  await page.goto("/en/account");
  const reports = page.getByRole("region", { name: "Your reports" });
  await expect(reports.getByRole("link", { name: EXCHANGE_NAME })).toHaveAttribute("href", `/en/reports/${reportId}`);
  await expect(reports).toContainText("Waiting for review");
  const cases = page.getByRole("region", { name: "Your private cases" });
  await expect(cases.getByRole("link", { name: `Open case at ${EXCHANGE_NAME}` })).toHaveAttribute("href", `/en/cases/${caseId}`);
  await expect(cases).toContainText("Open");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^recovery-atlas-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path()) ?? "", "utf8")) as { format: string; profile: { email: string }; reports: { id: string }[]; cases: { id: string; ticketReference: string }[] };
  expect(data.format).toBe("recovery-atlas/account-export@1");
  expect(data.profile.email).toBe(email);
  expect(data.reports.map((report) => report.id)).toEqual([reportId]);
  expect(data.cases).toEqual([expect.objectContaining({ id: caseId, ticketReference: "T-12345" })]);
});

test("an owner deletes a case after confirming; nobody else can reach its delete page", async ({ page, browser, baseURL }) => {
  const { caseId } = await signInWithData(page, { report: false, withCase: true });
  const stranger = await browser.newContext({ baseURL });
  const strangerPage = await stranger.newPage();
  await signInWithEmail(strangerPage, uniqueEmail("stranger"));
  expect((await strangerPage.request.get(`/en/account/cases/${caseId}/delete`)).status()).toBe(404);
  await stranger.close();

  await page.goto("/en/account");
  await page.getByRole("link", { name: `Delete the case at ${EXCHANGE_NAME}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delete this case?" })).toBeVisible();
  await page.getByRole("button", { name: "Delete the case" }).click();
  await expect(page.getByRole("region", { name: "Your private cases" })).toContainText("You are not tracking a case.");
  expect(await prisma.recoveryCase.count({ where: { id: caseId ?? "" } })).toBe(0);
});

test("deleting the account and keeping the reports signs out and shows them by a deleted user", async ({ page }) => {
  const { userId, reportId } = await signInWithData(page, { report: true, withCase: true });
  await deleteAccountThroughForm(page, "Keep my reports, anonymised");
  expect(await prisma.user.count({ where: { id: userId } })).toBe(0);
  await page.goto(`/en/reports/${reportId}`);
  await expect(page.getByText("Reported by a deleted user")).toBeVisible();
});

test("deleting the account with its reports removes them", async ({ page }) => {
  const { userId, reportId } = await signInWithData(page, { report: true, reportStatus: "PENDING_REVIEW" });
  await deleteAccountThroughForm(page, "Delete my reports too");
  expect(await prisma.user.count({ where: { id: userId } })).toBe(0);
  expect(await prisma.report.count({ where: { id: reportId ?? "" } })).toBe(0);
});

test("a new account sees empty lists; the export is for signed-in users only", async ({ page, request }) => {
  await signInWithData(page, { report: false });
  await page.goto("/en/account");
  await expect(page.getByText("You have not written a report yet.")).toBeVisible();
  await expect(page.getByText(/You are not tracking a case\./)).toBeVisible();
  expect((await request.get("/api/account/export")).status()).toBe(401);
});

test("static files at the top level are served as files", async ({ request }) => {
  for (const [path, type] of [
    ["/robots.txt", "text/plain"],
    ["/favicon.ico", "image/"],
    ["/apple-touch-icon.png", "image/png"],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain(type);
  }
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /api/");
  // The static file, with the one line only the server can write: the sitemap on its public origin.
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^/\s]+\/sitemap\.xml$/m);
  expect((await request.get(/^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? "")).headers()["content-type"]).toContain("xml");
});
