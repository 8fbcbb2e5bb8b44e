import { describe, expect, it } from "vitest";
import { caseLength, dayOffsets } from "./report-timeline";

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
});
