import { describe, expect, it } from "vitest";
import { caseLength, dayOffsets, findOrderProblems } from "./report-timeline";

const at = (day: string, time = "00:00") => new Date(`${day}T${time}:00Z`);

describe("dayOffsets", () => {
  it("counts calendar days from the earliest event (Zaif seed timeline)", () => {
    const events = [
      { kind: "CONTACTED", occurredAt: at("2017-10-02") },
      { kind: "AUTO_ACKNOWLEDGEMENT", occurredAt: at("2017-10-02", "00:05") },
      { kind: "FOLLOW_UP_SENT", occurredAt: at("2017-10-09") },
      { kind: "INFO_SENT", occurredAt: at("2017-10-13") },
      { kind: "RESOLVED", occurredAt: at("2017-10-13", "18:00") },
    ];
    expect(dayOffsets(events)).toEqual([0, 0, 7, 11, 11]);
  });

  it("uses calendar days, not 24-hour periods", () => {
    expect(dayOffsets([{ kind: "CONTACTED", occurredAt: at("2017-10-02", "23:50") }, { kind: "HUMAN_REPLY", occurredAt: at("2017-10-03", "00:10") }])).toEqual([0, 1]);
  });

  it("measures from the earliest event even when the list is out of order", () => {
    expect(dayOffsets([{ kind: "RESOLVED", occurredAt: at("2017-10-05") }, { kind: "CONTACTED", occurredAt: at("2017-10-03") }])).toEqual([2, 0]);
  });

  it("is empty for no events", () => {
    expect(dayOffsets([])).toEqual([]);
  });
});

describe("caseLength", () => {
  const now = at("2017-11-01");

  it("ends at the first ending event", () => {
    expect(caseLength([{ kind: "CONTACTED", occurredAt: at("2017-10-03") }, { kind: "RESOLVED_SILENTLY", occurredAt: at("2017-10-15") }], now)).toEqual({ days: 12, open: false });
  });

  it("treats a rejection as the end of the case", () => {
    expect(caseLength([{ kind: "CONTACTED", occurredAt: at("2017-10-03") }, { kind: "REJECTED", occurredAt: at("2017-10-04") }], now)).toEqual({ days: 1, open: false });
  });

  it("counts an open case up to now, marked open", () => {
    expect(caseLength([{ kind: "CONTACTED", occurredAt: at("2017-10-25") }, { kind: "AUTO_ACKNOWLEDGEMENT", occurredAt: at("2017-10-25") }], now)).toEqual({ days: 7, open: true });
  });

  it("is 0 for a case resolved the same day and null for no events", () => {
    expect(caseLength([{ kind: "CONTACTED", occurredAt: at("2017-10-03") }, { kind: "RESOLVED", occurredAt: at("2017-10-03", "15:00") }], now)).toEqual({ days: 0, open: false });
    expect(caseLength([], now)).toBeNull();
  });

  it("counts from the first contact, not from an earlier event", () => {
    expect(caseLength([{ kind: "AUTO_ACKNOWLEDGEMENT", occurredAt: at("2017-10-01") }, { kind: "CONTACTED", occurredAt: at("2017-10-03") }, { kind: "RESOLVED", occurredAt: at("2017-10-05") }], now)).toEqual({ days: 2, open: false });
  });

  it("says nothing of a case that ended before its contact, instead of 'done the same day'", () => {
    expect(caseLength([{ kind: "CONTACTED", occurredAt: at("2017-10-08") }, { kind: "RESOLVED", occurredAt: at("2017-10-05") }], now)).toBeNull();
    expect(caseLength([{ kind: "REJECTED", occurredAt: at("2017-10-02") }, { kind: "CONTACTED", occurredAt: at("2017-10-03") }], now)).toBeNull();
  });
});

describe("findOrderProblems", () => {
  it("finds every event dated before the first contact, by its index", () => {
    expect(
      findOrderProblems([
        { kind: "HUMAN_REPLY", day: "2026-01-04" },
        { kind: "CONTACTED", day: "2026-01-05" },
        { kind: "INFO_SENT", day: "2026-01-06" },
        { kind: "RESOLVED", day: "2026-01-01" },
      ]),
    ).toEqual([
      { index: 0, field: "day", problem: "before" },
      { index: 3, field: "day", problem: "before" },
    ]);
  });

  it("on the contact's day, compares times only when both are known", () => {
    const contact = { kind: "CONTACTED", day: "2026-01-05", time: "10:00" };
    expect(findOrderProblems([contact, { kind: "RESOLVED", day: "2026-01-05", time: "09:59" }])).toEqual([{ index: 1, field: "time", problem: "beforeOnContactDay" }]);
    expect(findOrderProblems([contact, { kind: "RESOLVED", day: "2026-01-05", time: "10:00" }])).toEqual([]);
    expect(findOrderProblems([{ kind: "AUTO_ACKNOWLEDGEMENT", day: "2026-01-05" }, contact])).toEqual([]);
    expect(findOrderProblems([{ kind: "CONTACTED", day: "2026-01-05" }, { kind: "RESOLVED", day: "2026-01-05", time: "00:01" }])).toEqual([]);
  });

  it("leaves a timeline without a contact to the rule that asks for one", () => {
    expect(findOrderProblems([{ kind: "RESOLVED", day: "2026-01-05" }])).toEqual([]);
  });
});
