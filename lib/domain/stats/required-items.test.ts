import { describe, expect, it } from "vitest";
import { procedureMayHaveChanged, reportWeight, weightedItemShares, type ItemReport } from "./required-items";

const NOW = new Date("2024-01-01T00:00:00Z");

function report(
  id: string,
  incidentMonth: string,
  items: (string | { code: string; note?: string })[],
  votes: { helpful: number; notHelpful: number } = { helpful: 0, notHelpful: 0 },
): ItemReport {
  return {
    id,
    createdAt: new Date(`${incidentMonth}T12:00:00Z`),
    incidentMonth: new Date(`${incidentMonth}T00:00:00Z`),
    textLanguage: "en",
    requiredItems: items.map((item) => (typeof item === "string" ? { code: item } : item)),
    votes,
  };
}

describe("reportWeight", () => {
  const cases: { name: string; report: ItemReport; halfLifeDays?: number; expected: number }[] = [
    { name: "this month, no votes", report: report("a", "2024-01-01", ["x"]), expected: 1 },
    {
      name: "one half-life old (365 days), 2 helpful: 0.5 × 2·3/4",
      report: report("b", "2023-01-01", ["x"], { helpful: 2, notHelpful: 0 }),
      expected: 0.75,
    },
    {
      name: "two half-lives old (730 days), 2 not helpful: 0.25 × 2·1/4",
      report: report("c", "2022-01-01", ["x"], { helpful: 0, notHelpful: 2 }),
      expected: 0.125,
    },
    {
      name: "half-life 730 days: 365 days old weighs 2^-0.5",
      report: report("d", "2023-01-01", ["x"]),
      halfLifeDays: 730,
      expected: Math.SQRT1_2,
    },
    {
      name: "many helpful votes approach twice the unvoted weight: 2·99/100",
      report: report("e", "2024-01-01", ["x"], { helpful: 98, notHelpful: 0 }),
      expected: 1.98,
    },
    { name: "an incident month after now is not weighted up", report: report("f", "2024-03-01", ["x"]), expected: 1 },
  ];

  it.each(cases)("$name", ({ report: r, halfLifeDays, expected }) => {
    expect(reportWeight(r, { now: NOW, halfLifeDays })).toBeCloseTo(expected, 12);
  });

  it("rejects a half-life that is not positive", () => {
    expect(() => reportWeight(report("a", "2024-01-01", ["x"]), { now: NOW, halfLifeDays: 0 })).toThrow(RangeError);
  });
});

describe("weightedItemShares", () => {
  // Weights 1, 0.75, 0.125 (see reportWeight); total 1.875.
  const reports = [
    report("r1", "2024-01-01", [{ code: "email", note: "the one I signed up with" }, "id_selfie"]),
    report("r2", "2023-01-01", [{ code: "email", note: "the one I signed up with" }, "email"], {
      helpful: 2,
      notHelpful: 0,
    }),
    report("r3", "2022-01-01", ["id_selfie", { code: "address", note: "  old address  " }, { code: "phone", note: "   " }], {
      helpful: 0,
      notHelpful: 2,
    }),
    report("r4", "2024-01-01", []),
  ];

  it("weights by recency and votes, ignores reports listing no item, counts a code once per report", () => {
    const shares = weightedItemShares(reports, { now: NOW });
    expect(shares.map(({ code, count, n }) => ({ code, count, n }))).toEqual([
      { code: "email", count: 2, n: 3 },
      { code: "id_selfie", count: 2, n: 3 },
      { code: "address", count: 1, n: 3 },
      { code: "phone", count: 1, n: 3 },
    ]);
    // email (1 + 0.75) / 1.875; id_selfie (1 + 0.125) / 1.875; address and phone 0.125 / 1.875
    const expected = [0.933333333, 0.6, 0.066666667, 0.066666667];
    shares.forEach((share, index) => expect(share.share).toBeCloseTo(expected[index] ?? NaN, 8));
    expect(shares.map((share) => share.rawShare)).toEqual([2 / 3, 2 / 3, 1 / 3, 1 / 3]);
  });

  it("collects trimmed notes once, with the language of the reports that gave them", () => {
    const shares = weightedItemShares(reports, { now: NOW });
    expect(shares.find((s) => s.code === "email")?.notes).toEqual([{ note: "the one I signed up with", language: "en" }]);
    expect(shares.find((s) => s.code === "address")?.notes).toEqual([{ note: "old address", language: "en" }]);
    expect(shares.find((s) => s.code === "phone")?.notes).toEqual([]);
  });

  it("with equal weights the weighted share is the raw share; ties sort by code", () => {
    const equal = [report("a", "2023-06-01", ["b_item", "a_item"]), report("b", "2023-06-01", ["a_item"])];
    const shares = weightedItemShares(equal, { now: NOW });
    expect(shares.map((s) => [s.code, s.share])).toEqual([
      ["a_item", 1],
      ["b_item", 0.5],
    ]);
  });

  it("no reports, or none listing items: no shares", () => {
    expect(weightedItemShares([], { now: NOW })).toEqual([]);
    expect(weightedItemShares([report("a", "2023-06-01", [])], { now: NOW })).toEqual([]);
  });
});

