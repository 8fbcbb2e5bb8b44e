import "server-only";
import enCatalogue from "../../messages/en/reportForm.json";
import jaCatalogue from "../../messages/ja/reportForm.json";
import { db } from "../db";
import { redactPersonalData, type RedactionLabels } from "../domain/detection/personal-data";
import { holdReasonsFor, orderHoldReasons, type HoldReason } from "../domain/detection/hold";
import { canCreateReport, canEditReport, type Actor } from "../domain/permissions";
import { Prisma } from "../generated/prisma/client";
import type { ReportStatus, ReportUpdateKind } from "../generated/prisma/enums";
import { toFieldErrorKeys, type FieldError } from "../validation/field-errors";
import { ReportInputSchema, type ReportInput } from "../validation/report";
import { consistencyErrorKeys } from "../validation/report-consistency";
import type { RequiredItemInput, TimelineEventInput } from "../validation/report-fields";
import { hasTranslatedText } from "../validation/report-translation";
import { errorKey, type BackupCodesAnswer } from "../validation/report-vocabulary";
import { checkTimelineUpdate, mergeReplyLanguages, ReportUpdateInputSchema, type ReportUpdateInput } from "../validation/report-update";
import { isRecordId } from "../validation/text";
import { ForbiddenError, InvalidInputError, NotFoundError, NotSignedInError } from "./errors";
import { bumpGuideVersion } from "./guide-versions";
import { consumeRateLimit } from "./rate-limit";
import { reportContentSelect } from "./reports";

// Every write to a report: create, full edit, "add what happened since", delete. Each function
// checks who may do it (lib/domain/permissions) before anything else, parses its input with the
// form's own schema, screens every free text with the detectors, and writes the report with its
// history row in one transaction.
//
// Screening: scam contacts (phone numbers, messenger handles, e-mail addresses, links outside the
// exchange's official domains, recovery offers) and a report that support asked for a secret
// (2FA code, password, seed phrase: someone impersonated support, or the report is bait) hold the
// report for review, with the reasons in heldReasons. Personal data the author left in is then replaced by placeholders, so the stored
// text never holds it. Contacts are judged on the text as written: a support number the author
// typed still holds the report even though the number itself is removed before storing.
// The author's translation goes through the same screen as the original, with placeholders in
// the translation's language: a contact or a passport number in either language is caught.

type Tx = Prisma.TransactionClient;

/** The input broke a rule that needs the database to check (an unknown exchange or item, a timeline update). */
/** A report that breaks a rule only the server can check; field errors are catalogue keys. */
export class ReportInputError extends InvalidInputError {
  constructor(fieldErrors: Record<string, FieldError>) {
    super(fieldErrors);
    this.name = "ReportInputError";
  }
}

export type ReportWriteResult = {
  id: string;
  status: ReportStatus;
  heldReasons: string[];
  exchangeSlug: string;
  /** false: nothing was written (a repeated submission, or an edit that changed nothing). */
  changed: boolean;
};

// --- Screening free text ---

// Placeholders in the language the report is written in, from the form's catalogue.
const englishLabels: RedactionLabels = enCatalogue.reportForm.redaction;
const japaneseLabels: RedactionLabels = jaCatalogue.reportForm.redaction;

type ScreenText = (text: string | undefined) => string | null;
/** `screen` for the original's texts, `screenTranslation` for the translation's (null without one). */
type Screens = { screen: ScreenText; screenTranslation: ScreenText };

function createScreen(officialDomains: readonly string[], textLanguage: string, translationLanguage: string | null = null) {
  const reasons = new Set<HoldReason>();
  const screenIn =
    (language: string): ScreenText =>
    (text) => {
      if (text === undefined || text === "") return null;
      for (const reason of holdReasonsFor(text, { officialDomains })) reasons.add(reason);
      return redactPersonalData(text, undefined, { labels: language === "ja" ? japaneseLabels : englishLabels });
    };
  const screens: Screens = { screen: screenIn(textLanguage), screenTranslation: translationLanguage ? screenIn(translationLanguage) : () => null };
  return { ...screens, screens, reasons };
}

