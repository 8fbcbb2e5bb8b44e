import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { seedReports } from "../../prisma/seed/seed-reports";
import { checkTimelineUpdate, mergeReplyLanguages, ReportUpdateInputSchema } from "./report-update";
import { toFieldErrorKeys, translateFieldErrors } from "./field-errors";
import { ReportInputSchema, type ReportInputDraft } from "./report";
import { errorKey } from "./report-vocabulary";

const NOW = new Date("2026-03-15T12:00:00Z");
const KEY = "2f1c0a8e-5b7d-4c3e-9f6a-1d2e3f4a5b6c";

function validReport(): ReportInputDraft {
  return {
    exchangeSlug: "zaif",
    incidentMonth: "2026-01",
    lockoutCause: "DEVICE_RESET",
    lockoutDetail: "",
    hadBackupCodes: "no",
    verificationLevel: "",
    contactChannel: "WEB_FORM",
    contactPath: "Header → Contact → web form",
    inquiryLanguage: "ja",
    replyLanguages: ["ja"],
    textLanguage: "en",
    outcome: "RESOLVED",
    summary: "",
    tips: "",
    events: [
      { kind: "CONTACTED", day: "2026-01-05", time: "", note: "" },
      { kind: "RESOLVED", day: "2026-01-08", time: "09:30", note: "Done" },
    ],
    requiredItems: [{ code: "FULL_NAME", note: "" }],
    idempotencyKey: KEY,
  };
}

