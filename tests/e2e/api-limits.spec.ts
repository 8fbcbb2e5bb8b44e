import { randomUUID } from "node:crypto";
import { request as playwrightRequest } from "@playwright/test";
import { createScriptPrisma } from "../../scripts/db/script-prisma";
import { signInWithEmail, uniqueEmail } from "./auth-helpers";
import { expect, test } from "./fixtures";

// The JSON API answers a per-user limit with 429 and Retry-After. A new account may create 5
// reports a day (lib/domain/rate-limit-policy.ts). Reports go to an exchange no other spec counts on.
const EXCHANGE_SLUG = "bithumb";

function reportInput() {
  return {
    exchangeSlug: EXCHANGE_SLUG,
    incidentMonth: "2026-01",
    lockoutCause: "LOST_OR_BROKEN_PHONE",
    lockoutDetail: "",
    hadBackupCodes: "no",
    verificationLevel: "",
    contactChannel: "EMAIL",
    contactPath: "Help centre → Contact us",
    inquiryLanguage: "en",
    replyLanguages: ["en"],
    textLanguage: "en",
    outcome: "RESOLVED",
    summary: "Resolved after a week.",
    tips: "",
    events: [
      { kind: "CONTACTED", day: "2026-01-05" },
      { kind: "RESOLVED", day: "2026-01-12" },
    ],
    requiredItems: [],
    idempotencyKey: randomUUID(),
  };
}

test("creating reports through the API: a new account's sixth report of the day gets 429 with Retry-After", async ({ page, baseURL }) => {
  const email = uniqueEmail("limits");
  await signInWithEmail(page, email);
  const api = await playwrightRequest.newContext({ baseURL, storageState: await page.context().storageState(), extraHTTPHeaders: { origin: baseURL ?? "" } });
  const prisma = createScriptPrisma(process.env.E2E_DATABASE_URL ?? "");
  try {
    const anonymous = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL ?? "" } });
    expect((await anonymous.post("/api/reports", { data: reportInput() })).status()).toBe(401);
    expect((await api.post("/api/reports", { data: { ...reportInput(), events: [] } })).status()).toBe(400);
    expect((await api.post("/api/reports", { data: reportInput(), headers: { origin: "https://evil.example" } })).status()).toBe(403);

    const withLinks = { ...reportInput(), contactPath: "Help centre https://www.bithumb.com/help, not https://bithumb-support.example/help" };
    const first = await api.post("/api/reports", { data: withLinks });
    expect(first.status()).toBe(201);
    const { id, status } = (await first.json()) as { id: string; status: string };
    // A link outside the official domains holds the report; the author still sees it.
    expect(status).toBe("PENDING_REVIEW");
    await page.goto(`/en/reports/${id}`);
    await expect(page.getByRole("link", { name: "https://www.bithumb.com/help" })).toHaveAttribute("rel", "nofollow ugc noopener");
    await expect(page.getByRole("link", { name: /bithumb-support/ })).toHaveCount(0);

    for (let index = 1; index < 5; index += 1) {
      const response = await api.post("/api/reports", { data: reportInput() });
      expect(response.status(), `report ${index + 1}`).toBe(201);
    }
    const limited = await api.post("/api/reports", { data: reportInput() });
    expect(limited.status()).toBe(429);
    const retryAfter = Number(limited.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    expect(await limited.json()).toMatchObject({ error: "rate_limited", limit: "report.create" });
  } finally {
    const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
    if (user) {
      await prisma.report.deleteMany({ where: { authorId: user.id } });
      await prisma.rateLimitBucket.deleteMany({ where: { key: { contains: user.id } } });
      await prisma.user.delete({ where: { id: user.id } });
    }
    await prisma.$disconnect();
  }
});