// --- From input to rows ---

type EventRow = {
  kind: TimelineEventInput["kind"];
  occurredAt: Date;
  precision: "DAY" | "MINUTE";
  language: string | null;
  note: string | null;
  noteTranslation: string | null;
  position: number;
};
type ItemRow = { itemId: string; code: string; note: string | null; noteTranslation: string | null };

// Times are the author's wall clock, stored as if UTC ("floating" times): every time in a report
// comes from the same clock, so differences between events are right, and pages, which format in
// UTC, show exactly the time the author typed.
function occurredAtOf(event: Pick<TimelineEventInput, "day" | "time">): Date {
  return new Date(`${event.day}T${event.time ?? "00:00"}:00.000Z`);
}

/** Events ordered by day, keeping the author's order within a day, numbered in that order. */
function toEventRows(events: readonly TimelineEventInput[], { screen, screenTranslation }: Screens, firstPosition = 0): EventRow[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.day.localeCompare(b.event.day) || a.index - b.index)
    .map(({ event }, index) => ({
      kind: event.kind,
      occurredAt: occurredAtOf(event),
      precision: event.time ? "MINUTE" : "DAY",
      language: event.language ?? null,
      note: screen(event.note),
      noteTranslation: screenTranslation(event.noteTranslation),
      position: firstPosition + index,
    }));
}

async function resolveItems(tx: Tx, items: readonly RequiredItemInput[], { screen, screenTranslation }: Screens): Promise<ItemRow[]> {
  if (items.length === 0) return [];
  const known = await tx.requiredItem.findMany({ where: { code: { in: items.map((item) => item.code) } }, select: { id: true, code: true } });
  const idByCode = new Map(known.map((item) => [item.code, item.id]));
  const errors: Record<string, FieldError> = {};
  const rows = items.flatMap((item, index) => {
    const itemId = idByCode.get(item.code);
    if (itemId === undefined) {
      errors[`requiredItems.${index}.code`] = { key: errorKey.invalidItem };
      return [];
    }
    return [{ itemId, code: item.code, note: screen(item.note), noteTranslation: screenTranslation(item.noteTranslation) }];
  });
  if (Object.keys(errors).length > 0) throw new ReportInputError(errors);
  return rows;
}

async function findExchangeForReport(tx: Tx, slug: string) {
  const exchange = await tx.exchange.findUnique({ where: { slug }, select: { id: true, slug: true, officialDomains: true } });
  if (!exchange) throw new ReportInputError({ exchangeSlug: { key: errorKey.invalidExchange } });
  return exchange;
}

function backupCodesValue(answer: BackupCodesAnswer): boolean | null {
  return answer === "unknown" ? null : answer === "yes";
}

function parseReportInput(input: unknown): ReportInput {
  const parsed = ReportInputSchema.safeParse(input);
  if (!parsed.success) throw new ReportInputError(toFieldErrorKeys(parsed.error.issues));
  return parsed.data;
}

type PreparedReport = {
  exchange: { id: string; slug: string };
  scalars: {
    incidentMonth: Date;
    lockoutCause: ReportInput["lockoutCause"];
    lockoutDetail: string | null;
    hadBackupCodes: boolean | null;
    verificationLevel: string | null;
    contactChannel: ReportInput["contactChannel"];
    contactPath: string;
    inquiryLanguage: string;
    replyLanguages: string[];
    textLanguage: string;
    outcome: ReportInput["outcome"];
    summary: string | null;
    tips: string | null;
    translationLanguage: string | null;
    lockoutDetailTranslation: string | null;
    verificationLevelTranslation: string | null;
    contactPathTranslation: string | null;
    summaryTranslation: string | null;
    tipsTranslation: string | null;
  };
  events: EventRow[];
  items: ItemRow[];
  reasons: string[];
};

