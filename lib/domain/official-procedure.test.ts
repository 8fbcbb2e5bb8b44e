import { describe, expect, it } from "vitest";
import {
  groupOfficialFacts,
  isOnOfficialDomain,
  isPossiblyOutdated,
  itemsNotOfficiallyNamed,
  lastChecked,
  statedDuration,
  statedDurationOf,
  type OfficialFact,
  type OfficialProcedure,
} from "./official-procedure";

const day = (value: string) => new Date(`${value}T00:00:00Z`);

function fact(overrides: Partial<OfficialFact> = {}): OfficialFact {
  return {
    id: "f1",
    kind: "NOTE",
    position: 0,
    textEn: "A statement",
    textJa: "記載",
    sourceUrl: "https://support.example.com/a",
    sourceDate: null,
    checkedOn: day("2026-12-02"),
    language: null,
    selfService: null,
    selfServiceNeeds: [],
    requiredItemCodes: [],
    minHours: null,
    maxHours: null,
    channel: null,
    ...overrides,
  };
}

describe("isPossiblyOutdated", () => {
  it.each([
    ["2026-12-02", "2026-12-02T00:00:00Z", false],
    ["2025-12-02", "2026-12-02T00:00:00Z", false],
    ["2025-12-02", "2026-12-02T00:00:01Z", true],
    ["2025-12-01", "2026-12-02T00:00:00Z", true],
    ["2024-02-29", "2025-02-28T23:59:59Z", false],
    ["2024-02-29", "2025-03-02T00:00:00Z", true],
  ])("checked %s, now %s: %s", (checkedOn, now, outdated) => {
    expect(isPossiblyOutdated(day(checkedOn), new Date(now))).toBe(outdated);
  });
});

describe("isOnOfficialDomain", () => {
  const domains = ["kraken.com"];
  it.each([
    ["https://kraken.com/x", true],
    ["https://support.kraken.com/hc/en-us/articles/1", true],
    ["http://SUPPORT.Kraken.com/", true],
    ["https://krakn-help-logn.pages.dev/kraken.com", false],
    ["https://kraken.com.evil.example/", false],
    ["https://evilkraken.com/", false],
    ["https://user@kraken.com/", false],
    ["javascript:alert(1)//kraken.com", false],
    ["ftp://kraken.com/", false],
    ["not a url", false],
  ])("%s: %s", (url, official) => {
    expect(isOnOfficialDomain(url, domains)).toBe(official);
  });
});

describe("statedDurationOf", () => {
  it.each([
    [48, 72, { unit: "hours", min: 48, max: 72 }],
    [24, 24, { unit: "hours", min: 24, max: 24 }],
    [72, 72, { unit: "hours", min: 72, max: 72 }],
    [72, 168, { unit: "days", min: 3, max: 7 }],
    [168, 168, { unit: "days", min: 7, max: 7 }],
    [null, 30, { unit: "hours", min: 30, max: 30 }],
    [null, null, null],
  ])("%s-%s hours", (minHours, maxHours, expected) => {
    expect(statedDurationOf({ minHours, maxHours })).toEqual(expected);
  });
});

describe("grouping and comparing", () => {
  const procedure: OfficialProcedure = {
    recoveryPageFound: true,
    checkedOn: day("2026-11-01"),
    facts: [
      fact({ id: "b", kind: "NOTE", position: 1 }),
      fact({ id: "a", kind: "NOTE", position: 0, checkedOn: day("2026-12-02") }),
      fact({ id: "c", kind: "SUPPORT_REQUIREMENTS", requiredItemCodes: ["GOVERNMENT_ID", "ID_SELFIE"] }),
      fact({ id: "d", kind: "PROCESSING_TIME" }),
      fact({ id: "e", kind: "PROCESSING_TIME", position: 1, minHours: 48, maxHours: 72 }),
    ],
  };

  it("groups facts in the guide's order of kinds, each by position", () => {
    expect(groupOfficialFacts(procedure.facts).map((group) => [group.kind, group.facts.map((entry) => entry.id)])).toEqual([
      ["SUPPORT_REQUIREMENTS", ["c"]],
      ["PROCESSING_TIME", ["d", "e"]],
      ["NOTE", ["a", "b"]],
    ]);
  });

  it("marks the community's items the official pages do not name, only where a procedure was found", () => {
    expect(itemsNotOfficiallyNamed(procedure, ["GOVERNMENT_ID", "NAME_KANA"])).toEqual(new Set(["NAME_KANA"]));
    expect(itemsNotOfficiallyNamed({ ...procedure, recoveryPageFound: false }, ["NAME_KANA"])).toBeNull();
    expect(itemsNotOfficiallyNamed(null, ["NAME_KANA"])).toBeNull();
  });

  it("takes the first stated hours of a kind for the side-by-side, and none where nothing is stated", () => {
    expect(statedDuration(procedure.facts, "PROCESSING_TIME")?.id).toBe("e");
    expect(statedDuration(procedure.facts, "REPLY_TIME")).toBeNull();
  });

  it("dates the section by its newest check", () => {
    expect(lastChecked(procedure)).toEqual(day("2026-12-02"));
    expect(lastChecked({ ...procedure, facts: [] })).toEqual(day("2026-11-01"));
  });
});
