import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, NotSignedInError, RateLimitedError } from "@/lib/data/errors";
import { addTimelineEvents } from "@/lib/data/reports/add-timeline-events";
import { createReport } from "@/lib/data/reports/create-report";
import { deleteReport } from "@/lib/data/reports/delete-report";
import { findReportForEdit } from "@/lib/data/reports/find-report-for-edit";
import { listRequiredItems } from "@/lib/data/reports/list-required-items";
import { ReportInputError } from "@/lib/data/reports/report-input-error";
import { updateReport } from "@/lib/data/reports/update-report";
import { listModerationQueue } from "@/lib/data/moderation/list-moderation-queue";
import { findReportForViewer } from "@/lib/data/reports/find-report";
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/domain/permissions";
import type { ReportInputDraft } from "@/lib/validation/report";
import { createExchange, createReport as createReportRow, createRequiredItem, createUser } from "../factories";
import { findExchange } from "../helpers/published";

// The established-account limits apply unless a test asks for a new account.
const LONG_AGO = new Date("2020-01-01T00:00:00Z");

async function createActor(overrides: { role?: Role; banned?: boolean; createdAt?: Date } = {}): Promise<Actor> {
  const user = await createUser(db(), {
    role: overrides.role ?? "USER",
    bannedAt: overrides.banned ? new Date() : null,
    createdAt: overrides.createdAt ?? LONG_AGO,
  });
  return { id: user.id, role: user.role, bannedAt: user.bannedAt, createdAt: user.createdAt };
}

let exchange: { id: string; slug: string };

beforeAll(async () => {
  exchange = await createExchange(db(), { slug: "zaif-test", officialDomains: ["zaif.jp"] });
  for (const [sortOrder, code] of ["FULL_NAME", "PHONE", "TRADE_HISTORY", "OTHER"].entries()) {
    await createRequiredItem(db(), { code, labelEn: code, labelJa: code, sortOrder });
  }
});