describe("procedureMayHaveChanged", () => {
  function many(prefix: string, count: number, month: string, items: string[]): ItemReport[] {
    return Array.from({ length: count }, (_, i) => report(`${prefix}${i}`, month, items));
  }

  it("flags an item every recent report names and no older one does (5 vs 5)", () => {
    // Wilson 95%: 5/5 lower = 5 / 8.8416 = 0.5655 > 0/5 upper = 3.8416 / 8.8416 = 0.4345
    const result = procedureMayHaveChanged(
      [...many("new", 5, "2023-06-01", ["email", "id_selfie"]), ...many("old", 5, "2021-06-01", ["email"])],
      { now: NOW },
    );
    expect(result).toEqual({
      changed: true,
      comparable: true,
      recentN: 5,
      olderN: 5,
      items: [{ code: "id_selfie", recentCount: 5, recentShare: 1, olderCount: 0, olderShare: 0, difference: 1 }],
    });
  });

  it("flags an item that is no longer asked for, with a negative difference", () => {
    const result = procedureMayHaveChanged(
      [...many("new", 6, "2023-06-01", ["email"]), ...many("old", 5, "2021-06-01", ["email", "address"])],
      { now: NOW },
    );
    expect(result.changed).toBe(true);
    expect(result.items.map((item) => [item.code, item.difference])).toEqual([["address", -1]]);
  });

  it("4 of 5 against 0 of 5 is not enough: the intervals overlap (0.3755 < 0.4345)", () => {
    const result = procedureMayHaveChanged(
      [
        ...many("new", 4, "2023-06-01", ["id_selfie"]),
        report("new-x", "2023-06-01", ["email"]),
        ...many("old", 5, "2021-06-01", ["email"]),
      ],
      { now: NOW },
    );
    expect(result.changed).toBe(false);
    expect(result.items).toEqual([]);
  });

  it("needs 5 reports listing items on each side", () => {
    const result = procedureMayHaveChanged(
      [
        ...many("new", 4, "2023-06-01", ["id_selfie"]),
        ...many("empty", 3, "2023-06-01", []),
        ...many("old", 10, "2021-06-01", ["email"]),
      ],
      { now: NOW },
    );
    expect(result).toEqual({ changed: false, comparable: false, recentN: 4, olderN: 10, items: [] });
  });

  it("ignores a small difference even when large samples make it significant", () => {
    // 600/1000 = [0.569, 0.630] and 450/1000 = [0.419, 0.481] do not overlap, but 0.15 < 0.2.
    const large = [
      ...many("new-a", 600, "2023-06-01", ["email", "phone"]),
      ...many("new-b", 400, "2023-06-01", ["email"]),
      ...many("old-a", 450, "2021-06-01", ["email", "phone"]),
      ...many("old-b", 550, "2021-06-01", ["email"]),
    ];
    expect(procedureMayHaveChanged(large, { now: NOW }).changed).toBe(false);
    const sensitive = procedureMayHaveChanged(large, { now: NOW, minDifference: 0.1 });
    expect(sensitive.items.map((item) => item.code)).toEqual(["phone"]);
    expect(sensitive.items[0]?.difference).toBeCloseTo(0.15, 12);
  });

  it("splits at exactly recentDays before now (365 days before 2024-01-01 is 2023-01-01)", () => {
    const result = procedureMayHaveChanged(
      [...many("edge", 5, "2023-01-01", ["a"]), ...many("before", 5, "2022-12-01", ["b"])],
      { now: NOW },
    );
    expect([result.recentN, result.olderN]).toEqual([5, 5]);
    expect(result.items.map((item) => item.code)).toEqual(["a", "b"]);
  });
});
