import { describe, expect, it } from "vitest";
import { createCase } from "@/lib/data/cases/create-case";
import { deleteCaseEvent } from "@/lib/data/cases/delete-case-event";
import { saveCaseEvent } from "@/lib/data/cases/save-case-event";
import { setCaseReminders } from "@/lib/data/cases/set-case-reminders";
import { setCaseStatus } from "@/lib/data/cases/set-case-status";
import { InvalidInputError, RateLimitedError } from "@/lib/data/errors";
import { decideRepresentation } from "@/lib/data/representatives/decide-representation";
import { postReportReply } from "@/lib/data/representatives/post-report-reply";
import { proposeOfficialFact } from "@/lib/data/representatives/propose-official-fact";
import { requestRepresentation } from "@/lib/data/representatives/request-representation";
import { saveExchangeResponse } from "@/lib/data/representatives/save-exchange-response";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/permissions";
import { rateLimitFor, rateLimitKey, windowStartOf, type RateLimitedAction } from "@/lib/domain/rate-limit-policy";
import { createExchange, createReport, createUser } from "../factories";

// The case tracker's writes and a representative's are counted like reports and flags
// (lib/domain/rate-limit-policy.ts): past the limit the write is refused with the time to wait,
// nothing of it is stored, and a write that failed for another reason spends nothing.

const LONG_AGO = new Date("2020-01-01T00:00:00Z");
type UserRow = { id: string; role: Actor["role"]; bannedAt: Date | null; createdAt: Date };
const toActor = (user: UserRow): Actor => ({ id: user.id, role: user.role, bannedAt: user.bannedAt, createdAt: user.createdAt });

/** What the actor has spent of `action` in the current window. */
async function spent(actor: Actor, action: RateLimitedAction): Promise<number> {
  const { windowSeconds } = rateLimitFor({ action, accountCreatedAt: actor.createdAt, now: new Date() });
  const row = await db().rateLimitBucket.findUnique({ where: { key_windowStart: { key: rateLimitKey(action, actor.id), windowStart: windowStartOf(new Date(), windowSeconds) } }, select: { count: true } });
  return row?.count ?? 0;
}

/**
 * Uses up the actor's `action` for this window and the next, so a window that turns over between
 * this and the write under test still refuses it.
 */
async function useUp(actor: Actor, action: RateLimitedAction): Promise<void> {
  const now = new Date();
  const { limit, windowSeconds } = rateLimitFor({ action, accountCreatedAt: actor.createdAt, now });
  const current = windowStartOf(now, windowSeconds);
  const key = rateLimitKey(action, actor.id);
  for (const windowStart of [current, new Date(current.getTime() + windowSeconds * 1000)]) {
    await db().rateLimitBucket.upsert({ where: { key_windowStart: { key, windowStart } }, create: { key, windowStart, count: limit }, update: { count: limit } });
  }
}

