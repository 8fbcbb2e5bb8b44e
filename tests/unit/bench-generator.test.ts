import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { COPY_COLUMNS, generateReports, generateUsers, userId, type DatasetPlan } from "../../bench/data/generator";
import { createProfiles, orderByPopularity } from "../../bench/data/profiles";
import { findConsistencyIssues } from "../../lib/validation/report-consistency";

// The benchmark's data must be what the app could have stored: reports that pass the form's own
// rules, votes the database's unique index accepts, and the same rows for the same seed.

const plan: DatasetPlan = { seed: 7, reports: 3000, users: 600, votes: 9000, start: new Date("2017-01-01T00:00:00Z"), end: new Date("2026-10-31T00:00:00Z") };
const exchanges = Array.from({ length: 40 }, (_, index) => ({ id: `exchange-${index}`, slug: `exchange-${index}`, country: index % 2 ? "JP" : "US" }));
const codes = ["FULL_NAME", "EMAIL", "GOVERNMENT_ID", "ID_SELFIE", "DATE_OF_BIRTH", "PHONE", "BALANCES", "OTHER"];
const items = codes.map((code) => ({ id: `item-${code}`, code }));

function generate() {
  const profiles = createProfiles(orderByPopularity(exchanges, plan.seed), codes, plan.seed);
  const tables = { Report: "", TimelineEvent: "", ReportRequiredItem: "", Vote: "" };
  for (const batch of generateReports(plan, profiles, items, 500)) {
    for (const table of Object.keys(tables) as (keyof typeof tables)[]) tables[table] += batch.rows[table];
  }
  return { users: [...generateUsers(plan)].join(""), ...tables };
}

type Row = Record<string, string>;
function parse(text: string, columns: readonly string[]): Row[] {
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => {
      const fields = line.split("\t");
      expect(fields).toHaveLength(columns.length);
      return Object.fromEntries(columns.map((column, index) => [column, fields[index] ?? ""]));
    });
}

const data = generate();
const reports = parse(data.Report, COPY_COLUMNS.Report);
const events = parse(data.TimelineEvent, COPY_COLUMNS.TimelineEvent);
const reportItems = parse(data.ReportRequiredItem, COPY_COLUMNS.ReportRequiredItem);
const votes = parse(data.Vote, COPY_COLUMNS.Vote);
function groupBy(rows: Row[], column: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = row[column] ?? "";
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

describe("bench data generator", () => {
  it("gives the same rows for the same seed", () => {
    const hash = (value: object) => createHash("sha256").update(JSON.stringify(value)).digest("hex");
    expect(hash(generate())).toBe(hash(data));
  });

  it("makes exactly the planned reports, users and votes", () => {
    expect(reports).toHaveLength(plan.reports);
    expect(parse(data.users, COPY_COLUMNS.User)).toHaveLength(plan.users);
    expect(votes).toHaveLength(plan.votes);
    expect(new Set(reports.map((report) => report.id)).size).toBe(plan.reports);
  });

  it("spreads reports unevenly: the most popular exchange has many times the median", () => {
    const counts = [...groupBy(reports, "exchangeId").values()].map((rows) => rows.length).sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThan(10 * (counts[Math.floor(counts.length / 2)] ?? 1));
  });

  it("writes reports the form would accept, with 2-6 events before the report and 2-8 distinct items", () => {
    const eventsOf = groupBy(events, "reportId");
    const itemsOf = groupBy(reportItems, "reportId");
    const itemCodes = new Map(items.map((item) => [item.id, item.code]));
    for (const report of reports) {
      const timeline = eventsOf.get(report.id ?? "") ?? [];
      const required = itemsOf.get(report.id ?? "") ?? [];
      expect(timeline.length).toBeGreaterThanOrEqual(2);
      expect(timeline.length).toBeLessThanOrEqual(6);
      expect(required.length).toBeGreaterThanOrEqual(2);
      expect(required.length).toBeLessThanOrEqual(8);
      for (const event of timeline) expect(new Date(event.occurredAt ?? "").getTime()).toBeLessThanOrEqual(new Date(report.createdAt ?? "").getTime());
      const issues = findConsistencyIssues({
        incidentMonth: report.incidentMonth?.slice(0, 7),
        outcome: report.outcome,
        replyLanguages: (report.replyLanguages ?? "{}").slice(1, -1).split(",").filter(Boolean),
        events: timeline.map((event) => ({ kind: event.kind, day: event.occurredAt?.slice(0, 10), language: event.language })),
        requiredItems: required.map((item) => ({ code: itemCodes.get(item.itemId ?? ""), note: item.note === "\\N" ? "" : item.note })),
      });
      expect(issues, `report ${report.id}`).toEqual([]);
    }
  });

  it("has at most one vote per user and report, never by the report's author", () => {
    const authorOf = new Map(reports.map((report) => [report.id, report.authorId]));
    const pairs = new Set(votes.map((vote) => `${vote.userId}/${vote.reportId}`));
    expect(pairs.size).toBe(votes.length);
    for (const vote of votes) expect(vote.userId).not.toBe(authorOf.get(vote.reportId));
    const users = new Set(Array.from({ length: plan.users }, (_, index) => userId(index)));
    expect(votes.every((vote) => users.has(vote.userId ?? ""))).toBe(true);
  });
});