async function prepareReport(tx: Tx, input: ReportInput): Promise<PreparedReport> {
  const exchange = await findExchangeForReport(tx, input.exchangeSlug);
  // A language with nothing translated is no translation.
  const translationLanguage = hasTranslatedText(input) ? (input.translationLanguage ?? null) : null;
  const { screen, screenTranslation, screens, reasons } = createScreen(exchange.officialDomains, input.textLanguage, translationLanguage);
  const scalars = {
    incidentMonth: new Date(`${input.incidentMonth}-01T00:00:00.000Z`),
    lockoutCause: input.lockoutCause,
    lockoutDetail: screen(input.lockoutDetail),
    hadBackupCodes: backupCodesValue(input.hadBackupCodes),
    verificationLevel: screen(input.verificationLevel),
    contactChannel: input.contactChannel,
    contactPath: screen(input.contactPath) ?? "",
    inquiryLanguage: input.inquiryLanguage,
    replyLanguages: input.replyLanguages,
    textLanguage: input.textLanguage,
    outcome: input.outcome,
    summary: screen(input.summary),
    tips: screen(input.tips),
    translationLanguage,
    lockoutDetailTranslation: screenTranslation(input.lockoutDetailTranslation),
    verificationLevelTranslation: screenTranslation(input.verificationLevelTranslation),
    contactPathTranslation: screenTranslation(input.contactPathTranslation),
    summaryTranslation: screenTranslation(input.summaryTranslation),
    tipsTranslation: screenTranslation(input.tipsTranslation),
  };
  const events = toEventRows(input.events, screens);
  const items = await resolveItems(tx, input.requiredItems, screens);
  return { exchange, scalars, events, items, reasons: orderHoldReasons(reasons) };
}