function reportInput(overrides: Partial<ReportInputDraft> = {}): ReportInputDraft {
  return {
    exchangeSlug: exchange.slug,
    incidentMonth: "2017-10",
    lockoutCause: "DEVICE_RESET",
    lockoutDetail: "Reinstalled Android; the authenticator app's data was lost.",
    hadBackupCodes: "no",
    verificationLevel: "",
    contactChannel: "WEB_FORM",
    contactPath: "Header \"Contact\" → web form.",
    inquiryLanguage: "ja",
    replyLanguages: ["ja"],
    textLanguage: "en",
    outcome: "RESOLVED",
    summary: "About 11 days in total.",
    tips: "Read the FAQ first.",
    events: [
      { kind: "CONTACTED", day: "2017-10-02", note: "Inquiry through the web form.", language: "ja" },
      { kind: "RESOLVED", day: "2017-10-13", time: "15:30", note: "2FA removed the same day." },
    ],
    requiredItems: [
      { code: "FULL_NAME", note: "Registered full name." },
      { code: "TRADE_HISTORY", note: "One remembered bank transfer." },
    ],
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

const stillWaiting = (): Partial<ReportInputDraft> => ({
  outcome: "STILL_WAITING",
  replyLanguages: [],
  events: [{ kind: "CONTACTED", day: "2017-10-02" }],
});

describe("authorization", () => {
  type ActorName = "anonymous" | "author" | "other" | "moderator" | "admin" | "bannedAuthor";
  const expectedForOthersReport: Record<ActorName, "ok" | typeof NotSignedInError | typeof ForbiddenError> = {
    anonymous: NotSignedInError,
    author: "ok",
    other: ForbiddenError,
    moderator: ForbiddenError,
    admin: ForbiddenError,
    bannedAuthor: ForbiddenError,
  };

  /** A fresh report per case, and the actor named, who is its author where the name says so. */
  async function scenario(name: ActorName): Promise<{ actor: Actor | null; reportId: string }> {
    const author = await createActor({ banned: name === "bannedAuthor" });
    const report = await createReportRow(db(), { exchangeId: exchange.id, authorId: author.id }, { outcome: "STILL_WAITING", events: [{ kind: "CONTACTED", day: "2017-10-02" }], incidentMonth: new Date("2017-10-01T00:00:00Z") });
    const actors: Record<ActorName, () => Promise<Actor | null>> = {
      anonymous: async () => null,
      author: async () => author,
      bannedAuthor: async () => author,
      other: () => createActor(),
      moderator: () => createActor({ role: "MODERATOR" }),
      admin: () => createActor({ role: "ADMIN" }),
    };
    return { actor: await actors[name](), reportId: report.id };
  }

  const names = Object.keys(expectedForOthersReport) as ActorName[];

  it.each(names)("createReport as %s", async (name) => {
    const actor = name === "anonymous" ? null : await createActor({ role: name === "moderator" ? "MODERATOR" : name === "admin" ? "ADMIN" : "USER", banned: name === "bannedAuthor" });
    const attempt = createReport({ actor, input: reportInput() });
    if (name === "anonymous") await expect(attempt).rejects.toBeInstanceOf(NotSignedInError);
    else if (name === "bannedAuthor") await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    else await expect(attempt).resolves.toMatchObject({ status: "PUBLISHED", changed: true });
  });

  const mutations: [string, (actor: Actor | null, reportId: string) => Promise<unknown>][] = [
    ["updateReport", (actor, reportId) => updateReport({ actor, reportId, input: reportInput({ summary: "Edited." }) })],
    [
      "addTimelineEvents",
      (actor, reportId) =>
        addTimelineEvents({ actor, reportId, events: [{ kind: "RESOLVED", day: "2017-10-13", language: "ja" }], outcome: "RESOLVED", idempotencyKey: randomUUID() }),
    ],
    ["deleteReport", (actor, reportId) => deleteReport({ actor, reportId })],
    ["findReportForEdit", (actor, reportId) => findReportForEdit({ actor, reportId })],
  ];

  describe.each(mutations)("%s", (_mutation, run) => {
    it.each(names)("as %s", async (name) => {
      const { actor, reportId } = await scenario(name);
      const expected = expectedForOthersReport[name];
      if (expected === "ok") await expect(run(actor, reportId)).resolves.toBeDefined();
      else await expect(run(actor, reportId)).rejects.toBeInstanceOf(expected);
    });

    it("says not found for a deleted or missing report", async () => {
      const author = await createActor();
      const report = await createReportRow(db(), { exchangeId: exchange.id, authorId: author.id }, { deletedAt: new Date() });
      await expect(run(author, report.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(run(author, "no-such-report")).rejects.toBeInstanceOf(NotFoundError);
    });
  });
});

describe("createReport", () => {
  it("stores every fact of the report, events in date order with the author's order within a day", async () => {
    const author = await createActor();
    const result = await createReport({
      actor: author,
      input: reportInput({
        events: [
          { kind: "INFO_SENT", day: "2017-10-13", note: "Sent exactly those items." },
          { kind: "CONTACTED", day: "2017-10-02", note: "Web form." },
          { kind: "AUTO_ACKNOWLEDGEMENT", day: "2017-10-02" },
          { kind: "RESOLVED", day: "2017-10-13", time: "18:05" },
        ],
      }),
    });
    expect(result).toMatchObject({ status: "PUBLISHED", heldReasons: [], exchangeSlug: exchange.slug, changed: true });

    const stored = await db().report.findUniqueOrThrow({
      where: { id: result.id },
      include: { events: { orderBy: { position: "asc" } }, requiredItems: { include: { item: true } } },
    });
    expect(stored).toMatchObject({
      authorId: author.id,
      incidentMonth: new Date("2017-10-01T00:00:00Z"),
      hadBackupCodes: false,
      verificationLevel: null,
      textLanguage: "en",
      replyLanguages: ["ja"],
    });
    expect(stored.events.map((event) => [event.kind, event.occurredAt.toISOString(), event.precision, event.position])).toEqual([
      ["CONTACTED", "2017-10-02T00:00:00.000Z", "DAY", 0],
      ["AUTO_ACKNOWLEDGEMENT", "2017-10-02T00:00:00.000Z", "DAY", 1],
      ["INFO_SENT", "2017-10-13T00:00:00.000Z", "DAY", 2],
      ["RESOLVED", "2017-10-13T18:05:00.000Z", "MINUTE", 3],
    ]);
    expect(stored.requiredItems.map((row) => [row.item.code, row.note]).sort()).toEqual([
      ["FULL_NAME", "Registered full name."],
      ["TRADE_HISTORY", "One remembered bank transfer."],
    ]);
    const published = await findExchange({ slug: exchange.slug });
    expect(published?.reports.map((report) => report.id)).toContain(result.id);
  });

  it("rejects input the schema rejects, and exchanges or items that do not exist, with field errors", async () => {
    const author = await createActor();
    await expect(createReport({ actor: author, input: { ...reportInput(), contactPath: "" } })).rejects.toMatchObject({
      fieldErrors: { contactPath: { key: "reportForm.errors.required" } },
    });
    await expect(createReport({ actor: author, input: reportInput({ exchangeSlug: "no-such-exchange" }) })).rejects.toMatchObject({
      fieldErrors: { exchangeSlug: { key: "reportForm.errors.invalidExchange" } },
    });
    const unknownItem = createReport({ actor: author, input: reportInput({ requiredItems: [{ code: "FULL_NAME" }, { code: "NO_SUCH_ITEM" }] }) });
    await expect(unknownItem).rejects.toBeInstanceOf(ReportInputError);
    await expect(unknownItem).rejects.toMatchObject({ fieldErrors: { "requiredItems.1.code": { key: "reportForm.errors.invalidItem" } } });
    expect(await db().report.count({ where: { authorId: author.id } })).toBe(0);
  });

  it("refuses a timeline with an event before the first contact, on the offending event", async () => {
    const author = await createActor();
    const resolvedBeforeContact = reportInput({
      events: [
        { kind: "CONTACTED", day: "2017-10-08" },
        { kind: "AUTO_ACKNOWLEDGEMENT", day: "2017-10-08" },
        { kind: "RESOLVED", day: "2017-10-05", language: "ja" },
      ],
    });
    await expect(createReport({ actor: author, input: resolvedBeforeContact })).rejects.toMatchObject({
      fieldErrors: { "events.2.day": { key: "reportForm.errors.eventBeforeContact" } },
    });
    const timedBeforeContact = reportInput({
      events: [
        { kind: "CONTACTED", day: "2017-10-08", time: "14:00" },
        { kind: "RESOLVED", day: "2017-10-08", time: "13:00", language: "ja" },
      ],
    });
    await expect(createReport({ actor: author, input: timedBeforeContact })).rejects.toMatchObject({
      fieldErrors: { "events.1.time": { key: "reportForm.errors.eventBeforeContactTime" } },
    });
    expect(await db().report.count({ where: { authorId: author.id } })).toBe(0);
  });

  it("returns the first report for a repeated idempotency key", async () => {
    const author = await createActor();
    const input = reportInput();
    const first = await createReport({ actor: author, input });
    const again = await createReport({ actor: author, input: { ...input, summary: "A different text on the retry." } });
    expect(again).toEqual({ ...first, changed: false });
    expect(await db().report.count({ where: { authorId: author.id } })).toBe(1);

    // The key is per author: someone else's identical key is a different report.
    const other = await createActor();
    const theirs = await createReport({ actor: other, input });
    expect(theirs.id).not.toBe(first.id);
  });

  it("creates one report when two submissions with one key arrive at once", async () => {
    const author = await createActor();
    const input = reportInput();
    const results = await Promise.all([createReport({ actor: author, input }), createReport({ actor: author, input }), createReport({ actor: author, input })]);
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(results.filter((result) => result.changed)).toHaveLength(1);
    expect(await db().report.count({ where: { authorId: author.id } })).toBe(1);
    expect(await db().reportUpdate.count({ where: { actorId: author.id } })).toBe(1);
  });

  it("redacts personal data the author left in, in every free text, in the report's language", async () => {
    const author = await createActor();
    const result = await createReport({
      actor: author,
      input: reportInput({
        contactPath: "Web form; I gave my e-mail taro.yamada@example.jp", // also a contact: held
        lockoutDetail: "Registered address: 東京都港区六本木1-2-3",
        verificationLevel: "Tier 3",
        summary: "Sent my passport number TK1234567 as asked.",
        tips: "Withdrew to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq once.",
        events: [
          { kind: "CONTACTED", day: "2017-10-02", note: "Deposited 0.12345678 BTC on the 3rd." },
          { kind: "RESOLVED", day: "2017-10-13" },
        ],
        requiredItems: [{ code: "OTHER", note: "Passport TK7654321" }],
      }),
    });
    const stored = await db().report.findUniqueOrThrow({ where: { id: result.id }, include: { events: true, requiredItems: true } });
    expect(stored.contactPath).toBe("Web form; I gave my e-mail [e-mail removed]");
    expect(stored.lockoutDetail).toBe("Registered address: [address removed]");
    expect(stored.verificationLevel).toBe("Tier 3");
    expect(stored.summary).toBe("Sent my passport number [ID number removed] as asked.");
    expect(stored.tips).toBe("Withdrew to [crypto address removed] once.");
    expect(stored.events.find((event) => event.kind === "CONTACTED")?.note).toBe("Deposited [exact amount removed] on the 3rd.");
    expect(stored.requiredItems[0]?.note).toBe("Passport [ID number removed]");
    expect(JSON.stringify(stored)).not.toMatch(/taro\.yamada|六本木|TK1234567|TK7654321|bc1qar0|0\.12345678/);
    // The e-mail address is also a way to contact someone: the report waits for a moderator.
    expect(result).toMatchObject({ status: "PENDING_REVIEW", heldReasons: ["email"] });

    const japanese = await createReport({ actor: author, input: reportInput({ textLanguage: "ja", summary: "パスポート番号 TK1234567 を送った。" }) });
    const storedJapanese = await db().report.findUniqueOrThrow({ where: { id: japanese.id } });
    expect(storedJapanese.summary).toBe("パスポート番号 ［番号削除］ を送った。");
    expect(japanese.status).toBe("PUBLISHED");
  });

  type HoldCase = [name: string, change: Partial<ReportInputDraft>, reasons: string[]];
  const holdCases: HoldCase[] = [
    ["a phone number", { contactPath: "call support at 090-1234-5678" }, ["phone"]],
    ["a Telegram handle", { tips: "contact @recovery_helper on Telegram" }, ["messenger"]],
    ["a link outside the official domains", { summary: "Used the form at zaif-support.com" }, ["link"]],
    ["a recovery offer in an event note", { events: [{ kind: "CONTACTED", day: "2017-10-02", note: "I hired a recovery expert who got it back" }, { kind: "RESOLVED", day: "2017-10-05" }] }, ["recovery-offer"]],
    ["several kinds in different fields", { contactPath: "call 090-1234-5678", requiredItems: [{ code: "OTHER", note: "DM on t.me/fake_support" }] }, ["phone", "messenger"]],
    // Issue 10: a number disguised with lookalike letters and mixed widths was published as typed.
    ["a phone number with lookalike letters and mixed widths", { contactPath: "call ０9Ｏ-l２34-S678 for help" }, ["phone"]],
    // Issue 10: support asking for a secret means impersonation, or the report is bait.
    ["a report that support asked for the 2FA code", { summary: "Support asked me for my 2FA code before they would unlock anything." }, ["secret-request"]],
    ["a Japanese report that support asked for the seed phrase", { textLanguage: "ja", tips: "サポートからシードフレーズを送るように言われました。" }, ["secret-request"]],
    ["a secret request next to a contact", { contactPath: "call 090-1234-5678", events: [{ kind: "CONTACTED", day: "2017-10-02", note: "They wanted my private key." }, { kind: "RESOLVED", day: "2017-10-05" }] }, ["phone", "secret-request"]],
  ];

  it.each(holdCases)("holds a report with %s for review, with the reasons", async (_name, change, reasons) => {
    const author = await createActor();
    const result = await createReport({ actor: author, input: reportInput(change) });
    expect(result).toMatchObject({ status: "PENDING_REVIEW", heldReasons: reasons, changed: true });
    const published = await findExchange({ slug: exchange.slug });
    expect(published?.reports.map((report) => report.id)).not.toContain(result.id);
    // Its author sees it, with why; nobody else does.
    expect((await findReportForViewer({ id: result.id, viewerId: author.id }))?.heldReasons).toEqual(reasons);
    expect(await findReportForViewer({ id: result.id, viewerId: (await createActor()).id })).toBeNull();
    expect(await findReportForViewer({ id: result.id, viewerId: null })).toBeNull();
  });

  it("publishes links to the exchange's own domains", async () => {
    const author = await createActor();
    const result = await createReport({ actor: author, input: reportInput({ contactPath: "The FAQ at https://zaif.jp/faq and support.zaif.jp" }) });
    expect(result).toMatchObject({ status: "PUBLISHED", heldReasons: [] });
  });

  it("puts a report that support asked for a secret in the moderators' queue, with the reason", async () => {
    const author = await createActor();
    const result = await createReport({ actor: author, input: reportInput({ textLanguage: "ja", summary: "サポートにパスワードを聞かれた。" }) });
    const queue = await listModerationQueue({ actor: await createActor({ role: "MODERATOR" }) });
    expect(queue.items.find((item) => item.id === result.id)).toMatchObject({ status: "PENDING_REVIEW", heldReasons: ["secret-request"] });
  });

  it("publishes the site's own warning and the usual 2FA steps", async () => {
    const author = await createActor();
    const result = await createReport({
      actor: author,
      input: reportInput({
        tips: "Support will never ask for your password or 2FA code.",
        summary: "I reset my password, then entered the 6-digit code from SMS into the site.",
        lockoutDetail: "ログイン時に二段階認証のコードを求められましたが、スマホを紛失していました。",
      }),
    });
    expect(result).toMatchObject({ status: "PUBLISHED", heldReasons: [] });
  });

  it("records the creation in the history", async () => {
    const author = await createActor();
    const held = await createReport({ actor: author, input: reportInput({ tips: "call 090-1234-5678" }) });
    const updates = await db().reportUpdate.findMany({ where: { reportId: held.id } });
    expect(updates).toMatchObject([{ kind: "CREATED", actorId: author.id, changes: { status: "PENDING_REVIEW", heldReasons: ["phone"] } }]);
  });

  it("stops a new account after its daily limit", async () => {
    const newcomer = await createActor({ createdAt: new Date() });
    for (let index = 0; index < 5; index += 1) await createReport({ actor: newcomer, input: reportInput() });
    await expect(createReport({ actor: newcomer, input: reportInput() })).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("does not count replays of one idempotency key against the daily limit, even when they arrive at once", async () => {
    const newcomer = await createActor({ createdAt: new Date() });
    const dailyLimit = 5;
    for (let index = 0; index < dailyLimit - 1; index += 1) await createReport({ actor: newcomer, input: reportInput() });

    // The last report of the day, its retries racing it (a timeout, a second tab), then more retries.
    const input = reportInput();
    const racing = await Promise.all(Array.from({ length: 4 }, () => createReport({ actor: newcomer, input })));
    const replays = [];
    for (let replay = 0; replay < 3; replay += 1) replays.push(await createReport({ actor: newcomer, input }));
    const ids = new Set([...racing, ...replays].map((result) => result.id));
    expect(ids.size).toBe(1);
    expect([...racing, ...replays].filter((result) => result.changed)).toHaveLength(1);
    expect(await db().report.count({ where: { authorId: newcomer.id } })).toBe(dailyLimit);
    // Only new reports spend the limit: the day's count is the number of reports, and it is full.
    const bucket = await db().rateLimitBucket.findFirstOrThrow({ where: { key: `report.create:${newcomer.id}` } });
    expect(bucket.count).toBe(dailyLimit);
    await expect(createReport({ actor: newcomer, input: reportInput() })).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("does not count a submission that fails against the daily limit", async () => {
    const newcomer = await createActor({ createdAt: new Date() });
    const broken = reportInput({ requiredItems: [{ code: "NO_SUCH_ITEM" }] });
    for (let attempt = 0; attempt < 6; attempt += 1) await expect(createReport({ actor: newcomer, input: broken })).rejects.toBeInstanceOf(ReportInputError);
    const created = await createReport({ actor: newcomer, input: reportInput() });
    expect(created.changed).toBe(true);
    const bucket = await db().rateLimitBucket.findFirstOrThrow({ where: { key: `report.create:${newcomer.id}` } });
    expect(bucket.count).toBe(1);
  });
});

describe("updateReport", () => {
  it("rewrites the report and records which fields changed", async () => {
    const author = await createActor();
    const input = reportInput(stillWaiting());
    const created = await createReport({ actor: author, input });
    const edited = await updateReport({
      actor: author,
      reportId: created.id,
      input: {
        ...input,
        summary: "Resolved in the end.",
        outcome: "RESOLVED",
        replyLanguages: ["ja"],
        events: [
          { kind: "CONTACTED", day: "2017-10-02" },
          { kind: "RESOLVED", day: "2017-10-13" },
        ],
        requiredItems: [{ code: "PHONE" }],
      },
    });
    expect(edited).toMatchObject({ id: created.id, status: "PUBLISHED", changed: true });
    const stored = await db().report.findUniqueOrThrow({ where: { id: created.id }, include: { events: true, requiredItems: { include: { item: true } } } });
    expect(stored.outcome).toBe("RESOLVED");
    expect(stored.events.map((event) => event.kind).sort()).toEqual(["CONTACTED", "RESOLVED"]);
    expect(stored.requiredItems.map((row) => row.item.code)).toEqual(["PHONE"]);

    const history = await db().reportUpdate.findMany({ where: { reportId: created.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((row) => row.kind)).toEqual(["CREATED", "EDITED"]);
    expect(history[1]?.changes).toEqual({
      fields: ["replyLanguages", "outcome", "summary", "events", "requiredItems"],
      outcome: ["STILL_WAITING", "RESOLVED"],
    });

    // Saving again without a change writes nothing.
    const unchanged = await updateReport({ actor: author, reportId: created.id, input: { ...input, summary: "Resolved in the end.", outcome: "RESOLVED", replyLanguages: ["ja"], events: [{ kind: "CONTACTED", day: "2017-10-02" }, { kind: "RESOLVED", day: "2017-10-13" }], requiredItems: [{ code: "PHONE" }] } });
    expect(unchanged.changed).toBe(false);
    expect(await db().reportUpdate.count({ where: { reportId: created.id } })).toBe(2);

    const viewed = await findReportForViewer({ id: created.id, viewerId: null });
    expect(viewed?.history.map((entry) => [entry.kind, entry.fields.length, entry.outcome])).toEqual([
      ["CREATED", 0, null],
      ["EDITED", 5, { from: "STILL_WAITING", to: "RESOLVED" }],
    ]);
  });

  it("holds a published report when an edit adds a scam contact, and never publishes a held or hidden one", async () => {
    const author = await createActor();
    const input = reportInput();
    const created = await createReport({ actor: author, input });
    const held = await updateReport({ actor: author, reportId: created.id, input: { ...input, tips: "Ask @recovery_helper on Telegram" } });
    expect(held).toMatchObject({ status: "PENDING_REVIEW", heldReasons: ["messenger"] });
    expect((await db().reportUpdate.findFirst({ where: { reportId: created.id, kind: "EDITED" } }))?.changes).toMatchObject({ status: ["PUBLISHED", "PENDING_REVIEW"] });

    const cleaned = await updateReport({ actor: author, reportId: created.id, input: { ...input, tips: "Read the FAQ first, really." } });
    expect(cleaned).toMatchObject({ status: "PENDING_REVIEW", heldReasons: ["messenger"] });

    const hidden = await createReportRow(db(), { exchangeId: exchange.id, authorId: author.id }, { status: "HIDDEN", incidentMonth: new Date("2017-10-01T00:00:00Z") });
    const editedHidden = await updateReport({ actor: author, reportId: hidden.id, input: reportInput() });
    expect(editedHidden.status).toBe("HIDDEN");
  });

  it("loads the report back in the form's shape", async () => {
    const author = await createActor();
    const input = reportInput({ verificationLevel: "Tier 3", hadBackupCodes: "unknown" });
    const created = await createReport({ actor: author, input });
    const forEdit = await findReportForEdit({ actor: author, reportId: created.id });
    expect(forEdit.values).toEqual({
      exchangeSlug: exchange.slug,
      incidentMonth: "2017-10",
      lockoutCause: "DEVICE_RESET",
      lockoutDetail: input.lockoutDetail,
      hadBackupCodes: "unknown",
      verificationLevel: "Tier 3",
      contactChannel: "WEB_FORM",
      contactPath: input.contactPath,
      inquiryLanguage: "ja",
      replyLanguages: ["ja"],
      textLanguage: "en",
      outcome: "RESOLVED",
      summary: input.summary,
      tips: input.tips,
      events: [
        { kind: "CONTACTED", day: "2017-10-02", time: "", note: "Inquiry through the web form.", language: "ja", noteTranslation: "" },
        { kind: "RESOLVED", day: "2017-10-13", time: "15:30", note: "2FA removed the same day.", language: "", noteTranslation: "" },
      ],
      requiredItems: [
        { code: "FULL_NAME", note: "Registered full name.", noteTranslation: "" },
        { code: "TRADE_HISTORY", note: "One remembered bank transfer.", noteTranslation: "" },
      ],
      translationLanguage: "",
      lockoutDetailTranslation: "",
      verificationLevelTranslation: "",
      contactPathTranslation: "",
      summaryTranslation: "",
      tipsTranslation: "",
    });
    // Saving what was loaded changes nothing.
    const saved = await updateReport({ actor: author, reportId: created.id, input: { ...forEdit.values, idempotencyKey: randomUUID() } });
    expect(saved.changed).toBe(false);
  });
});

describe("addTimelineEvents", () => {
  it("adds events, merges reply languages, and closes the case", async () => {
    const author = await createActor();
    const created = await createReport({ actor: author, input: reportInput(stillWaiting()) });

    const added = await addTimelineEvents({
      actor: author,
      reportId: created.id,
      events: [{ kind: "INFO_REQUESTED", day: "2017-10-05", language: "en", note: "Asked for an ID selfie." }],
      outcome: "STILL_WAITING",
      idempotencyKey: randomUUID(),
    });
    expect(added.changed).toBe(true);
    const closeKey = randomUUID();
    const closing = { actor: author, reportId: created.id, events: [{ kind: "RESOLVED", day: "2017-10-09" }], outcome: "RESOLVED", idempotencyKey: closeKey };
    await addTimelineEvents(closing);
    // A double click on "Add to the report" adds nothing more.
    expect(await addTimelineEvents(closing)).toMatchObject({ changed: false });

    const stored = await db().report.findUniqueOrThrow({ where: { id: created.id }, include: { events: { orderBy: [{ occurredAt: "asc" }, { position: "asc" }] } } });
    expect(stored.outcome).toBe("RESOLVED");
    expect(stored.replyLanguages).toEqual(["en"]);
    expect(stored.events.map((event) => event.kind)).toEqual(["CONTACTED", "INFO_REQUESTED", "RESOLVED"]);

    const history = await db().reportUpdate.findMany({ where: { reportId: created.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((row) => [row.kind, row.changes])).toEqual([
      ["CREATED", { status: "PUBLISHED", heldReasons: [] }],
      ["EVENTS_ADDED", { eventsAdded: 1, idempotencyKey: expect.any(String) }],
      ["CLOSED", { eventsAdded: 1, outcome: ["STILL_WAITING", "RESOLVED"], idempotencyKey: closeKey }],
    ]);
  });

  it("spends the daily limit only on updates that are written", async () => {
    const newcomer = await createActor({ createdAt: new Date() });
    const created = await createReport({ actor: newcomer, input: reportInput(stillWaiting()) });
    const nothing = { actor: newcomer, reportId: created.id, events: [], outcome: "STILL_WAITING" };
    for (let attempt = 0; attempt < 11; attempt += 1) await expect(addTimelineEvents({ ...nothing, idempotencyKey: randomUUID() })).rejects.toBeInstanceOf(ReportInputError);
    const update = { actor: newcomer, reportId: created.id, events: [{ kind: "AUTO_ACKNOWLEDGEMENT", day: "2017-10-03" }], outcome: "STILL_WAITING", idempotencyKey: randomUUID() };
    const first = await addTimelineEvents(update);
    for (let replay = 0; replay < 11; replay += 1) expect(await addTimelineEvents(update)).toEqual({ ...first, changed: false });
    const bucket = await db().rateLimitBucket.findFirstOrThrow({ where: { key: `report.update:${newcomer.id}` } });
    expect(bucket.count).toBe(1);
  });

  it("keeps the outcome when none is given", async () => {
    const author = await createActor();
    const created = await createReport({ actor: author, input: reportInput(stillWaiting()) });
    await addTimelineEvents({ actor: author, reportId: created.id, events: [{ kind: "FOLLOW_UP_SENT", day: "2017-10-09" }] });
    const stored = await db().report.findUniqueOrThrow({ where: { id: created.id }, include: { updates: { where: { kind: "EVENTS_ADDED" } } } });
    expect(stored.outcome).toBe("STILL_WAITING");
    expect(stored.updates.map((row) => row.changes)).toEqual([{ eventsAdded: 1 }]);
  });

  it("checks the timeline as the update leaves it", async () => {
    const author = await createActor();
    const created = await createReport({ actor: author, input: reportInput(stillWaiting()) });
    const attempt = (events: unknown[], outcome: string) => addTimelineEvents({ actor: author, reportId: created.id, events, outcome, idempotencyKey: randomUUID() });

    await expect(attempt([], "RESOLVED")).rejects.toMatchObject({ fieldErrors: { outcome: { key: "reportForm.errors.resolvedNeedsEvent" } } });
    await expect(attempt([], "STILL_WAITING")).rejects.toMatchObject({ fieldErrors: { "": { key: "reportForm.errors.nothingToAdd" } } });
    await expect(attempt([{ kind: "HUMAN_REPLY", day: "2017-10-04" }], "STILL_WAITING")).rejects.toMatchObject({
      fieldErrors: { "events.0.language": { key: "reportForm.errors.replyLanguagesRequired" } },
    });
    await expect(attempt([{ kind: "FOLLOW_UP_SENT", day: "2017-09-30" }], "STILL_WAITING")).rejects.toMatchObject({
      fieldErrors: { "events.0.day": { key: "reportForm.errors.eventBeforeIncident" } },
    });
    await expect(attempt([{ kind: "FOLLOW_UP_SENT", day: "2017-10-40" }], "STILL_WAITING")).rejects.toBeInstanceOf(ReportInputError);
    expect(await db().timelineEvent.count({ where: { reportId: created.id } })).toBe(1);
  });

  it("refuses new events dated before the first contact, against the stored timeline and its times", async () => {
    const author = await createActor();
    const created = await createReport({ actor: author, input: reportInput({ ...stillWaiting(), events: [{ kind: "CONTACTED", day: "2017-10-02", time: "10:00" }] }) });
    const attempt = (events: unknown[], outcome: string) => addTimelineEvents({ actor: author, reportId: created.id, events, outcome, idempotencyKey: randomUUID() });

    await expect(attempt([{ kind: "RESOLVED", day: "2017-10-01", language: "ja" }], "RESOLVED")).rejects.toMatchObject({
      fieldErrors: { "events.0.day": { key: "reportForm.errors.eventBeforeContact" } },
    });
    // The stored contact has a time: a new event earlier on its day is refused, a later one is not.
    await expect(attempt([{ kind: "FOLLOW_UP_SENT", day: "2017-10-03" }, { kind: "RESOLVED", day: "2017-10-02", time: "09:00", language: "ja" }], "RESOLVED")).rejects.toMatchObject({
      fieldErrors: { "events.1.time": { key: "reportForm.errors.eventBeforeContactTime" } },
    });
    expect(await db().timelineEvent.count({ where: { reportId: created.id } })).toBe(1);
    expect((await db().report.findUniqueOrThrow({ where: { id: created.id }, select: { outcome: true } })).outcome).toBe("STILL_WAITING");

    await addTimelineEvents({ actor: author, reportId: created.id, events: [{ kind: "RESOLVED", day: "2017-10-02", time: "16:00", language: "ja" }], outcome: "RESOLVED", idempotencyKey: randomUUID() });
    expect(await db().timelineEvent.count({ where: { reportId: created.id } })).toBe(2);
  });

  it("holds the report when a new note has a scam contact", async () => {
    const author = await createActor();
    const created = await createReport({ actor: author, input: reportInput(stillWaiting()) });
    const result = await addTimelineEvents({
      actor: author,
      reportId: created.id,
      events: [{ kind: "FOLLOW_UP_SENT", day: "2017-10-06", note: "A helper said: call 090-1234-5678" }],
      outcome: "STILL_WAITING",
      idempotencyKey: randomUUID(),
    });
    expect(result).toMatchObject({ status: "PENDING_REVIEW", heldReasons: ["phone"] });
    const note = (await db().timelineEvent.findFirst({ where: { reportId: created.id, kind: "FOLLOW_UP_SENT" } }))?.note;
    expect(note).toBe("A helper said: call [phone number removed]");
  });
});

describe("deleteReport", () => {
  it("soft-deletes the report: gone from every page, kept in the table", async () => {
    const author = await createActor();
    const created = await createReport({ actor: author, input: reportInput() });
    await expect(deleteReport({ actor: author, reportId: created.id })).resolves.toEqual({ id: created.id, exchangeSlug: exchange.slug });
    expect((await db().report.findUniqueOrThrow({ where: { id: created.id } })).deletedAt).toBeInstanceOf(Date);
    expect(await findReportForViewer({ id: created.id, viewerId: author.id })).toBeNull();
    expect((await findExchange({ slug: exchange.slug }))?.reports.map((report) => report.id)).not.toContain(created.id);
    await expect(deleteReport({ actor: author, reportId: created.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("listRequiredItems", () => {
  it("lists the vocabulary in display order", async () => {
    const codes = (await listRequiredItems()).map((item) => item.code);
    expect(codes.slice(0, 4)).toEqual(["FULL_NAME", "PHONE", "TRADE_HISTORY", "OTHER"]);
  });
});

describe("the author's translation", () => {
  it("is stored beside the original, screened by the same detectors with placeholders in its own language", async () => {
    const author = await createActor();
    const result = await createReport({
      actor: author,
      input: reportInput({
        textLanguage: "ja",
        translationLanguage: "en",
        summary: "約11日かかった。",
        summaryTranslation: "Took about 11 days. Sent my passport number TK1234567.",
        contactPath: "ヘッダーの「お問い合わせ」→ Webフォーム。",
        // The original is clean: only the translation carries a contact.
        contactPathTranslation: "Header \"Contact\" → web form, or call 090-1234-5678.",
        tipsTranslation: "Read the FAQ first.",
        events: [
          { kind: "CONTACTED", day: "2017-10-02", note: "Webフォームから問い合わせた。", noteTranslation: "Deposited 0.12345678 BTC on the 3rd.", language: "ja" },
          { kind: "RESOLVED", day: "2017-10-13" },
        ],
        requiredItems: [{ code: "OTHER", note: "パスポート", noteTranslation: "Passport TK7654321" }],
      }),
    });
    expect(result).toMatchObject({ status: "PENDING_REVIEW", heldReasons: ["phone"] });

    const stored = await db().report.findUniqueOrThrow({ where: { id: result.id }, include: { events: true, requiredItems: true } });
    expect(stored).toMatchObject({
      textLanguage: "ja",
      translationLanguage: "en",
      summary: "約11日かかった。",
      summaryTranslation: "Took about 11 days. Sent my passport number [ID number removed].",
      contactPath: "ヘッダーの「お問い合わせ」→ Webフォーム。",
      contactPathTranslation: "Header \"Contact\" → web form, or call [phone number removed].",
      tips: "Read the FAQ first.",
      tipsTranslation: "Read the FAQ first.",
      lockoutDetailTranslation: null,
    });
    const contacted = stored.events.find((event) => event.kind === "CONTACTED");
    expect(contacted).toMatchObject({ note: "Webフォームから問い合わせた。", noteTranslation: "Deposited [exact amount removed] on the 3rd." });
    expect(stored.requiredItems[0]).toMatchObject({ note: "パスポート", noteTranslation: "Passport [ID number removed]" });
    expect(JSON.stringify(stored)).not.toMatch(/TK1234567|TK7654321|090-1234-5678|0\.12345678/);

    // The author reads it back, and the form gets it back in its own shape.
    const detail = await findReportForViewer({ id: result.id, viewerId: author.id });
    expect(detail).toMatchObject({ translationLanguage: "en", summaryTranslation: "Took about 11 days. Sent my passport number [ID number removed]." });
    expect(detail?.events.find((event) => event.kind === "CONTACTED")?.noteTranslation).toBe("Deposited [exact amount removed] on the 3rd.");
    expect(detail?.requiredItems[0]?.noteTranslation).toBe("Passport [ID number removed]");
    const edit = await findReportForEdit({ actor: author, reportId: result.id });
    expect(edit.values).toMatchObject({ translationLanguage: "en", contactPathTranslation: "Header \"Contact\" → web form, or call [phone number removed]." });
    expect(edit.values.requiredItems[0]?.noteTranslation).toBe("Passport [ID number removed]");
  });

  it("uses Japanese placeholders in a Japanese translation of an English report", async () => {
    const author = await createActor();
    const result = await createReport({
      actor: author,
      input: reportInput({ textLanguage: "en", translationLanguage: "ja", summaryTranslation: "パスポート番号 TK1234567 を送った。" }),
    });
    const stored = await db().report.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored).toMatchObject({ summary: "About 11 days in total.", summaryTranslation: "パスポート番号 ［番号削除］ を送った。", translationLanguage: "ja" });
  });

  it("stores no translation language when nothing was translated, and names the translation in the edit history", async () => {
    const author = await createActor();
    const created = await createReport({ actor: author, input: reportInput({ translationLanguage: "ja" }) });
    expect((await db().report.findUniqueOrThrow({ where: { id: created.id } })).translationLanguage).toBeNull();

    await updateReport({ actor: author, reportId: created.id, input: reportInput({ translationLanguage: "ja", tipsTranslation: "まずFAQを読む。" }) });
    const stored = await db().report.findUniqueOrThrow({ where: { id: created.id }, include: { updates: { orderBy: { createdAt: "asc" } } } });
    expect(stored).toMatchObject({ translationLanguage: "ja", tipsTranslation: "まずFAQを読む。", tips: "Read the FAQ first." });
    expect(stored.updates.at(-1)?.changes).toMatchObject({ fields: ["translation"] });
  });
});
