import type { ReportFact, TimelineEventFact } from "../../domain/stats";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";

// Not server-only, like the rest of the guides' storage: scripts, the benchmark and the refresh
// child process (refresh-child.ts) run it outside Next with their own Prisma client.

type Client = PrismaClient | Prisma.TransactionClient;

export type ExchangeReportFact = ReportFact & { exchangeId: string };

type FactRow = {
  id: string;
  counted: boolean;
  exchangeId: string;
  outcome: ReportFact["outcome"];
  createdAt: Date;
  incidentMonth: Date;
  contactChannel: ReportFact["contactChannel"];
  contactPath: string;
  inquiryLanguage: string;
  replyLanguages: string[];
  textLanguage: string;
  helpfulVotes: number;
  voteCount: number;
  // [kind, occurredAt, precision, language, position] and [code, note], as JSON arrays.
  events: unknown;
  items: unknown;
};

type EventTuple = [TimelineEventFact["kind"], string, TimelineEventFact["precision"], string | null, number];
type ItemTuple = [string, string | null];

// json_agg gives `timestamp without time zone` as ISO text without an offset; Prisma stores UTC.
function utc(timestamp: string): Date {
  return new Date(/[Zz]|[+-]\d\d:?\d\d$/.test(timestamp) ? timestamp : `${timestamp}Z`);
}

function parsed<T>(json: unknown): T[] {
  return (typeof json === "string" ? JSON.parse(json) : json) as T[];
}

/**
 * The facts the statistics read, for the published reports of the given exchanges: one query,
 * with each report's events and required items aggregated as JSON, and its votes from the counts
 * castVote keeps on the report (recountAllReportVotes restores them after a bulk load). At the
 * largest exchange of the benchmark (226,000 reports) this is several times faster than loading
 * the relations through Prisma.
 */
export async function loadFacts(client: Client, exchangeIds: readonly string[]): Promise<ExchangeReportFact[]> {
  if (exchangeIds.length === 0) return [];
  const rows = await queryFacts(client, Prisma.sql`r."exchangeId" = ANY(${[...exchangeIds]}::text[]) AND r."status" = 'PUBLISHED' AND r."deletedAt" IS NULL`);
  return rows.map(toFact);
}

/**
 * The facts of the given reports, published or not; `counted`: published and not deleted, so in
 * its guide. For the incremental aggregates, which move by a report's contribution before and
 * after a write.
 */
export async function loadFactsOfReports(client: Client, reportIds: readonly string[]): Promise<(ExchangeReportFact & { counted: boolean })[]> {
  if (reportIds.length === 0) return [];
  const rows = await queryFacts(client, Prisma.sql`r."id" = ANY(${[...reportIds]}::text[])`);
  return rows.map((row) => ({ ...toFact(row), counted: row.counted }));
}

function queryFacts(client: Client, where: Prisma.Sql): Promise<FactRow[]> {
  return client.$queryRaw<FactRow[]>`
    SELECT r."id", (r."status" = 'PUBLISHED' AND r."deletedAt" IS NULL) AS "counted", r."exchangeId", r."outcome"::text AS "outcome", r."createdAt", r."incidentMonth",
           r."contactChannel"::text AS "contactChannel", r."contactPath", r."inquiryLanguage", r."replyLanguages", r."textLanguage",
           r."helpfulVotes", r."voteCount",
           (SELECT coalesce(json_agg(json_build_array(e."kind", e."occurredAt", e."precision", e."language", e."position")), '[]'::json)
              FROM "TimelineEvent" e WHERE e."reportId" = r."id") AS "events",
           (SELECT coalesce(json_agg(json_build_array(i."code", ri."note")), '[]'::json)
              FROM "ReportRequiredItem" ri JOIN "RequiredItem" i ON i."id" = ri."itemId" WHERE ri."reportId" = r."id") AS "items"
    FROM "Report" r
    WHERE ${where}`;
}

function toFact(row: FactRow): ExchangeReportFact {
  return {
    id: row.id,
    exchangeId: row.exchangeId,
    outcome: row.outcome,
    createdAt: row.createdAt,
    incidentMonth: row.incidentMonth,
    contactChannel: row.contactChannel,
    contactPath: row.contactPath,
    inquiryLanguage: row.inquiryLanguage,
    replyLanguages: row.replyLanguages,
    textLanguage: row.textLanguage,
    votes: { helpful: row.helpfulVotes, notHelpful: row.voteCount - row.helpfulVotes },
    timeline: parsed<EventTuple>(row.events).map(([kind, occurredAt, precision, language, position]) => ({ kind, occurredAt: utc(occurredAt), precision, language, position })),
    requiredItems: parsed<ItemTuple>(row.items).map(([code, note]) => ({ code, note })),
  };
}
