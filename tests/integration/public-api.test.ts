import { createHash } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createReport as writeReport } from "@/lib/data/reports/create-report";
import { db } from "@/lib/db";
import { EXPORT_COLUMNS } from "@/lib/domain/public-api/export-format";
import { publicApiLimit, windowStartOf } from "@/lib/domain/rate-limit-policy";
import type { ApiReport } from "@/lib/domain/public-api/schemas";
import { seedDatabase } from "@/scripts/db/seed";
import { createExchange, createReport, createUser, reportInputDraft } from "../factories";
import { apiGet, expectValid } from "../helpers/public-api-client";

// The public API and the exports, end to end through the route handlers: every answer checked
// against the OpenAPI document, pages, filters, caching, limits, errors, and what must never leak.

// Outside a Next request there is no "after the response": deferred guide refreshes run at once.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), after: (task: () => Promise<unknown>) => void task() }));

const LONG_AGO = new Date("2020-01-01T00:00:00Z");
const AUTHOR_EMAIL = "author-private@example.com";
const PRIVATE_PHONE = "090-1234-5678";
const CASE_NOTE = "private case note 7b1f";

type Page = { data: ApiReport[]; nextCursor: string | null };

let fixture: { slug: string; otherSlug: string; published: string[]; hidden: string[]; redacted: string };

beforeAll(async () => {
  const prisma = db();
  await seedDatabase(prisma, { onlyIfEmpty: true });
  const [exchange, other, author] = await Promise.all([createExchange(prisma), createExchange(prisma), createUser(prisma, { email: AUTHOR_EMAIL, createdAt: LONG_AGO })]);
  const ids = { exchangeId: exchange.id, authorId: author.id };
  const published = [];
  for (const [index, fields] of [
    {},
    { outcome: "REJECTED" as const, events: [{ kind: "CONTACTED" as const, day: "2026-01-05" }, { kind: "REJECTED" as const, day: "2026-01-20" }] },
    { inquiryLanguage: "en" },
    { inquiryLanguage: "ko" },
    { incidentMonth: new Date("2019-03-01T00:00:00Z") },
  ].entries()) {
    published.push((await createReport(prisma, ids, { ...fields, createdAt: new Date(Date.UTC(2026, 1, 1 + index)) })).id);
  }
  // Two reports created in the same millisecond: the cursor must still tell them apart.
  const sameMoment = new Date("2026-03-01T00:00:00Z");
  published.push((await createReport(prisma, ids, { createdAt: sameMoment })).id, (await createReport(prisma, ids, { createdAt: sameMoment })).id);
  await createReport(prisma, { exchangeId: other.id, authorId: author.id });

  const hidden = [
    (await createReport(prisma, ids, { status: "PENDING_REVIEW", heldReasons: ["PHONE"], summary: "held text 31c9" })).id,
    (await createReport(prisma, ids, { status: "HIDDEN", summary: "hidden text 31c9" })).id,
    (await createReport(prisma, ids, { deletedAt: new Date(), summary: "deleted text 31c9" })).id,
  ];
  // Through the real write path, which replaces personal data before storing anything.
  const written = await writeReport({
    actor: { id: author.id, role: author.role, bannedAt: null, createdAt: author.createdAt },
    input: reportInputDraft(exchange.slug, { summary: `Support verified me. My phone is ${PRIVATE_PHONE} if that matters.` }),
  });
  // Held for review (a phone number); a moderator publishing it publishes the stored, redacted text.
  await prisma.report.update({ where: { id: written.id }, data: { status: "PUBLISHED" } });
  published.push(written.id);
  await prisma.recoveryCase.create({ data: { ownerId: author.id, exchangeId: exchange.id, notes: CASE_NOTE, ticketReference: "TICKET-55aa" } });
  fixture = { slug: exchange.slug, otherSlug: other.slug, published, hidden, redacted: written.id };
});

beforeEach(async () => {
  await db().rateLimitBucket.deleteMany({ where: { key: { startsWith: "api.client:" } } });
});

