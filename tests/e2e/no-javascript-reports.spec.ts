import type { Browser, Page } from "@playwright/test";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { connectAppDatabase, userIdsOf } from "./app-database";
import { signInWithEmail, uniqueEmail } from "./auth-helpers";
import { expect, test } from "./fixtures";

// The report form and the follow-up form are real form posts: with JavaScript off, rows are
// added by the server, a refused form comes back with its errors next to the fields and every
// value as typed, and a valid one lands on the report.

test.use({ javaScriptEnabled: false });

let prisma: PrismaClient;
const emails: string[] = [];

test.beforeAll(() => {
  prisma = connectAppDatabase();
});

test.afterAll(async () => {
  const userIds = await userIdsOf(prisma, emails);
  await prisma.report.deleteMany({ where: { authorId: { in: userIds } } });
  await prisma.rateLimitBucket.deleteMany({ where: { key: { in: userIds.flatMap((id) => [`report.create:${id}`, `report.update:${id}`]) } } });
  await prisma.user.deleteMany({ where: { email: { in: emails } } });
  await prisma.$disconnect();
});

/** Signs in with scripts in a context of its own, then hands the session to the script-less page. */
async function signInWithoutScripts(page: Page, browser: Browser): Promise<string> {
  const email = uniqueEmail("no-js-report");
  emails.push(email);
  const scripted = await browser.newContext({ javaScriptEnabled: true, baseURL: test.info().project.use.baseURL });
  await signInWithEmail(await scripted.newPage(), email);
  await page.context().addCookies((await scripted.storageState()).cookies);
  await scripted.close();
  return email;
}

test("a report is written without JavaScript: rows added by the server, errors with every value kept, then published", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInWithoutScripts(page, browser);
  await page.goto("/en/reports/new");

  // Without scripts the exchange is typed as its slug, with the catalogue as suggestions.
  const exchange = page.getByRole("combobox", { name: "Exchange" });
  await exchange.fill("bitbank");
  await page.getByLabel("Where to click").fill("Help → Contact form");
  await page.getByRole("button", { name: "Add an event" }).click();
  const first = page.getByRole("group", { name: "Event 1", exact: true });
  await expect(first.getByLabel("What happened")).toHaveValue("CONTACTED");
  await expect(page.getByLabel("Where to click")).toHaveValue("Help → Contact form");
  await first.getByLabel("Day").fill("2026-01-05");

  await page.getByRole("button", { name: "Add an event" }).click();
  const second = page.getByRole("group", { name: "Event 2", exact: true });
  await expect(first.getByLabel("Day")).toHaveValue("2026-01-05");
  await second.getByLabel("What happened").selectOption("RESOLVED");
  await second.getByLabel("Day").fill("2026-01-09");
  await second.getByLabel(/^Note/).fill("2FA reset after a video call");
  await page.getByRole("checkbox", { name: "Registered full name", exact: true }).check();
  await page.getByLabel("What exactly (for Registered full name)").fill("As on the residence card");
  await page.getByLabel(/^Tips for the next person/).fill("Answer every numbered question.");

  // Refused by the server: each error next to its field, and nothing typed is lost.
  await page.getByRole("button", { name: "Publish report" }).click();
  const month = page.getByLabel("Month you were locked out");
  await expect(month).toHaveAttribute("aria-invalid", "true");
  await expect(month).toHaveAccessibleDescription(/Fill this in\./);
  await expect(page.getByRole("group", { name: "Outcome" })).toContainText("Fill this in.");
  await expect(page.getByText(/fields need your attention/)).toBeVisible();
  await expect(exchange).toHaveValue("bitbank");
  await expect(page.getByLabel("Where to click")).toHaveValue("Help → Contact form");
  await expect(first.getByLabel("Day")).toHaveValue("2026-01-05");
  await expect(second.getByLabel("What happened")).toHaveValue("RESOLVED");
  await expect(second.getByLabel(/^Note/)).toHaveValue("2FA reset after a video call");
  await expect(page.getByRole("checkbox", { name: "Registered full name", exact: true })).toBeChecked();
  await expect(page.getByLabel("What exactly (for Registered full name)")).toHaveValue("As on the residence card");
  await expect(page.getByLabel(/^Tips for the next person/)).toHaveValue("Answer every numbered question.");

  await month.fill("2026-01");
  await page.getByLabel("How you lost access to your 2FA codes").selectOption("LOST_OR_BROKEN_PHONE");
  await page.getByRole("radio", { name: "I don't remember" }).check();
  await page.getByLabel("Channel", { exact: true }).selectOption("EMAIL");
  await page.getByLabel("Language you wrote to support in").selectOption("en");
  await page.getByRole("checkbox", { name: "English", exact: true }).check();
  await page.getByRole("radio", { name: "Resolved", exact: true }).check();
  await page.getByRole("button", { name: "Publish report" }).click();

  await expect(page).toHaveURL(/\/en\/reports\/[^/?]+\?saved=created$/);
  const article = page.getByRole("article");
  await expect(article).toContainText("4 days from first contact to the end");
  await expect(article).toContainText("2FA reset after a video call");
  await expect(article).toContainText("As on the residence card");
});

test("a follow-up is added without JavaScript, after the server points out what contradicts it", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const email = await signInWithoutScripts(page, browser);
  const author = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const exchange = await prisma.exchange.findUniqueOrThrow({ where: { slug: "gmo-coin" }, select: { id: true } });
  const report = await prisma.report.create({
    data: {
      exchangeId: exchange.id,
      authorId: author.id,
      incidentMonth: new Date("2026-01-01T00:00:00Z"),
      lockoutCause: "APP_DELETED",
      contactChannel: "WEB_FORM",
      contactPath: "Support → Inquiry form",
      inquiryLanguage: "ja",
      replyLanguages: [],
      textLanguage: "en",
      outcome: "STILL_WAITING",
      status: "PUBLISHED",
      events: { create: [{ kind: "CONTACTED", occurredAt: new Date("2026-01-10T00:00:00Z"), position: 0 }] },
      updates: { create: [{ actorId: author.id, kind: "CREATED", changes: { status: "PUBLISHED", heldReasons: [] } }] },
    },
    select: { id: true },
  });

  await page.goto(`/en/reports/${report.id}/update`);
  const row = page.getByRole("group", { name: "Event 2", exact: true });
  await row.getByLabel("What happened").selectOption("HUMAN_REPLY");
  await row.getByLabel("Day").fill("2026-01-15");
  await row.getByLabel(/^Language of the message/).selectOption("ja");
  await page.getByRole("button", { name: "Add an event" }).click();
  const resolved = page.getByRole("group", { name: "Event 3", exact: true });
  await resolved.getByLabel("What happened").selectOption("RESOLVED");
  await resolved.getByLabel("Day").fill("2026-01-20");

  // Still waiting contradicts the new ending: the server says so, and keeps both rows.
  await page.getByRole("button", { name: "Add to the report" }).click();
  await expect(page.getByRole("group", { name: "Outcome now" })).toContainText("The timeline says the case ended");
  await expect(row.getByLabel("What happened")).toHaveValue("HUMAN_REPLY");
  await expect(resolved.getByLabel("Day")).toHaveValue("2026-01-20");

  await page.getByRole("radio", { name: "Resolved", exact: true }).check();
  await page.getByRole("button", { name: "Add to the report" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/reports/${report.id}\\?saved=updated$`));
  const article = page.getByRole("article");
  await expect(article).toContainText("Closed as “Resolved”");
  await expect(article).toContainText("10 days from first contact to the end");
  await expect(article).toContainText("Replies came inJapanese");
});
