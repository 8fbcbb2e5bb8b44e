import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { connectAppDatabase } from "./app-database";
import { signInWithEmail } from "./auth-helpers";
import { axeViolations } from "./axe";
import { expect, keepScreenshot, test } from "./fixtures";

// The official procedures come from the seed (prisma/seed/official-procedures.ts). The edit test
// changes one fact of an exchange no other spec counts on and puts it back afterwards.
const EDITED_SLUG = "independent-reserve";

let prisma: PrismaClient;
const created: { emails: string[]; restore: { id: string; textEn: string }[] } = { emails: [], restore: [] };

test.beforeAll(() => {
  prisma = connectAppDatabase();
});

test.afterAll(async () => {
  for (const fact of created.restore) await prisma.officialFact.update({ where: { id: fact.id }, data: { textEn: fact.textEn } });
  const edited = await prisma.exchange.findUniqueOrThrow({ where: { slug: EDITED_SLUG }, select: { id: true } });
  await prisma.officialProcedure.update({ where: { exchangeId: edited.id }, data: { recoveryPageFound: false, checkedOn: new Date("2026-12-02T00:00:00Z") } });
  const users = await prisma.user.findMany({ where: { email: { in: created.emails } }, select: { id: true } });
  const userIds = users.map((user) => user.id);
  await prisma.officialFactEdit.deleteMany({ where: { editorId: { in: userIds } } });
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
  await prisma.$disconnect();
});

test("bitFlyer's guide, without reports, shows what bitFlyer says with its source and the checked date", async ({ page }) => {
  await page.goto("/en/exchanges/bitflyer");
  const official = page.getByRole("region", { name: "What bitFlyer says" });
  await expect(official).toBeVisible();
  await expect(official).toContainText("bitFlyer's site has no page about getting back in after losing the 2FA device that we could find");
  await expect(official.getByRole("link", { name: "bitflyer.com/en-jp/s/glossary/two-factor-authentication" })).toHaveAttribute(
    "href",
    "https://bitflyer.com/en-jp/s/glossary/two-factor-authentication",
  );
  await expect(official).toContainText("checked Dec 2, 2026");

  await page.goto("/ja/exchanges/bitflyer");
  const officialJa = page.getByRole("region", { name: "ビットフライヤーの公式案内" });
  await expect(officialJa).toContainText("確認日：2026/12/02");
  await page.setViewportSize({ width: 390, height: 844 });
  await keepScreenshot(page, "official-bitflyer-ja-mobile");
});

test("Coinbase's guide states the official 48-72 hours with its source", async ({ page }) => {
  await page.goto("/en/exchanges/coinbase");
  const official = page.getByRole("region", { name: "What Coinbase says" });
  await expect(official.getByText("48-72 hours", { exact: true })).toBeVisible();
  await expect(official.getByRole("link", { name: /help\.coinbase\.com\/en\/contact-us/ }).first()).toBeVisible();
});

test("Kraken's checklist marks what its reporter was asked for that Kraken's pages do not name; dark, on a phone, and readable", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/en/exchanges/kraken");
  const prepare = page.getByRole("region", { name: "What to prepare" });
  const item = (label: string) => prepare.getByRole("listitem").filter({ has: page.getByText(label, { exact: true }) });
  await expect(item("Date of birth")).toContainText("Not on Kraken's official pages");
  await expect(item("Government ID details")).not.toContainText("Not on Kraken's official pages");
  const official = page.getByRole("region", { name: "What Kraken says" });
  await expect(official).toContainText("Self-service reset: only with a key set up in advance");
  await expect(official.getByRole("list", { name: "Asks for" }).first()).toContainText("Key set up in advance");
  expect(await axeViolations(page, ["color-contrast", "link-name", "list", "listitem", "heading-order"])).toEqual([]);
  await keepScreenshot(page, "official-kraken-en-dark-mobile");
});

test("a moderator edits a fact; the guide shows it, and a source off the official domains is refused without JavaScript", async ({ page, browser }) => {
  const email = `e2e-official-${randomUUID().slice(0, 8)}@example.com`;
  created.emails.push(email);
  await signInWithEmail(page, email);
  await prisma.user.update({ where: { email }, data: { role: "MODERATOR" } });
  const fact = await prisma.officialFact.findFirstOrThrow({ where: { procedure: { exchange: { slug: EDITED_SLUG } }, kind: "WITHDRAWAL_HOLD" } });
  created.restore.push({ id: fact.id, textEn: fact.textEn });

  await page.goto(`/en/exchanges/${EDITED_SLUG}`);
  await page.getByRole("link", { name: "Edit the official facts" }).click();
  const form = page.getByRole("form", { name: "Withdrawals after a reset, fact 1" });
  const marker = `Checked again (${randomUUID().slice(0, 8)}).`;
  await form.getByLabel("What the page says, in English").fill(`${fact.textEn} ${marker}`);
  await form.getByRole("button", { name: "Save fact" }).click();
  await expect(form.getByRole("status")).toHaveText("Fact saved.");

  const record = page.getByRole("form", { name: "The record" });
  await record.getByLabel("Pages last searched on").fill("2026-12-03");
  await record.getByRole("button", { name: "Save the record" }).click();
  await expect(record.getByRole("status")).toHaveText("Record saved.");
  await page.reload();
  const log = page.getByRole("region", { name: "Change log" });
  await expect(log.getByRole("listitem").first()).toContainText("Changed: Record of the search");
  await expect(log.getByRole("listitem").nth(1)).toContainText("Fields changed: What the page says, in English");
  await expect(log.getByRole("listitem").nth(1)).toContainText(marker);

  await page.goto(`/en/exchanges/${EDITED_SLUG}`);
  const official = page.getByRole("region", { name: "What Independent Reserve says" });
  await expect(official).toContainText(marker);
  await expect(official).toContainText("that we could find (checked Dec 3, 2026)");
  expect(await prisma.officialFactEdit.count({ where: { factId: fact.id, kind: "UPDATED", editor: { email } } })).toBe(1);

  const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL: new URL(page.url()).origin });
  try {
    await noScript.addCookies(await page.context().cookies());
    const plain = await noScript.newPage();
    await plain.goto(`/en/exchanges/${EDITED_SLUG}/official`);
    const plainForm = plain.getByRole("form", { name: "Withdrawals after a reset, fact 1" });
    await plainForm.getByLabel("Source (the page's address)").fill("https://independentreserve-help.pages.dev/2fa");
    await plainForm.getByRole("button", { name: "Save fact" }).click();
    await expect(plain.getByRole("form", { name: "Withdrawals after a reset, fact 1" })).toContainText("Only the exchange's official domains (or their subdomains) may be sources.");
    expect((await prisma.officialFact.findUniqueOrThrow({ where: { id: fact.id } })).sourceUrl).toBe(fact.sourceUrl);
  } finally {
    await noScript.close();
  }
});