async function walk(query: string): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const response = await apiGet(`/reports?${query}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(response.status).toBe(200);
    const page = await expectValid<Page>(response, "ReportPage");
    ids.push(...page.data.map((report) => report.id));
    cursor = page.nextCursor;
    pages++;
  } while (cursor !== null && pages < 50);
  return { ids, pages };
}

describe("/api/v1 contract", () => {
  it("answers every endpoint with bodies that match the OpenAPI document", async () => {
    const document = await apiGet("/openapi.json");
    expect(document.status).toBe(200);
    expect(((await document.json()) as { openapi: string }).openapi).toBe("3.1.0");

    const exchanges = await expectValid<{ data: { slug: string; officialLinks: unknown }[] }>(await apiGet("/exchanges"), "ExchangeList");
    expect(exchanges.data.find((exchange) => exchange.slug === fixture.slug)).toMatchObject({ reportCount: fixture.published.length, officialLinks: { officialDomains: [`${fixture.slug}.example`] } });

    const guide = await expectValid<{ n: number; figures: unknown; lastUpdated: string }>(await apiGet(`/exchanges/${fixture.slug}/guide`), "Guide");
    expect(guide.n).toBe(fixture.published.length);
    expect(guide.figures).not.toBeNull();
    for (const view of ["", "?period=12m&inquiryLanguage=ja", "?period=36m&inquiryLanguage=other"]) {
      const comparison = await expectValid<{ data: { exchange: string; n: number }[] }>(await apiGet(`/comparison${view}`), "Comparison");
      if (view === "") expect(comparison.data.find((row) => row.exchange === fixture.slug)?.n).toBe(fixture.published.length);
    }
    const report = await expectValid<ApiReport>(await apiGet(`/reports/${fixture.published[1]}`), "Report");
    expect(report).toMatchObject({ exchange: fixture.slug, outcome: "REJECTED", timeline: [{ kind: "CONTACTED", occurredAt: "2026-01-05T00:00:00.000Z" }, { kind: "REJECTED" }] });
  });

  it("pages through reports newest first with cursors, without gaps or repeats", async () => {
    const { ids, pages } = await walk(`exchange=${fixture.slug}&limit=2`);
    expect(pages).toBe(Math.ceil(fixture.published.length / 2));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(fixture.published));
  });

  it("filters by exchange, period, outcome and inquiry language", async () => {
    const ids = async (query: string) => new Set((await walk(`exchange=${fixture.slug}&${query}`)).ids);
    expect((await walk(`exchange=${fixture.otherSlug}`)).ids).toHaveLength(1);
    expect(await ids("outcome=REJECTED")).toEqual(new Set([fixture.published[1]]));
    expect(await ids("inquiryLanguage=en")).toEqual(new Set([fixture.published[2]]));
    expect(await ids("inquiryLanguage=other")).toEqual(new Set([fixture.published[3]]));
    const recent = await ids("period=36m");
    expect(recent.has(fixture.published[4] ?? "")).toBe(false);
    expect(recent.size).toBe(fixture.published.length - 1);
  });

  it("sends ETag and Cache-Control, and 304 when the client holds the same version", async () => {
    for (const path of ["/exchanges", `/exchanges/${fixture.slug}/guide`, "/comparison", `/reports?exchange=${fixture.slug}`, `/reports/${fixture.published[0]}`, "/openapi.json", "/exports/reports.csv"]) {
      const first = await apiGet(path);
      const etag = first.headers.get("ETag");
      expect(etag, path).toMatch(/^"[^"]+"$/);
      expect(first.headers.get("Cache-Control"), path).toMatch(/max-age=\d+/);
      expect(first.headers.get("Access-Control-Allow-Origin")).toBe("*");
      await first.body?.cancel();
      const again = await apiGet(path, { "If-None-Match": etag ?? "" });
      expect(again.status, path).toBe(304);
      expect(again.headers.get("ETag")).toBe(etag);
      expect(await again.text()).toBe("");
    }
  });

  it("answers errors as problem details", async () => {
    const cases: [string, number][] = [
      ["/reports?limit=0", 400],
      ["/reports?outcome=WON", 400],
      ["/reports?colour=red", 400],
      ["/reports?cursor=not-a-cursor", 400],
      ["/reports/doesnotexist", 404],
      [`/reports/${fixture.hidden[0]}`, 404],
      ["/exchanges/no-such-exchange/guide", 404],
    ];
    for (const [path, status] of cases) {
      const response = await apiGet(path);
      expect(response.status, path).toBe(status);
      expect(response.headers.get("Content-Type")).toBe("application/problem+json");
      expect(response.headers.get("ETag")).toBeTruthy();
      const problem = await expectValid<{ status: number }>(response, "Problem");
      expect(problem.status).toBe(status);
    }
  });

  it("refuses a client over its limit with 429 and Retry-After", async () => {
    const key = `api.client:${createHash("sha256").update("unknown").digest("hex")}`;
    const windowStart = windowStartOf(new Date(), publicApiLimit.windowSeconds);
    await db().rateLimitBucket.create({ data: { key, windowStart, count: publicApiLimit.limit } });
    const response = await apiGet("/exchanges");
    // A window that ended between the insert and the request gives a fresh bucket: then try once more.
    const refused = response.status === 429 ? response : (await db().rateLimitBucket.updateMany({ where: { key }, data: { count: publicApiLimit.limit } }), await apiGet("/exchanges"));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(refused.headers.get("Content-Type")).toBe("application/problem+json");
    await expectValid(refused, "Problem");
  });
});

describe("what the API and the exports never show", () => {
  it("leaves out e-mail addresses, unpublished reports, unredacted text and private cases", async () => {
    const bodies: string[] = [];
    for (const path of ["/exchanges", `/exchanges/${fixture.slug}/guide`, "/comparison", `/reports?exchange=${fixture.slug}&limit=200`, "/reports?limit=200", `/reports/${fixture.redacted}`, "/exports/reports.csv", "/exports/reports.jsonl"]) {
      const response = await apiGet(path);
      expect(response.status, path).toBe(200);
      bodies.push(await response.text());
    }
    const everything = bodies.join("\n");
    for (const secret of [AUTHOR_EMAIL, PRIVATE_PHONE, CASE_NOTE, "TICKET-55aa", "31c9", "heldReasons", "authorId", ...fixture.hidden]) expect(everything).not.toContain(secret);
    const redacted = JSON.parse(bodies[5] ?? "") as ApiReport;
    expect(redacted.texts.summary).toContain("Support verified me.");
  });
});

describe("the exports", () => {
  it("hold one line per published report, with the licence and every column", async () => {
    const published = await db().report.count({ where: { status: "PUBLISHED", deletedAt: null } });
    const csvResponse = await apiGet("/exports/reports.csv");
    expect(csvResponse.headers.get("Content-Type")).toMatch(/^text\/csv/);
    expect(csvResponse.headers.get("Content-Disposition")).toMatch(/attachment; filename="recovery-atlas-reports-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(csvResponse.headers.get("Link")).toContain("creativecommons.org/licenses/by/4.0");
    // Response.text() would drop the byte order mark that tells spreadsheets the file is UTF-8.
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csvResponse.arrayBuffer());
    expect(csv.startsWith(`\uFEFF${EXPORT_COLUMNS.join(",")}\r\n`)).toBe(true);
    // Rows end in the licence column; a row's cells may hold line breaks (the timeline).
    expect(csv.match(/CC BY 4\.0[^\r\n]*"\r\n/g)).toHaveLength(published);

    const lines = (await (await apiGet("/exports/reports.jsonl")).text()).trimEnd().split("\n");
    expect(lines).toHaveLength(published);
    const reports = lines.map((line) => JSON.parse(line) as ApiReport & { licence: string });
    expect(new Set(reports.map((report) => report.id)).size).toBe(published);
    expect(reports.every((report) => report.licence.startsWith("CC BY 4.0"))).toBe(true);
    expect(reports.map((report) => report.id)).toEqual(expect.arrayContaining(fixture.published));
  });
});
