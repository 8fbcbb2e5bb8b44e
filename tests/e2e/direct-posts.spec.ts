import { randomUUID } from "node:crypto";
import { request as playwrightRequest, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { connectAppDatabase, userIdsOf } from "./app-database";
import { signInWithEmail, uniqueEmail } from "./auth-helpers";
import { expect, test } from "./fixtures";

// Server actions are public endpoints. These tests take the exact POST a real form sends (caught
// in the browser and not let through), then replay it outside the UI as other people: only the
// one allowed may change anything. The last replay, as the allowed user, proves the replay works.
// Reports go to an exchange no other spec counts on.
const EXCHANGE_SLUG = "upbit";

type CapturedPost = { url: string; headers: Record<string, string>; body: Buffer };

let prisma: PrismaClient;
const createdUserEmails: string[] = [];
const createdReportIds: string[] = [];

test.beforeAll(() => {
  prisma = connectAppDatabase();
});

test.afterAll(async () => {
  const userIds = await userIdsOf(prisma, createdUserEmails);
  await prisma.moderationAction.deleteMany({ where: { OR: [{ moderatorId: { in: userIds } }, { reportId: { in: createdReportIds } }] } });
  await prisma.report.deleteMany({ where: { id: { in: createdReportIds } } });
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
  await prisma.$disconnect();
});

async function signedInUser(context: BrowserContext, role: "USER" | "MODERATOR" = "USER") {
  const page = await context.newPage();
  const email = uniqueEmail("direct");
  createdUserEmails.push(email);
  await signInWithEmail(page, email);
  const user = await prisma.user.update({ where: { email }, data: { role }, select: { id: true } });
  return { page, id: user.id };
}

async function createReport(authorId: string, status: "PUBLISHED" | "PENDING_REVIEW") {
  const exchange = await prisma.exchange.findUniqueOrThrow({ where: { slug: EXCHANGE_SLUG }, select: { id: true } });
  const report = await prisma.report.create({
    data: {
      exchangeId: exchange.id,
      authorId,
      incidentMonth: new Date("2026-03-01T00:00:00Z"),
      lockoutCause: "LOST_OR_BROKEN_PHONE",
      contactChannel: "WEB_FORM",
      contactPath: "Help → Contact",
      inquiryLanguage: "en",
      replyLanguages: ["en"],
      textLanguage: "en",
      outcome: "RESOLVED",
      status,
      summary: `Direct POST target ${randomUUID().slice(0, 8)}`,
      events: { create: [{ kind: "CONTACTED", occurredAt: new Date("2026-03-02T00:00:00Z") }] },
    },
    select: { id: true },
  });
  createdReportIds.push(report.id);
  return report.id;
}

/** Clicks `submit` on `page` and returns the server-action POST it would have sent, without sending it. */
async function capturePost(page: Page, submit: () => Promise<void>): Promise<CapturedPost> {
  let resolveCaptured: (post: CapturedPost) => void = () => undefined;
  const captured = new Promise<CapturedPost>((resolve) => {
    resolveCaptured = resolve;
  });
  await page.route("**/*", async (route) => {
    const sent = route.request();
    if (sent.method() === "POST" && sent.headers()["next-action"]) {
      resolveCaptured({ url: sent.url(), headers: sent.headers(), body: sent.postDataBuffer() ?? Buffer.alloc(0) });
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await submit();
  const post = await captured;
  await page.unroute("**/*");
  return post;
}

async function replay(post: CapturedPost, as: APIRequestContext, overrides: Record<string, string> = {}) {
  const headers = { ...post.headers, ...overrides };
  delete headers.cookie;
  const response = await as.post(post.url, { headers, data: post.body, maxRedirects: 0 });
  return response.status();
}

async function contextAs(context: BrowserContext | null, baseURL: string | undefined): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, storageState: context ? await context.storageState() : undefined });
}

test("deleting a report: only its author's replayed POST deletes it", async ({ browser, baseURL }) => {
  const authorContext = await browser.newContext();
  const otherContext = await browser.newContext();
  const author = await signedInUser(authorContext);
  await signedInUser(otherContext);
  const reportId = await createReport(author.id, "PUBLISHED");

  await author.page.goto(`/en/reports/${reportId}/delete`);
  const post = await capturePost(author.page, () => author.page.getByRole("button", { name: "Delete report" }).click());
  const isDeleted = async () => (await prisma.report.findUniqueOrThrow({ where: { id: reportId }, select: { deletedAt: true } })).deletedAt !== null;

  await replay(post, await contextAs(null, baseURL));
  expect(await isDeleted(), "anonymous").toBe(false);
  await replay(post, await contextAs(otherContext, baseURL));
  expect(await isDeleted(), "another user").toBe(false);
  await replay(post, await contextAs(authorContext, baseURL), { origin: "https://evil.example" });
  expect(await isDeleted(), "the author, from a foreign origin").toBe(false);
  await prisma.user.update({ where: { id: author.id }, data: { bannedAt: new Date() } });
  await replay(post, await contextAs(authorContext, baseURL));
  expect(await isDeleted(), "the author, banned").toBe(false);

  await prisma.user.update({ where: { id: author.id }, data: { bannedAt: null } });
  await replay(post, await contextAs(authorContext, baseURL));
  expect(await isDeleted(), "the author").toBe(true);
  await authorContext.close();
  await otherContext.close();
});

test("publishing a held report: only a moderator's replayed POST publishes it", async ({ browser, baseURL }) => {
  const moderatorContext = await browser.newContext();
  const userContext = await browser.newContext();
  const moderator = await signedInUser(moderatorContext, "MODERATOR");
  await signedInUser(userContext);
  const author = await prisma.user.create({ data: { displayName: `Held author ${randomUUID().slice(0, 6)}`, email: uniqueEmail("held") }, select: { id: true, email: true } });
  if (author.email) createdUserEmails.push(author.email);
  const reportId = await createReport(author.id, "PENDING_REVIEW");
  const summary = (await prisma.report.findUniqueOrThrow({ where: { id: reportId }, select: { summary: true } })).summary ?? "";

  await moderator.page.goto("/en/moderation");
  const entry = moderator.page.getByRole("article").filter({ hasText: summary });
  const post = await capturePost(moderator.page, () => entry.getByRole("button", { name: "Publish" }).click());
  const status = async () => (await prisma.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true } })).status;

  await replay(post, await contextAs(null, baseURL));
  expect(await status(), "anonymous").toBe("PENDING_REVIEW");
  await replay(post, await contextAs(userContext, baseURL));
  expect(await status(), "a signed-in user").toBe("PENDING_REVIEW");
  await replay(post, await contextAs(moderatorContext, baseURL), { origin: "https://evil.example" });
  expect(await status(), "the moderator, from a foreign origin").toBe("PENDING_REVIEW");

  await replay(post, await contextAs(moderatorContext, baseURL));
  expect(await status(), "the moderator").toBe("PUBLISHED");
  expect(await prisma.moderationAction.count({ where: { reportId, kind: "PUBLISH" } })).toBe(1);
  await moderatorContext.close();
  await userContext.close();
});