/** The first error key of each field, for compact expectations. */
function errorsOf(input: unknown): Record<string, string> {
  const result = ReportInputSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(Object.entries(toFieldErrorKeys(result.error.issues)).map(([path, error]) => [path, error.key]));
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe("ReportInputSchema", () => {
  it("accepts a complete report and normalizes it", () => {
    const parsed = ReportInputSchema.parse({ ...validReport(), contactPath: "  Help\r\nContact  ", summary: "   " });
    expect(parsed.contactPath).toBe("Help\nContact");
    expect(parsed.summary).toBeUndefined();
    expect(parsed.lockoutDetail).toBeUndefined();
    expect(parsed.events).toEqual([
      { kind: "CONTACTED", day: "2026-01-05" },
      { kind: "RESOLVED", day: "2026-01-08", time: "09:30", note: "Done" },
    ]);
    // Parsing the output again changes nothing (lib/data may receive either).
    expect(ReportInputSchema.parse(parsed)).toEqual(parsed);
  });

  it("accepts every seed report as the form would send it", () => {
    for (const seed of seedReports) {
      const input = {
        ...validReport(),
        exchangeSlug: seed.exchangeSlug,
        incidentMonth: seed.incidentMonth,
        lockoutCause: seed.lockoutCause,
        textLanguage: "ja",
        translationLanguage: "en",
        lockoutDetail: seed.lockoutDetail.ja,
        lockoutDetailTranslation: seed.lockoutDetail.en,
        verificationLevel: seed.verificationLevel?.ja ?? "",
        verificationLevelTranslation: seed.verificationLevel?.en ?? "",
        contactChannel: seed.contactChannel,
        contactPath: seed.contactPath.ja,
        contactPathTranslation: seed.contactPath.en,
        inquiryLanguage: seed.inquiryLanguage,
        replyLanguages: seed.replyLanguages,
        outcome: seed.outcome,
        summary: seed.summary.ja,
        summaryTranslation: seed.summary.en,
        tips: seed.tips?.ja ?? "",
        tipsTranslation: seed.tips?.en ?? "",
        events: seed.events.map((event) => ({
          kind: event.kind,
          day: event.day,
          note: event.note?.ja ?? "",
          noteTranslation: event.note?.en ?? "",
          language: event.language ?? "",
        })),
        requiredItems: seed.requiredItems.map((item) => ({ code: item.code, note: item.note?.ja ?? "", noteTranslation: item.note?.en ?? "" })),
      };
      expect(errorsOf(input), seed.id).toEqual({});
    }
  });

  type Case = [name: string, change: (report: ReportInputDraft) => unknown, errors: Record<string, string>];
  const cases: Case[] = [
    ["missing exchange", (r) => ({ ...r, exchangeSlug: "" }), { exchangeSlug: errorKey.required }],
    ["malformed exchange slug", (r) => ({ ...r, exchangeSlug: "Zaif!" }), { exchangeSlug: errorKey.invalidExchange }],
    ["missing month", (r) => ({ ...r, incidentMonth: "" }), { incidentMonth: errorKey.required }],
    ["month in another format", (r) => ({ ...r, incidentMonth: "2026/01" }), { incidentMonth: errorKey.invalidMonth }],
    ["month 13", (r) => ({ ...r, incidentMonth: "2026-13" }), { incidentMonth: errorKey.invalidMonth }],
    ["month before exchanges existed", (r) => ({ ...r, incidentMonth: "2001-01" }), { incidentMonth: errorKey.invalidMonth }],
    ["month in the future", (r) => ({ ...r, incidentMonth: "2026-04", events: [{ kind: "CONTACTED", day: "2026-03-15" }], outcome: "STILL_WAITING" }), { incidentMonth: errorKey.futureMonth, "events.0.day": errorKey.eventBeforeIncident }],
    ["unknown lockout cause", (r) => ({ ...r, lockoutCause: "ALIENS" }), { lockoutCause: errorKey.invalidChoice }],
    ["lockout cause not chosen", (r) => ({ ...r, lockoutCause: "" }), { lockoutCause: errorKey.required }],
    ["backup codes not answered", (r) => ({ ...r, hadBackupCodes: undefined }), { hadBackupCodes: errorKey.required }],
    ["contact path blank", (r) => ({ ...r, contactPath: "   " }), { contactPath: errorKey.required }],
    ["contact path too long", (r) => ({ ...r, contactPath: "x".repeat(1001) }), { contactPath: errorKey.tooLong }],
    ["summary too long", (r) => ({ ...r, summary: "x".repeat(4001) }), { summary: errorKey.tooLong }],
    ["tips too long", (r) => ({ ...r, tips: "x".repeat(4001) }), { tips: errorKey.tooLong }],
    ["verification level too long", (r) => ({ ...r, verificationLevel: "x".repeat(101) }), { verificationLevel: errorKey.tooLong }],
    ["inquiry language not a subtag", (r) => ({ ...r, inquiryLanguage: "Japanese" }), { inquiryLanguage: errorKey.invalidLanguage }],
    ["reply language twice", (r) => ({ ...r, replyLanguages: ["ja", "ja"] }), { replyLanguages: errorKey.duplicateLanguage }],
    ["no events", (r) => ({ ...r, events: [], outcome: "STILL_WAITING" }), { events: errorKey.noEvents }],
    ["event without a day", (r) => ({ ...r, events: [{ kind: "CONTACTED", day: "" }, { kind: "RESOLVED", day: "2026-01-08" }] }), { "events.0.day": errorKey.required }],
    ["event on 31 February", (r) => ({ ...r, events: [{ kind: "CONTACTED", day: "2026-02-31" }, { kind: "RESOLVED", day: "2026-03-01" }] }), { "events.0.day": errorKey.invalidDay }],
    ["event in the future", (r) => ({ ...r, events: [{ kind: "CONTACTED", day: "2026-01-05" }, { kind: "RESOLVED", day: "2026-03-17" }] }), { "events.1.day": errorKey.futureDay }],
    ["event time 24:00", (r) => ({ ...r, events: [{ kind: "CONTACTED", day: "2026-01-05", time: "24:00" }, { kind: "RESOLVED", day: "2026-01-08" }] }), { "events.0.time": errorKey.invalidTime }],
    ["event note too long", (r) => ({ ...r, events: [{ kind: "CONTACTED", day: "2026-01-05", note: "x".repeat(1001) }, { kind: "RESOLVED", day: "2026-01-08" }] }), { "events.0.note": errorKey.tooLong }],
    ["unknown event kind", (r) => ({ ...r, events: [{ kind: "CONTACTED", day: "2026-01-05" }, { kind: "PARTY", day: "2026-01-08" }], outcome: "STILL_WAITING" }), { "events.1.kind": errorKey.invalidChoice }],
    ["no contact event", (r) => ({ ...r, events: [{ kind: "AUTO_ACKNOWLEDGEMENT", day: "2026-01-05" }, { kind: "RESOLVED", day: "2026-01-08" }] }), { events: errorKey.needsContact }],
    ["event before the incident month", (r) => ({ ...r, events: [{ kind: "CONTACTED", day: "2025-12-31" }, { kind: "RESOLVED", day: "2026-01-08" }] }), { "events.0.day": errorKey.eventBeforeIncident }],
    ["resolved without a resolving event", (r) => ({ ...r, events: [{ kind: "CONTACTED", day: "2026-01-05" }] }), { outcome: errorKey.resolvedNeedsEvent }],
    ["rejected without a rejection", (r) => ({ ...r, outcome: "REJECTED" }), { outcome: errorKey.rejectedNeedsEvent }],
    ["still waiting after a resolution", (r) => ({ ...r, outcome: "STILL_WAITING" }), { outcome: errorKey.waitingHasEnding }],
    ["gave up after a resolution", (r) => ({ ...r, outcome: "GAVE_UP" }), { outcome: errorKey.gaveUpResolved }],
    ["a reply but no reply language", (r) => ({ ...r, replyLanguages: [] }), { replyLanguages: errorKey.replyLanguagesRequired }],
    ["OTHER item without a note", (r) => ({ ...r, requiredItems: [{ code: "OTHER", note: " " }] }), { "requiredItems.0.note": errorKey.otherItemNeedsNote }],
    ["the same item twice", (r) => ({ ...r, requiredItems: [{ code: "PHONE" }, { code: "PHONE" }] }), { "requiredItems.1.code": errorKey.duplicateItem }],
    ["item note too long", (r) => ({ ...r, requiredItems: [{ code: "PHONE", note: "x".repeat(501) }] }), { "requiredItems.0.note": errorKey.tooLong }],
    ["malformed item code", (r) => ({ ...r, requiredItems: [{ code: "phone" }] }), { "requiredItems.0.code": errorKey.invalidItem }],
    ["idempotency key not a UUID", (r) => ({ ...r, idempotencyKey: "123" }), { idempotencyKey: errorKey.invalidKey }],
  ];

  it.each(cases)("%s", (_name, change, expected) => {
    expect(errorsOf(change(validReport()))).toEqual(expected);
  });

  it("accepts the edges of the rules", () => {
    const edges: ReportInputDraft[] = [
      // Today in the latest time zone is not the future.
      { ...validReport(), incidentMonth: "2026-03", events: [{ kind: "CONTACTED", day: "2026-03-16" }], outcome: "STILL_WAITING", replyLanguages: [] },
      // A silent resolution resolves; a case given up after a rejection is consistent.
      { ...validReport(), events: [{ kind: "CONTACTED", day: "2026-01-05" }, { kind: "RESOLVED_SILENTLY", day: "2026-01-20" }] },
      { ...validReport(), outcome: "GAVE_UP", events: [{ kind: "CONTACTED", day: "2026-01-05" }, { kind: "REJECTED", day: "2026-01-09" }] },
      // No reply yet: no reply language needed.
      { ...validReport(), outcome: "STILL_WAITING", replyLanguages: [], events: [{ kind: "CONTACTED", day: "2026-01-01" }, { kind: "AUTO_ACKNOWLEDGEMENT", day: "2026-01-01" }] },
      { ...validReport(), contactPath: "x".repeat(1000), requiredItems: [{ code: "OTHER", note: "A utility bill" }] },
    ];
    for (const edge of edges) expect(errorsOf(edge)).toEqual({});
  });

  describe("timeline order: nothing happens before the first contact", () => {
    const ev = (kind: string, day: string, time = "") => ({ kind, day, time, note: "", language: kind === "CONTACTED" ? "" : "ja" });
    type OrderCase = [name: string, events: ReturnType<typeof ev>[], outcome: string, errors: Record<string, string>];
    const orderCases: OrderCase[] = [
      // The defect: resolved the day before the contact read as "done the same day".
      ["resolved before the contact", [ev("CONTACTED", "2026-01-08"), ev("RESOLVED", "2026-01-05")], "RESOLVED", { "events.1.day": errorKey.eventBeforeContact }],
      ["rejected before the contact", [ev("REJECTED", "2026-01-04"), ev("CONTACTED", "2026-01-05")], "REJECTED", { "events.0.day": errorKey.eventBeforeContact }],
      ["a human reply before the contact", [ev("HUMAN_REPLY", "2026-01-04"), ev("CONTACTED", "2026-01-05")], "STILL_WAITING", { "events.0.day": errorKey.eventBeforeContact }],
      ["an auto-reply before the contact", [ev("AUTO_ACKNOWLEDGEMENT", "2026-01-04"), ev("CONTACTED", "2026-01-05")], "STILL_WAITING", { "events.0.day": errorKey.eventBeforeContact }],
      ["a follow-up before the contact", [ev("CONTACTED", "2026-01-05"), ev("FOLLOW_UP_SENT", "2026-01-02")], "STILL_WAITING", { "events.1.day": errorKey.eventBeforeContact }],
      // The error lands on the offending event's own index, wherever it is in the list.
      [
        "the fourth event of four before the contact",
        [ev("CONTACTED", "2026-01-10"), ev("AUTO_ACKNOWLEDGEMENT", "2026-01-10"), ev("HUMAN_REPLY", "2026-01-12"), ev("RESOLVED", "2026-01-09")],
        "RESOLVED",
        { "events.3.day": errorKey.eventBeforeContact },
      ],
      ["timed before the contact on its day", [ev("CONTACTED", "2026-01-05", "10:00"), ev("RESOLVED", "2026-01-05", "09:30")], "RESOLVED", { "events.1.time": errorKey.eventBeforeContactTime }],
      // The first contact is the earliest: a later second contact does not move the start.
      ["a second contact does not excuse a reply before the first", [ev("CONTACTED", "2026-01-05"), ev("CONTACTED", "2026-01-20"), ev("HUMAN_REPLY", "2026-01-03")], "STILL_WAITING", { "events.2.day": errorKey.eventBeforeContact }],
    ];

    it.each(orderCases)("%s", (_name, events, outcome, expected) => {
      // Strict: a message key that does not exist must not pass as a missing error.
      expect(errorsOf({ ...validReport(), events, outcome })).toStrictEqual(expected);
    });

    it("accepts what real cases do on the contact's day and after the ending", () => {
      const accepted: [string, ReturnType<typeof ev>[], string][] = [
        ["auto-reply the same day", [ev("CONTACTED", "2026-01-05"), ev("AUTO_ACKNOWLEDGEMENT", "2026-01-05")], "STILL_WAITING"],
        ["resolved the same day, later", [ev("CONTACTED", "2026-01-05", "09:00"), ev("RESOLVED", "2026-01-05", "17:00")], "RESOLVED"],
        ["resolved the same day, time unknown", [ev("CONTACTED", "2026-01-05", "09:00"), ev("RESOLVED", "2026-01-05")], "RESOLVED"],
        // Without times, the order within the day is not known: listed first is no proof.
        ["same day listed first without times", [ev("AUTO_ACKNOWLEDGEMENT", "2026-01-05"), ev("CONTACTED", "2026-01-05", "10:00")], "STILL_WAITING"],
        ["rejected, appealed, then resolved", [ev("CONTACTED", "2026-01-05"), ev("REJECTED", "2026-01-07"), ev("CONTACTED", "2026-01-08"), ev("RESOLVED", "2026-01-20")], "RESOLVED"],
        ["a thank-you after the resolution", [ev("CONTACTED", "2026-01-05"), ev("RESOLVED", "2026-01-07"), ev("FOLLOW_UP_SENT", "2026-01-07")], "RESOLVED"],
      ];
      for (const [name, events, outcome] of accepted) expect(errorsOf({ ...validReport(), events, outcome }), name).toEqual({});
    });

    it("keeps everything the author typed when the order is wrong", () => {
      const events = [ev("CONTACTED", "2026-01-08"), { ...ev("RESOLVED", "2026-01-05"), note: "They wrote back" }];
      const result = ReportInputSchema.safeParse({ ...validReport(), events });
      expect(result.success).toBe(false);
      // The error is on the event's day alone: its kind and note stand as typed.
      expect(Object.keys(toFieldErrorKeys(result.error?.issues ?? []))).toEqual(["events.1.day"]);
      expect(events[1]).toMatchObject({ kind: "RESOLVED", note: "They wrote back" });
    });
  });

  it("reports every problem at once, cross-field rules included", () => {
    const errors = errorsOf({ ...validReport(), lockoutCause: "", contactPath: "", replyLanguages: [], events: [{ kind: "HUMAN_REPLY", day: "2026-01-05" }] });
    expect(Object.keys(errors).sort()).toEqual(["contactPath", "events", "lockoutCause", "outcome", "replyLanguages"]);
  });

  it("carries the limit of a too-long text for the message", () => {
    const result = ReportInputSchema.safeParse({ ...validReport(), summary: "x".repeat(4001) });
    expect(result.success).toBe(false);
    const errors = toFieldErrorKeys(result.error?.issues ?? []);
    expect(errors.summary).toEqual({ key: errorKey.tooLong, values: { max: 4000 } });
    expect(translateFieldErrors(errors, (key, values) => `${key}:${values?.max}`)).toEqual({ summary: `${errorKey.tooLong}:4000` });
  });
});

describe("ReportUpdateInputSchema and checkTimelineUpdate", () => {
  const waiting = {
    incidentMonth: "2026-01",
    outcome: "STILL_WAITING",
    replyLanguages: [] as string[],
    events: [{ kind: "CONTACTED", day: "2026-01-05" }],
  };

  it("parses new events and the outcome", () => {
    const parsed = ReportUpdateInputSchema.parse({ events: [{ kind: "RESOLVED", day: "2026-01-20", note: " " }], outcome: "RESOLVED", idempotencyKey: KEY });
    expect(parsed.events).toEqual([{ kind: "RESOLVED", day: "2026-01-20" }]);
  });

  type UpdateCase = [name: string, update: { events: { kind: string; day: string; language?: string }[]; outcome: string }, issues: { path: (string | number)[]; message: string }[]];
  const updateCases: UpdateCase[] = [
    ["closing with a resolution", { events: [{ kind: "RESOLVED", day: "2026-01-20", language: "ja" }], outcome: "RESOLVED" }, []],
    ["an auto-acknowledgement while still waiting", { events: [{ kind: "AUTO_ACKNOWLEDGEMENT", day: "2026-01-05" }], outcome: "STILL_WAITING" }, []],
    ["resolved without the event", { events: [], outcome: "RESOLVED" }, [{ path: ["outcome"], message: errorKey.resolvedNeedsEvent }]],
    ["a new event before the incident", { events: [{ kind: "FOLLOW_UP_SENT", day: "2025-12-01" }], outcome: "STILL_WAITING" }, [{ path: ["events", 0, "day"], message: errorKey.eventBeforeIncident }]],
    ["a reply without its language", { events: [{ kind: "HUMAN_REPLY", day: "2026-01-09" }], outcome: "STILL_WAITING" }, [{ path: ["events", 0, "language"], message: errorKey.replyLanguagesRequired }]],
    ["a new resolution dated before the contact", { events: [{ kind: "RESOLVED", day: "2026-01-04", language: "ja" }], outcome: "RESOLVED" }, [{ path: ["events", 0, "day"], message: errorKey.eventBeforeContact }]],
    ["a new follow-up, second of two, before the contact", { events: [{ kind: "FOLLOW_UP_SENT", day: "2026-01-09" }, { kind: "FOLLOW_UP_SENT", day: "2026-01-02" }], outcome: "STILL_WAITING" }, [{ path: ["events", 1, "day"], message: errorKey.eventBeforeContact }]],
    ["still waiting after a new resolution", { events: [{ kind: "RESOLVED", day: "2026-01-20", language: "en" }], outcome: "STILL_WAITING" }, [{ path: ["outcome"], message: errorKey.waitingHasEnding }]],
  ];

  it.each(updateCases)("%s", (_name, update, issues) => {
    expect(checkTimelineUpdate(waiting, update)).toEqual(issues);
  });

  it("checks a new event on the contact's day against the contact's time", () => {
    const timed = { ...waiting, events: [{ kind: "CONTACTED", day: "2026-01-05", time: "14:00" }] };
    expect(checkTimelineUpdate(timed, { events: [{ kind: "AUTO_ACKNOWLEDGEMENT", day: "2026-01-05", time: "13:59" }], outcome: "STILL_WAITING" })).toEqual([
      { path: ["events", 0, "time"], message: errorKey.eventBeforeContactTime },
    ]);
    expect(checkTimelineUpdate(timed, { events: [{ kind: "AUTO_ACKNOWLEDGEMENT", day: "2026-01-05", time: "14:01" }], outcome: "STILL_WAITING" })).toEqual([]);
  });

  it("does not hold new events back for an old event stored out of order", () => {
    const stored = { ...waiting, events: [{ kind: "HUMAN_REPLY", day: "2026-01-03" }, { kind: "CONTACTED", day: "2026-01-05" }], replyLanguages: ["ja"] };
    expect(checkTimelineUpdate(stored, { events: [{ kind: "FOLLOW_UP_SENT", day: "2026-01-09" }], outcome: "STILL_WAITING" })).toEqual([]);
  });

  it("adds the language of a new reply to the reply languages", () => {
    expect(mergeReplyLanguages(["ja"], [{ kind: "HUMAN_REPLY", language: "en" }, { kind: "INFO_SENT", language: "fr" }, { kind: "RESOLVED", language: "ja" }])).toEqual(["ja", "en"]);
  });
});

describe("the author's translation", () => {
  const translated = (r: ReportInputDraft): ReportInputDraft => ({
    ...r,
    textLanguage: "ja",
    translationLanguage: "en",
    summaryTranslation: "  Removed in two days.  ",
    events: [
      { kind: "CONTACTED", day: "2026-01-05", note: "フォームから", noteTranslation: "Through the form" },
      { kind: "RESOLVED", day: "2026-01-08" },
    ],
  });

  it("is optional, and parsed like the original's texts", () => {
    const parsed = ReportInputSchema.parse(translated(validReport()));
    expect(parsed).toMatchObject({ translationLanguage: "en", summaryTranslation: "Removed in two days." });
    expect(parsed.events[0]).toMatchObject({ note: "フォームから", noteTranslation: "Through the form" });
    expect(ReportInputSchema.parse(validReport()).translationLanguage).toBeUndefined();
  });

  const cases: [name: string, change: (report: ReportInputDraft) => unknown, errors: Record<string, string>][] = [
    ["translated text without a language", (r) => ({ ...translated(r), translationLanguage: "" }), { translationLanguage: errorKey.translationLanguageRequired }],
    ["a translation into the original's language", (r) => ({ ...translated(r), translationLanguage: "ja" }), { translationLanguage: errorKey.translationSameLanguage }],
    ["a translated item note without a language", (r) => ({ ...r, requiredItems: [{ code: "PHONE", noteTranslation: "x" }] }), { translationLanguage: errorKey.translationLanguageRequired }],
    ["translated summary too long", (r) => ({ ...translated(r), summaryTranslation: "x".repeat(4001) }), { summaryTranslation: errorKey.tooLong }],
    ["translated event note too long", (r) => ({ ...translated(r), events: [{ kind: "CONTACTED", day: "2026-01-05", noteTranslation: "x".repeat(1001) }, { kind: "RESOLVED", day: "2026-01-08" }] }), { "events.0.noteTranslation": errorKey.tooLong }],
  ];
  it.each(cases)("rejects %s", (_name, change, expected) => {
    expect(errorsOf(change(validReport()))).toEqual(expected);
  });
});
