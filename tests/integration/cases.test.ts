import { describe, expect, it } from "vitest";
import { createCase } from "@/lib/data/cases/create-case";
import { deleteCaseEvent } from "@/lib/data/cases/delete-case-event";
import { findCaseReportPrefill } from "@/lib/data/cases/find-case-report-prefill";
import { findOwnCase } from "@/lib/data/cases/find-own-case";
import { listOwnCases } from "@/lib/data/cases/list-own-cases";
import { saveCaseEvent } from "@/lib/data/cases/save-case-event";
import { setCaseReminders } from "@/lib/data/cases/set-case-reminders";
import { setCaseStatus } from "@/lib/data/cases/set-case-status";
import { ConflictError, InvalidInputError, NotFoundError, NotSignedInError } from "@/lib/data/errors";
import { createReport } from "@/lib/data/reports/create-report";
import { db } from "@/lib/db";
import { FALLBACK_FOLLOW_UP_DAYS } from "@/lib/domain/cases/case-standing";
import type { Actor } from "@/lib/domain/permissions";
import { createExchange, createReport as createReportRow, createUser, reportInputDraft } from "../factories";

const actorOf = (user: { id: string; role: Actor["role"]; bannedAt: Date | null; createdAt: Date }): Actor => ({ id: user.id, role: user.role, bannedAt: user.bannedAt, createdAt: user.createdAt });
const NOW = new Date("2026-03-20T10:00:00Z");
const TICKET = "ZF-SECRET-4711";
const NOTES = "private: my passport number is in the drawer";

async function openCase() {
  const [exchange, owner] = await Promise.all([createExchange(db()), createUser(db())]);
  const actor = actorOf(owner);
  const { id } = await createCase({ actor, input: { exchangeSlug: exchange.slug, lockoutCause: "DEVICE_RESET", contactChannel: "EMAIL", inquiryLanguage: "ja", ticketReference: TICKET, notes: NOTES } });
  return { exchange, owner, actor, caseId: id };
}

const followUpDueAt = async (caseId: string) => (await db().recoveryCase.findUniqueOrThrow({ where: { id: caseId }, select: { followUpDueAt: true } })).followUpDueAt;