/** Status after an author's write: new contacts hold a published report; moderators' decisions stand. */
function statusAfterWrite(current: { status: ReportStatus; heldReasons: string[] }, newReasons: string[]): { status: ReportStatus; heldReasons: string[] } {
  if (current.status === "PUBLISHED") return newReasons.length > 0 ? { status: "PENDING_REVIEW", heldReasons: newReasons } : { status: "PUBLISHED", heldReasons: [] };
  // Held or hidden: only a moderator publishes it. The reasons keep what was found so far.
  return { status: current.status, heldReasons: orderHoldReasons([...current.heldReasons, ...newReasons]) };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

// --- Authorization ---

type ReportOwnershipRow = { id: string; authorId: string; deletedAt: Date | null };

async function requireOwnReport(actor: Actor | null, reportId: string, action: string): Promise<{ actor: Actor; report: ReportOwnershipRow }> {
  if (!actor) throw new NotSignedInError();
  if (!isRecordId(reportId)) throw new NotFoundError("report (malformed id)");
  const report = await db().report.findUnique({ where: { id: reportId }, select: { id: true, authorId: true, deletedAt: true } });
  if (!report || report.deletedAt !== null) throw new NotFoundError(`report ${reportId}`);
  if (!canEditReport(actor, report)) throw new ForbiddenError(action);
  return { actor, report };
}

/** Serializes writes to one report: the second of two concurrent updates sees the first. */
async function lockReport(tx: Tx, reportId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Report" WHERE "id" = ${reportId} FOR UPDATE`;
}

// --- Create ---

const writeResultSelect = { id: true, status: true, heldReasons: true, exchange: { select: { slug: true } } } satisfies Prisma.ReportSelect;
type WriteResultRow = Prisma.ReportGetPayload<{ select: typeof writeResultSelect }>;

function toWriteResult(row: WriteResultRow, changed: boolean): ReportWriteResult {
  return { id: row.id, status: row.status, heldReasons: row.heldReasons, exchangeSlug: row.exchange.slug, changed };
}

function findByIdempotencyKey(authorId: string, idempotencyKey: string) {
  return db().report.findUnique({ where: { authorId_idempotencyKey: { authorId, idempotencyKey } }, select: writeResultSelect });
}

/**
 * Publishes a report, or holds it for review when the detectors find scam contacts. Idempotent
 * per author and idempotency key: a repeated submission (double click, a retry after a timeout,
 * two tabs) returns the first report with `changed: false`, even when both arrive at once.
 */
export async function createReport({ actor, input }: { actor: Actor | null; input: unknown }): Promise<ReportWriteResult> {
  if (!actor) throw new NotSignedInError();
  if (!canCreateReport(actor)) throw new ForbiddenError("report.create");
  const report = parseReportInput(input);

  const existing = await findByIdempotencyKey(actor.id, report.idempotencyKey);
  if (existing) return toWriteResult(existing, false);

  try {
    return await db().$transaction(async (tx) => {
      // Submissions with one key queue here; a later one finds the first's report and spends
      // nothing. The limit is counted in this transaction, so a write that fails spends nothing.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`report.create:${actor.id}:${report.idempotencyKey}`}))`;
      const first = await tx.report.findUnique({ where: { authorId_idempotencyKey: { authorId: actor.id, idempotencyKey: report.idempotencyKey } }, select: writeResultSelect });
      if (first) return toWriteResult(first, false);
      await consumeRateLimit({ actor, action: "report.create" }, tx);
      const prepared = await prepareReport(tx, report);
      const status: ReportStatus = prepared.reasons.length > 0 ? "PENDING_REVIEW" : "PUBLISHED";
      const created = await tx.report.create({
        data: {
          exchangeId: prepared.exchange.id,
          authorId: actor.id,
          ...prepared.scalars,
          status,
          heldReasons: prepared.reasons,
          idempotencyKey: report.idempotencyKey,
          events: { create: prepared.events },
          requiredItems: { create: prepared.items.map(({ itemId, note, noteTranslation }) => ({ itemId, note, noteTranslation })) },
        },
        select: writeResultSelect,
      });
      await recordUpdate(tx, created.id, actor.id, "CREATED", { status, heldReasons: prepared.reasons });
      // A held report is not in any guide until a moderator publishes it (which bumps then).
      if (status === "PUBLISHED") await bumpGuideVersion(tx, prepared.exchange.id);
      return toWriteResult(created, true);
    });
  } catch (error) {
    // The same submission raced this one to the unique index (authorId, idempotencyKey).
    if (isUniqueViolation(error)) {
      const first = await findByIdempotencyKey(actor.id, report.idempotencyKey);
      if (first) return toWriteResult(first, false);
    }
    throw error;
  }
}

function recordUpdate(tx: Tx, reportId: string, actorId: string, kind: ReportUpdateKind, changes: Prisma.InputJsonObject) {
  return tx.reportUpdate.create({ data: { reportId, actorId, kind, changes } });
}

// --- Full edit ---

const editableSelect = {
  status: true,
  heldReasons: true,
  exchange: { select: { slug: true } },
  ...reportContentSelect,
  events: {
    select: { kind: true, occurredAt: true, precision: true, language: true, note: true, noteTranslation: true, position: true },
    orderBy: [{ occurredAt: "asc" }, { position: "asc" }],
  },
  requiredItems: { select: { note: true, noteTranslation: true, item: { select: { code: true, sortOrder: true } } }, orderBy: { item: { sortOrder: "asc" } } },
} satisfies Prisma.ReportSelect;
type EditableRow = Prisma.ReportGetPayload<{ select: typeof editableSelect }>;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const eventKey = (event: { kind: string; occurredAt: Date; precision: string; language: string | null; note: string | null; noteTranslation: string | null }) => ({
  kind: event.kind,
  at: event.occurredAt.toISOString(),
  precision: event.precision,
  language: event.language,
  note: event.note,
  noteTranslation: event.noteTranslation,
});
const itemKey = (item: { code: string; note: string | null; noteTranslation: string | null }) => ({ code: item.code, note: item.note, noteTranslation: item.noteTranslation });
// The history names one "translation" for every translated text and its language.
const historyFieldName = (field: string) => (field === "translationLanguage" || field.endsWith("Translation") ? "translation" : field);

/** The names of the fields an edit changes, in form order. */
function changedFields(current: EditableRow, next: PreparedReport): string[] {
  const fields: string[] = [];
  if (current.exchange.slug !== next.exchange.slug) fields.push("exchange");
  for (const [field, value] of Object.entries(next.scalars) as [keyof PreparedReport["scalars"], unknown][]) {
    const name = historyFieldName(field);
    if (!sameJson(current[field], value) && !fields.includes(name)) fields.push(name);
  }
  const sortItems = (items: { code: string; note: string | null; noteTranslation: string | null }[]) => [...items].sort((a, b) => a.code.localeCompare(b.code));
  // Stored events in the order the form shows them: by day, then the author's order.
  const currentEvents = [...current.events].sort((a, b) => dayOf(a.occurredAt).localeCompare(dayOf(b.occurredAt)) || a.position - b.position);
  if (!sameJson(currentEvents.map(eventKey), next.events.map(eventKey))) fields.push("events");
  if (!sameJson(sortItems(current.requiredItems.map((row) => itemKey({ code: row.item.code, note: row.note, noteTranslation: row.noteTranslation }))), sortItems(next.items.map(itemKey)))) {
    fields.push("requiredItems");
  }
  return fields;
}

/** The author rewrites the whole report. The history keeps which fields changed, not their old text. */
export async function updateReport({ actor, reportId, input }: { actor: Actor | null; reportId: string; input: unknown }): Promise<ReportWriteResult> {
  const { actor: author } = await requireOwnReport(actor, reportId, "report.update");
  const report = parseReportInput(input);
  await consumeRateLimit({ actor: author, action: "report.update" });

  return db().$transaction(async (tx) => {
    await lockReport(tx, reportId);
    const current = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { ...editableSelect, exchangeId: true } });
    const prepared = await prepareReport(tx, report);
    const fields = changedFields(current, prepared);
    if (fields.length === 0) {
      return { id: reportId, status: current.status, heldReasons: current.heldReasons, exchangeSlug: current.exchange.slug, changed: false };
    }
    const next = statusAfterWrite(current, prepared.reasons);
    const updated = await tx.report.update({
      where: { id: reportId },
      data: {
        exchangeId: prepared.exchange.id,
        ...prepared.scalars,
        ...next,
        ...(fields.includes("events") ? { events: { deleteMany: {}, create: prepared.events } } : {}),
        ...(fields.includes("requiredItems") ? { requiredItems: { deleteMany: {}, create: prepared.items.map(({ itemId, note, noteTranslation }) => ({ itemId, note, noteTranslation })) } } : {}),
      },
      select: writeResultSelect,
    });
    const changes: Prisma.InputJsonObject = {
      fields,
      ...(current.outcome !== prepared.scalars.outcome ? { outcome: [current.outcome, prepared.scalars.outcome] } : {}),
      ...(current.status !== next.status ? { status: [current.status, next.status], heldReasons: next.heldReasons } : {}),
    };
    await recordUpdate(tx, reportId, author.id, "EDITED", changes);
    // The report may have moved to another exchange: both guides change.
    if (current.status === "PUBLISHED" || next.status === "PUBLISHED") await bumpGuideVersion(tx, [current.exchangeId, prepared.exchange.id]);
    return toWriteResult(updated, true);
  });
}

