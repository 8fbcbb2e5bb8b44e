import { describe, expect, it } from "vitest";
import { toHistoryEntry } from "./report-history";

const createdAt = new Date("2026-01-02T03:04:05.000Z");

describe("a report's history entry", () => {
  it("reads the fields, events added and outcome an update wrote", () => {
    const changes = { fields: ["summary", "events"], eventsAdded: 2, outcome: ["STILL_WAITING", "RESOLVED"] };
    expect(toHistoryEntry({ kind: "EDITED", createdAt, changes })).toEqual({
      kind: "EDITED",
      createdAt,
      fields: ["summary", "events"],
      eventsAdded: 2,
      outcome: { from: "STILL_WAITING", to: "RESOLVED" },
    });
  });

  it.each([null, "text", [1, 2], { fields: [1, "tips"], eventsAdded: "2", outcome: ["RESOLVED"] }])("reads %j without failing", (changes) => {
    const entry = toHistoryEntry({ kind: "CLOSED", createdAt, changes });
    expect(entry.eventsAdded).toBe(0);
    expect(entry.outcome).toBeNull();
    expect(entry.fields.every((field) => typeof field === "string")).toBe(true);
  });
});