describe("a case's owner", () => {
  it("opens a case, logs, edits and deletes events, and finds it in their list", async () => {
    const { actor, caseId, exchange } = await openCase();
    const contacted = await saveCaseEvent({ actor, caseId, input: { kind: "CONTACTED", day: "2026-03-02" }, now: NOW });
    await saveCaseEvent({ actor, caseId, input: { kind: "AUTO_ACKNOWLEDGEMENT", day: "2026-03-02", note: "Ticket opened" }, now: NOW });
    const found = await findOwnCase({ actor, caseId, now: NOW });
    expect(found.events.map((event) => event.kind)).toEqual(["CONTACTED", "AUTO_ACKNOWLEDGEMENT"]);
    expect(found.standing).toMatchObject({ phase: "awaitingHumanReply", day: 18 });
    expect(found.ticketReference).toBe(TICKET);

    await saveCaseEvent({ actor, caseId, eventId: contacted.id, input: { kind: "CONTACTED", day: "2026-03-01", time: "09:30" }, now: NOW });
    expect((await findOwnCase({ actor, caseId, now: NOW })).events[0]).toMatchObject({ kind: "CONTACTED", day: "2026-03-01", time: "09:30" });
    await deleteCaseEvent({ actor, caseId, eventId: contacted.id, now: NOW });
    expect((await findOwnCase({ actor, caseId, now: NOW })).events.map((event) => event.kind)).toEqual(["AUTO_ACKNOWLEDGEMENT"]);

    const list = await listOwnCases({ actor });
    expect(list).toEqual([expect.objectContaining({ id: caseId, status: "OPEN", eventCount: 1, exchange: expect.objectContaining({ slug: exchange.slug }) })]);
  });

  it("is refused events out of order and unknown exchanges, with field errors", async () => {
    const { actor, caseId } = await openCase();
    await saveCaseEvent({ actor, caseId, input: { kind: "CONTACTED", day: "2026-03-05" }, now: NOW });
    await expect(saveCaseEvent({ actor, caseId, input: { kind: "HUMAN_REPLY", day: "2026-03-04" }, now: NOW })).rejects.toMatchObject({ fieldErrors: { day: { key: "reportForm.errors.eventBeforeContact" } } });
    await expect(saveCaseEvent({ actor, caseId, input: { kind: "NOPE", day: "2026-03-06" }, now: NOW })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(createCase({ actor, input: { exchangeSlug: "no-such-exchange", lockoutCause: "OTHER", contactChannel: "EMAIL", inquiryLanguage: "en" } })).rejects.toMatchObject({
      fieldErrors: { exchangeSlug: { key: "reportForm.errors.invalidExchange" } },
    });
  });
});

describe("followUpDueAt, which the reminder job reads", () => {
  it("is kept up to date by every write: events, their edits and deletion, status and reminders", async () => {
    const { actor, caseId } = await openCase();
    expect(await followUpDueAt(caseId)).toBeNull();
    // The exchange has no reports: the documented fallback of a week without an answer.
    const contact = await saveCaseEvent({ actor, caseId, input: { kind: "CONTACTED", day: "2026-03-02" }, now: NOW });
    expect(await followUpDueAt(caseId)).toEqual(new Date(Date.UTC(2026, 2, 2 + FALLBACK_FOLLOW_UP_DAYS)));
    const followUp = await saveCaseEvent({ actor, caseId, input: { kind: "FOLLOW_UP_SENT", day: "2026-03-10" }, now: NOW });
    expect(await followUpDueAt(caseId)).toEqual(new Date("2026-03-17T00:00:00Z"));
    await saveCaseEvent({ actor, caseId, eventId: followUp.id, input: { kind: "FOLLOW_UP_SENT", day: "2026-03-12" }, now: NOW });
    expect(await followUpDueAt(caseId)).toEqual(new Date("2026-03-19T00:00:00Z"));
    await saveCaseEvent({ actor, caseId, input: { kind: "INFO_REQUESTED", day: "2026-03-13" }, now: NOW });
    expect(await followUpDueAt(caseId)).toBeNull();
    const info = await db().caseEvent.findFirstOrThrow({ where: { caseId, kind: "INFO_REQUESTED" } });
    await deleteCaseEvent({ actor, caseId, eventId: info.id, now: NOW });
    expect(await followUpDueAt(caseId)).toEqual(new Date("2026-03-19T00:00:00Z"));

    await setCaseStatus({ actor, caseId, input: { status: "RESOLVED" }, now: NOW });
    expect(await db().recoveryCase.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ status: "RESOLVED", closedAt: NOW, followUpDueAt: null });
    await setCaseStatus({ actor, caseId, input: { status: "OPEN" }, now: NOW });
    expect(await db().recoveryCase.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ status: "OPEN", closedAt: null, followUpDueAt: new Date("2026-03-19T00:00:00Z") });

    // The guide's own figures replace the fallback as soon as the exchange has them, at the next write.
    await db().recoveryCase.update({ where: { id: caseId }, data: { followUpDueAt: null } });
    expect(await setCaseReminders({ actor, caseId, input: { remindersEnabled: "on" }, now: NOW })).toEqual({ remindersEnabled: true });
    expect(await db().recoveryCase.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ remindersEnabled: true, followUpDueAt: new Date("2026-03-19T00:00:00Z") });
    expect(contact.id).toBeTruthy();
  });

  it("follows the guide's third quartile of time to a first human reply when it has figures", async () => {
    const { actor, caseId, exchange } = await openCase();
    const author = await createUser(db());
    // Replies on days 1 to 5 after contact: third quartile 4 days, so a follow-up is due from day 5.
    for (const reply of [1, 2, 3, 4, 5]) {
      await createReportRow(db(), { exchangeId: exchange.id, authorId: author.id }, { events: [{ kind: "CONTACTED", day: "2026-01-01" }, { kind: "HUMAN_REPLY", day: `2026-01-0${1 + reply}` }, { kind: "RESOLVED", day: "2026-01-09" }] });
    }
    await saveCaseEvent({ actor, caseId, input: { kind: "CONTACTED", day: "2026-03-02" }, now: NOW });
    expect(await followUpDueAt(caseId)).toEqual(new Date("2026-03-07T00:00:00Z"));
    const found = await findOwnCase({ actor, caseId, now: NOW });
    expect(found.standing.followUp).toMatchObject({ basis: "guide", thresholdDays: 5, isDue: true });
    expect(found.standing.comparison).toMatchObject({ milestone: "humanReply", share: 1, n: 5 });
  });
});