// --- Add what happened since ---

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Adds events to a report and, when the outcome changes to an ending, closes it. Idempotent per
 * idempotency key (the form always sends one): the key is kept in the history row, and a repeat
 * finds it there.
 */
export async function addTimelineEvents({
  actor,
  reportId,
  events,
  outcome,
  idempotencyKey,
}: {
  actor: Actor | null;
  reportId: string;
  events: unknown;
  outcome?: unknown;
  idempotencyKey?: unknown;
}): Promise<ReportWriteResult> {
  const { actor: author } = await requireOwnReport(actor, reportId, "report.update");
  const parsed = ReportUpdateInputSchema.safeParse({ events, outcome, idempotencyKey });
  if (!parsed.success) throw new ReportInputError(toFieldErrorKeys(parsed.error.issues));
  const update: ReportUpdateInput = parsed.data;

  const key = update.idempotencyKey;
  const repeated = key ? await findUpdateByKey(reportId, key) : null;
  if (repeated) return repeated;

  return db().$transaction(async (tx) => {
    await lockReport(tx, reportId);
    const again = key ? await findUpdateByKey(reportId, key, tx) : null;
    if (again) return again;
    // Counted after the replay check and inside the transaction: neither a repeat nor a refused update spends the limit.
    await consumeRateLimit({ actor: author, action: "report.update" }, tx);
    const current = await tx.report.findUniqueOrThrow({
      where: { id: reportId },
      select: {
        ...writeResultSelect,
        exchangeId: true,
        incidentMonth: true,
        outcome: true,
        replyLanguages: true,
        textLanguage: true,
        translationLanguage: true,
        exchange: { select: { slug: true, officialDomains: true } },
        events: { select: { kind: true, occurredAt: true, precision: true, position: true }, orderBy: [{ occurredAt: "asc" }, { position: "asc" }] },
      },
    });
    const outcome = update.outcome ?? current.outcome;
    if (update.events.length === 0 && outcome === current.outcome) throw new ReportInputError({ "": { key: errorKey.nothingToAdd } });
    const issues = checkTimelineUpdate(
      {
        incidentMonth: current.incidentMonth.toISOString().slice(0, 7),
        outcome: current.outcome,
        replyLanguages: current.replyLanguages,
        // With their times: a new event on the contact's day must not be timed before the contact.
        events: current.events.map((event) => ({
          kind: event.kind,
          day: dayOf(event.occurredAt),
          ...(event.precision === "MINUTE" ? { time: event.occurredAt.toISOString().slice(11, 16) } : {}),
        })),
      },
      update,
    );
    if (issues.length > 0) throw new ReportInputError(consistencyErrorKeys(issues));

    const { screens, reasons } = createScreen(current.exchange.officialDomains, current.textLanguage, current.translationLanguage);
    // New events go after every existing one of the same day.
    const firstPosition = current.events.reduce((max, event) => Math.max(max, event.position + 1), 0);
    const rows = toEventRows(update.events, screens, firstPosition);
    const next = statusAfterWrite(current, orderHoldReasons(reasons));
    const outcomeChanged = outcome !== current.outcome;
    const updated = await tx.report.update({
      where: { id: reportId },
      data: {
        outcome,
        replyLanguages: mergeReplyLanguages(current.replyLanguages, update.events),
        ...next,
        events: { create: rows },
      },
      select: writeResultSelect,
    });
    const kind: ReportUpdateKind = outcomeChanged && outcome !== "STILL_WAITING" ? "CLOSED" : "EVENTS_ADDED";
    await recordUpdate(tx, reportId, author.id, kind, {
      eventsAdded: rows.length,
      ...(outcomeChanged ? { outcome: [current.outcome, outcome] } : {}),
      ...(current.status !== next.status ? { status: [current.status, next.status], heldReasons: next.heldReasons } : {}),
      ...(key ? { idempotencyKey: key } : {}),
    });
    if (current.status === "PUBLISHED" || next.status === "PUBLISHED") await bumpGuideVersion(tx, current.exchangeId);
    return toWriteResult(updated, true);
  });
}