async function expectRefused(write: Promise<unknown>, action: RateLimitedAction): Promise<void> {
  const error = await write.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(RateLimitedError);
  expect((error as RateLimitedError).limit).toBe(action);
  expect((error as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
}

describe("the case tracker's writes", () => {
  const caseInput = (exchangeSlug: string) => ({ exchangeSlug, lockoutCause: "DEVICE_RESET", contactChannel: "EMAIL", inquiryLanguage: "ja" });
  async function openCase() {
    const [exchange, owner] = await Promise.all([createExchange(db()), createUser(db(), { createdAt: LONG_AGO })]);
    const actor = toActor(owner);
    const { id: caseId } = await createCase({ actor, input: caseInput(exchange.slug) });
    return { exchange, actor, caseId };
  }

  it("counts each opened case, and refuses one past the limit without storing it", async () => {
    const { exchange, actor } = await openCase();
    expect(await spent(actor, "case.create")).toBe(1);
    // A refused input spends nothing.
    await expect(createCase({ actor, input: caseInput("no-such-exchange") })).rejects.toBeInstanceOf(InvalidInputError);
    expect(await spent(actor, "case.create")).toBe(1);
    await useUp(actor, "case.create");
    await expectRefused(createCase({ actor, input: caseInput(exchange.slug) }), "case.create");
    expect(await db().recoveryCase.count({ where: { ownerId: actor.id } })).toBe(1);
  });

  it("counts every change to a case, and past the limit refuses each kind of change and keeps the case as it was", async () => {
    const { actor, caseId } = await openCase();
    const { id: eventId } = await saveCaseEvent({ actor, caseId, input: { kind: "CONTACTED", day: "2026-03-02" } });
    await setCaseReminders({ actor, caseId, input: { remindersEnabled: "on" } });
    expect(await spent(actor, "case.update")).toBe(2);
    // An event before the first contact is refused by the timeline's rules, and its transaction spends nothing.
    await expect(saveCaseEvent({ actor, caseId, input: { kind: "HUMAN_REPLY", day: "2026-03-01" } })).rejects.toBeInstanceOf(InvalidInputError);
    expect(await spent(actor, "case.update")).toBe(2);

    await useUp(actor, "case.update");
    const before = await db().recoveryCase.findUniqueOrThrow({ where: { id: caseId }, select: { status: true, remindersEnabled: true, followUpDueAt: true, events: { select: { id: true } } } });
    await expectRefused(saveCaseEvent({ actor, caseId, input: { kind: "HUMAN_REPLY", day: "2026-03-04" } }), "case.update");
    await expectRefused(deleteCaseEvent({ actor, caseId, eventId }), "case.update");
    await expectRefused(setCaseStatus({ actor, caseId, input: { status: "RESOLVED" } }), "case.update");
    await expectRefused(setCaseReminders({ actor, caseId, input: { remindersEnabled: null } }), "case.update");
    expect(await db().recoveryCase.findUniqueOrThrow({ where: { id: caseId }, select: { status: true, remindersEnabled: true, followUpDueAt: true, events: { select: { id: true } } } })).toEqual(before);
  });
});

describe("a representative's writes", () => {
  async function approvedRepresentative() {
    const domain = `ex-${Math.random().toString(36).slice(2, 8)}.example`;
    const exchange = await createExchange(db(), { officialDomains: [domain] });
    const admin = toActor(await createUser(db(), { role: "ADMIN", createdAt: LONG_AGO }));
    const representative = toActor(await createUser(db(), { email: `support@${domain}`, emailVerified: new Date(), createdAt: LONG_AGO }));
    const { representativeId } = await requestRepresentation({ actor: representative, slug: exchange.slug, input: { roleTitle: "Support lead" } });
    await decideRepresentation({ actor: admin, representativeId, decision: "approve" });
    const author = await createUser(db(), { createdAt: LONG_AGO });
    return { exchange, domain, representative, author };
  }

  it("counts requests to speak for an exchange and refuses one past the limit", async () => {
    const domain = `ex-${Math.random().toString(36).slice(2, 8)}.example`;
    const exchange = await createExchange(db(), { officialDomains: [domain] });
    const asking = toActor(await createUser(db(), { email: `lead@${domain}`, emailVerified: new Date(), createdAt: LONG_AGO }));
    await requestRepresentation({ actor: asking, slug: exchange.slug, input: { roleTitle: "Support lead" } });
    expect(await spent(asking, "representative.request")).toBe(1);
    await useUp(asking, "representative.request");
    await expectRefused(requestRepresentation({ actor: asking, slug: exchange.slug, input: { roleTitle: "Head of support" } }), "representative.request");
    expect((await db().exchangeRepresentative.findFirstOrThrow({ where: { userId: asking.id }, select: { roleTitle: true } })).roleTitle).toBe("Support lead");
  });

  it("counts responses, replies and proposals as one allowance, and past it stores none of them", async () => {
    const { exchange, domain, representative, author } = await approvedRepresentative();
    await saveExchangeResponse({ actor: representative, slug: exchange.slug, input: { text: "We answer within 3 days.", textLanguage: "en" } });
    expect(await spent(representative, "representative.write")).toBe(1);
    await useUp(representative, "representative.write");

    const report = await createReport(db(), { exchangeId: exchange.id, authorId: author.id });
    await expectRefused(saveExchangeResponse({ actor: representative, slug: exchange.slug, input: { text: "Now within 2 days.", textLanguage: "en" } }), "representative.write");
    await expectRefused(postReportReply({ actor: representative, input: { reportId: report.id, text: "Thank you.", textLanguage: "en" } }), "representative.write");
    await expectRefused(
      proposeOfficialFact({ actor: representative, slug: exchange.slug, input: { kind: "NOTE", textEn: "Use the form.", textJa: "フォームをお使いください。", sourceUrl: `https://${domain}/help`, checkedOn: "2026-12-01" } }),
      "representative.write",
    );
    expect(await db().exchangeResponse.count({ where: { exchangeId: exchange.id } })).toBe(1);
    expect(await db().reportReply.count({ where: { reportId: report.id } })).toBe(0);
    expect(await db().officialProcedureProposal.count({ where: { exchangeId: exchange.id } })).toBe(0);
  });
});