describe("nobody but the owner", () => {
  const others = [
    ["another user", { role: "USER" }],
    ["a moderator", { role: "MODERATOR" }],
    ["an admin", { role: "ADMIN" }],
  ] as const;

  it.each(others)("%s finds no case and no action on it", async (_who, overrides) => {
    const { actor: owner, caseId } = await openCase();
    const event = await saveCaseEvent({ actor: owner, caseId, input: { kind: "CONTACTED", day: "2026-03-02" }, now: NOW });
    const before = await db().recoveryCase.findUniqueOrThrow({ where: { id: caseId }, include: { events: true } });
    const actor = actorOf(await createUser(db(), overrides));

    await expect(findOwnCase({ actor, caseId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveCaseEvent({ actor, caseId, input: { kind: "HUMAN_REPLY", day: "2026-03-03" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveCaseEvent({ actor, caseId, eventId: event.id, input: { kind: "HUMAN_REPLY", day: "2026-03-03" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteCaseEvent({ actor, caseId, eventId: event.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setCaseStatus({ actor, caseId, input: { status: "GAVE_UP" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setCaseReminders({ actor, caseId, input: { remindersEnabled: "on" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(findCaseReportPrefill({ actor, caseId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createReport({ actor, input: reportInputDraft(before.exchangeId), caseId })).rejects.toBeInstanceOf(NotFoundError);
    expect(await listOwnCases({ actor })).toEqual([]);
    expect(await db().recoveryCase.findUniqueOrThrow({ where: { id: caseId }, include: { events: true } })).toEqual(before);
  });

  it("anonymous visitors are told to sign in and change nothing", async () => {
    const { caseId } = await openCase();
    for (const attempt of [
      findOwnCase({ actor: null, caseId }),
      listOwnCases({ actor: null }),
      saveCaseEvent({ actor: null, caseId, input: { kind: "CONTACTED", day: "2026-03-02" } }),
      setCaseStatus({ actor: null, caseId, input: { status: "RESOLVED" } }),
      setCaseReminders({ actor: null, caseId, input: {} }),
      findCaseReportPrefill({ actor: null, caseId }),
      createCase({ actor: null, input: {} }),
    ]) {
      await expect(attempt).rejects.toBeInstanceOf(NotSignedInError);
    }
    expect(await db().caseEvent.count({ where: { caseId } })).toBe(0);
  });

  it("an event of one's own other case is not found through this one", async () => {
    const { actor, caseId } = await openCase();
    const other = await createCase({ actor, input: { exchangeSlug: (await createExchange(db())).slug, lockoutCause: "OTHER", contactChannel: "CHAT", inquiryLanguage: "en" } });
    const event = await saveCaseEvent({ actor, caseId: other.id, input: { kind: "CONTACTED", day: "2026-03-02" } });
    await expect(deleteCaseEvent({ actor, caseId, eventId: event.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveCaseEvent({ actor, caseId, eventId: event.id, input: { kind: "CONTACTED", day: "2026-03-03" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(findOwnCase({ actor, caseId: "not a case id" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("publishing a case as a report", () => {
  it("prefills the report from the case without its ticket reference or notes, and links the report it creates", async () => {
    const { actor, caseId, exchange } = await openCase();
    await saveCaseEvent({ actor, caseId, input: { kind: "CONTACTED", day: "2026-03-02" } });
    await saveCaseEvent({ actor, caseId, input: { kind: "HUMAN_REPLY", day: "2026-03-04", language: "ja" } });
    await saveCaseEvent({ actor, caseId, input: { kind: "RESOLVED", day: "2026-03-09" } });
    await setCaseStatus({ actor, caseId, input: { status: "RESOLVED" } });

    const prefill = await findCaseReportPrefill({ actor, caseId });
    expect(prefill).toMatchObject({ exchangeSlug: exchange.slug, incidentMonth: "2026-03", lockoutCause: "DEVICE_RESET", contactChannel: "EMAIL", inquiryLanguage: "ja", outcome: "RESOLVED" });
    expect(prefill?.events.map((event) => [event.kind, event.day])).toEqual([
      ["CONTACTED", "2026-03-02"],
      ["HUMAN_REPLY", "2026-03-04"],
      ["RESOLVED", "2026-03-09"],
    ]);
    expect(JSON.stringify(prefill)).not.toContain(TICKET);
    expect(JSON.stringify(prefill)).not.toContain("passport");

    const { lockoutCause, contactChannel, inquiryLanguage, incidentMonth, outcome, events } = prefill ?? ({} as never);
    const input = reportInputDraft(exchange.slug, { lockoutCause, contactChannel, inquiryLanguage, incidentMonth, outcome, events });
    const created = await createReport({ actor, input, caseId });
    expect((await db().recoveryCase.findUniqueOrThrow({ where: { id: caseId } })).publishedReportId).toBe(created.id);
    const report = await db().report.findUniqueOrThrow({ where: { id: created.id }, include: { events: true } });
    expect(JSON.stringify(report)).not.toContain(TICKET);
    expect(JSON.stringify(report)).not.toContain("passport");
    expect(report.events).toHaveLength(3);

    // Once published, the form starts empty again and a second report from the case is refused.
    expect(await findCaseReportPrefill({ actor, caseId })).toBeNull();
    await expect(createReport({ actor, input: reportInputDraft(exchange.slug), caseId })).rejects.toBeInstanceOf(ConflictError);
    expect(await db().report.count({ where: { authorId: actor.id } })).toBe(1);
  });

  it("an open case can be published as a still-waiting report when its owner chooses", async () => {
    const { actor, caseId, exchange } = await openCase();
    await saveCaseEvent({ actor, caseId, input: { kind: "CONTACTED", day: "2026-03-02" } });
    const prefill = await findCaseReportPrefill({ actor, caseId });
    expect(prefill?.outcome).toBe("STILL_WAITING");
    const created = await createReport({ actor, input: reportInputDraft(exchange.slug, { outcome: "STILL_WAITING", events: prefill?.events ?? [] }), caseId });
    expect((await db().recoveryCase.findUniqueOrThrow({ where: { id: caseId } })).publishedReportId).toBe(created.id);
  });
});
