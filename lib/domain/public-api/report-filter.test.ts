import { describe, expect, it } from "vitest";
import { isInComparisonView } from "../stats/comparison-views";
import { incidentMonthSince, inquiryLanguageFilter } from "./report-filter";

describe("report filters", () => {
  const now = new Date("2026-12-03T04:00:00Z");

  it("start a period where the comparison's views start", () => {
    expect(incidentMonthSince("all", now)).toBeNull();
    for (const period of ["12m", "36m"] as const) {
      const since = incidentMonthSince(period, now);
      if (!since) throw new Error("expected a start");
      const before = new Date(Date.UTC(since.getUTCFullYear(), since.getUTCMonth() - 1, 1));
      expect(isInComparisonView({ incidentMonth: since, inquiryLanguage: "ja" }, { period, inquiryLanguage: "all" }, now)).toBe(true);
      expect(isInComparisonView({ incidentMonth: before, inquiryLanguage: "ja" }, { period, inquiryLanguage: "all" }, now)).toBe(false);
    }
    expect(incidentMonthSince("12m", now)?.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("read inquiry languages as the comparison does", () => {
    expect(inquiryLanguageFilter("all")).toBeNull();
    expect(inquiryLanguageFilter("ja")).toEqual({ equals: "ja" });
    expect(inquiryLanguageFilter("other")).toEqual({ notIn: ["ja", "en"] });
  });
});