async function findUpdateByKey(reportId: string, idempotencyKey: string, client: Tx = db()): Promise<ReportWriteResult | null> {
  const update = await client.reportUpdate.findFirst({
    where: { reportId, changes: { path: ["idempotencyKey"], equals: idempotencyKey } },
    select: { report: { select: writeResultSelect } },
  });
  return update ? toWriteResult(update.report, false) : null;
}

// --- Delete ---

/** Soft delete: the report disappears from every page and statistic; its rows stay for moderation. */
export async function deleteReport({ actor, reportId }: { actor: Actor | null; reportId: string }): Promise<{ id: string; exchangeSlug: string }> {
  await requireOwnReport(actor, reportId, "report.delete");
  return db().$transaction(async (tx) => {
    const { count } = await tx.report.updateMany({ where: { id: reportId, deletedAt: null }, data: { deletedAt: new Date() } });
    if (count === 0) throw new NotFoundError(`report ${reportId}`);
    const report = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true, exchangeId: true, exchange: { select: { slug: true } } } });
    if (report.status === "PUBLISHED") await bumpGuideVersion(tx, report.exchangeId);
    return { id: reportId, exchangeSlug: report.exchange.slug };
  });
}

// --- What the forms read ---

export type ReportFormEvent = { kind: TimelineEventInput["kind"]; day: string; time: string; note: string; language: string; noteTranslation: string };

