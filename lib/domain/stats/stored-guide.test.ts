import { describe, expect, it } from "vitest";
import { computeComparisonViews } from "./comparison-views";
import { computeGuideStats } from "./guide-stats";
import { comparisonFromJson, comparisonToJson, STATS_FORMAT, statsFromJson, statsToJson, storedGuideOf } from "./stored-guide";

const now = new Date("2026-06-01T00:00:00.000Z");
const stats = computeGuideStats([], { now });
const comparison = computeComparisonViews([], { now, allReportsStats: stats });

describe("stored guide JSON", () => {
  it("reads back what it wrote, through JSON text as the database keeps it", () => {
    const stored = JSON.parse(JSON.stringify(statsToJson(stats))) as unknown;
    expect(statsFromJson(stored)).toEqual(stats);
    expect(comparisonFromJson(JSON.parse(JSON.stringify(comparisonToJson(comparison))))).toEqual(comparison);
  });

  it.each([null, [], "x", { format: STATS_FORMAT - 1, stats: {} }])("treats %j as nothing stored", (json) => {
    expect(statsFromJson(json)).toBeNull();
    expect(comparisonFromJson(json)).toBeNull();
  });

  it("makes a stored row a guide only when both parts are in this format", () => {
    const row = { version: 3, stats: statsToJson(stats), comparison: comparisonToJson(comparison), computedAt: now };
    expect(storedGuideOf(row)).toEqual({ version: 3, stats, comparison, computedAt: now });
    expect(storedGuideOf({ ...row, comparison: {} })).toBeNull();
    expect(storedGuideOf(null)).toBeNull();
  });
});
