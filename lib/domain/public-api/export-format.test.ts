import { describe, expect, it } from "vitest";
import { CSV_HEADER, csvCell, csvRow, EXPORT_COLUMNS, jsonLine } from "./export-format";
import { toApiReport, type PublicReportRow } from "./mapping";

const row: PublicReportRow = {
  id: "r1",
  exchangeSlug: "kraken",
  authorName: "Traveller-4821",
  createdAt: new Date("2026-02-01T00:00:00Z"),
  updatedAt: new Date("2026-02-02T00:00:00Z"),
  incidentMonth: new Date("2026-01-01T00:00:00Z"),
  lockoutCause: "DEVICE_RESET",
  lockoutDetail: null,
  hadBackupCodes: false,
  verificationLevel: null,
  contactChannel: "EMAIL",
  contactPath: "Support, \"2FA\" form",
  inquiryLanguage: "ja",
  replyLanguages: ["ja", "en"],
  textLanguage: "ja",
  outcome: "RESOLVED",
  summary: "=HYPERLINK(\"x\")",
  tips: "改行\nあり",
  translationLanguage: null,
  lockoutDetailTranslation: null,
  verificationLevelTranslation: null,
  contactPathTranslation: null,
  summaryTranslation: null,
  tipsTranslation: null,
  helpfulVotes: 3,
  voteCount: 4,
  events: [
    { kind: "CONTACTED", occurredAt: new Date("2026-01-05T00:00:00Z"), precision: "DAY", language: null, note: null, noteTranslation: null },
    { kind: "RESOLVED", occurredAt: new Date("2026-01-08T09:30:00Z"), precision: "MINUTE", language: null, note: "unlocked", noteTranslation: null },
  ],
  requiredItems: [{ code: "SELFIE", note: null, noteTranslation: null }, { code: "ID_DOCUMENT", note: "passport", noteTranslation: null }],
};

describe("the export formats", () => {
  it("write one CSV row per report with every column, quoted as RFC 4180 asks", () => {
    const line = csvRow(toApiReport(row));
    expect(line.endsWith("\r\n")).toBe(true);
    expect(line).toContain('"Support, ""2FA"" form"');
    expect(line).toContain('"2026-01-05 CONTACTED\n2026-01-08 09:30 RESOLVED: unlocked"');
    expect(line).toContain("SELFIE; ID_DOCUMENT (passport)");
    expect(line).toContain(`,3,3,1,"CC BY 4.0`);
    expect(CSV_HEADER.startsWith("\uFEFFid,exchange,")).toBe(true);
    expect(CSV_HEADER.trim().split(",")).toHaveLength(EXPORT_COLUMNS.length);
  });

  it("keep formulas from running in a spreadsheet", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@x")).toBe("'@x");
    expect(csvCell(-2)).toBe("-2");
    expect(csvCell(null)).toBe("");
  });

  it("write JSON Lines as the API's report with the licence", () => {
    const line = jsonLine(toApiReport(row));
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1)).not.toContain("\n");
    const parsed = JSON.parse(line) as { votes: unknown; licence: string; timeline: { occurredAt: string }[] };
    expect(parsed.votes).toEqual({ helpful: 3, notHelpful: 1 });
    expect(parsed.licence).toContain("CC BY 4.0");
    expect(parsed.timeline[0]?.occurredAt).toBe("2026-01-05T00:00:00.000Z");
  });
});