/** A report as the form edits it: every value in the form's own shape. */
export type ReportForEdit = {
  id: string;
  status: ReportStatus;
  heldReasons: string[];
  exchange: { slug: string; nameEn: string; nameJa: string };
  values: {
    exchangeSlug: string;
    incidentMonth: string;
    lockoutCause: ReportInput["lockoutCause"];
    lockoutDetail: string;
    hadBackupCodes: BackupCodesAnswer;
    verificationLevel: string;
    contactChannel: ReportInput["contactChannel"];
    contactPath: string;
    inquiryLanguage: string;
    replyLanguages: string[];
    textLanguage: string;
    outcome: ReportInput["outcome"];
    summary: string;
    tips: string;
    events: ReportFormEvent[];
    requiredItems: { code: string; note: string; noteTranslation: string }[];
    translationLanguage: string;
    lockoutDetailTranslation: string;
    verificationLevelTranslation: string;
    contactPathTranslation: string;
    summaryTranslation: string;
    tipsTranslation: string;
  };
};

export async function findReportForEdit({ actor, reportId }: { actor: Actor | null; reportId: string }): Promise<ReportForEdit> {
  await requireOwnReport(actor, reportId, "report.update");
  const row = await db().report.findUniqueOrThrow({
    where: { id: reportId },
    select: { ...editableSelect, id: true, exchange: { select: { slug: true, nameEn: true, nameJa: true } } },
  });
  return {
    id: row.id,
    status: row.status,
    heldReasons: row.heldReasons,
    exchange: row.exchange,
    values: {
      exchangeSlug: row.exchange.slug,
      incidentMonth: row.incidentMonth.toISOString().slice(0, 7),
      lockoutCause: row.lockoutCause,
      lockoutDetail: row.lockoutDetail ?? "",
      hadBackupCodes: row.hadBackupCodes === null ? "unknown" : row.hadBackupCodes ? "yes" : "no",
      verificationLevel: row.verificationLevel ?? "",
      contactChannel: row.contactChannel,
      contactPath: row.contactPath,
      inquiryLanguage: row.inquiryLanguage,
      replyLanguages: row.replyLanguages,
      textLanguage: row.textLanguage,
      outcome: row.outcome,
      summary: row.summary ?? "",
      tips: row.tips ?? "",
      events: row.events.map((event) => ({
        kind: event.kind,
        day: dayOf(event.occurredAt),
        time: event.precision === "MINUTE" ? event.occurredAt.toISOString().slice(11, 16) : "",
        note: event.note ?? "",
        language: event.language ?? "",
        noteTranslation: event.noteTranslation ?? "",
      })),
      requiredItems: row.requiredItems.map((item) => ({ code: item.item.code, note: item.note ?? "", noteTranslation: item.noteTranslation ?? "" })),
      translationLanguage: row.translationLanguage ?? "",
      lockoutDetailTranslation: row.lockoutDetailTranslation ?? "",
      verificationLevelTranslation: row.verificationLevelTranslation ?? "",
      contactPathTranslation: row.contactPathTranslation ?? "",
      summaryTranslation: row.summaryTranslation ?? "",
      tipsTranslation: row.tipsTranslation ?? "",
    },
  };
}

export type RequiredItemOption = { code: string; labelEn: string; labelJa: string; descriptionEn: string; descriptionJa: string };

/** The shared vocabulary of what support asks for, in its display order. */
export function listRequiredItems(): Promise<RequiredItemOption[]> {
  return db().requiredItem.findMany({
    select: { code: true, labelEn: true, labelJa: true, descriptionEn: true, descriptionJa: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
}

export type ExchangeOption = { slug: string; nameEn: string; nameJa: string; aliases: string[]; officialDomains: string[] };

/** Every exchange with the names the picker searches and the domains a report may link to. */
export function listExchangeOptions(): Promise<ExchangeOption[]> {
  return db().exchange.findMany({
    select: { slug: true, nameEn: true, nameJa: true, aliases: true, officialDomains: true },
    orderBy: { nameEn: "asc" },
  });
}
