import { describe, expect, it } from "vitest";
import { listExchanges } from "@/lib/data/exchanges/list-exchanges";
import { bumpGuideVersion } from "@/lib/data/guides/guide-counters";
import { findGuide } from "@/lib/data/guides/find-guide";
import { findPublishedReport } from "@/lib/data/reports/find-report";
import { db } from "@/lib/db";
import { createExchange, createReport, createRequiredItem, createUser } from "../factories";
import { findExchange } from "../helpers/published";

describe("listExchanges", () => {
  it("counts only published reports that were not deleted", async () => {
    const prisma = db();
    const [exchange, author] = await Promise.all([createExchange(prisma), createUser(prisma)]);
    const owner = { exchangeId: exchange.id, authorId: author.id };
    await createReport(prisma, owner);
    await createReport(prisma, owner);
    await createReport(prisma, owner, { status: "PENDING_REVIEW" });
    await createReport(prisma, owner, { status: "HIDDEN" });
    await createReport(prisma, owner, { deletedAt: new Date() });

    const listed = (await listExchanges()).find((row) => row.slug === exchange.slug);
    expect(listed?.reportCount).toBe(2);
  });

  it("takes a count from the exchange's stored guide while it is current, and counts again once a write moved its version", async () => {
    const prisma = db();
    const [exchange, author] = await Promise.all([createExchange(prisma), createUser(prisma)]);
    const owner = { exchangeId: exchange.id, authorId: author.id };
    await createReport(prisma, owner);
    await createReport(prisma, owner);
    await prisma.$transaction((tx) => bumpGuideVersion(tx, exchange.id));
    await findGuide({ slug: exchange.slug });
    const countOf = async () => (await listExchanges()).find((row) => row.slug === exchange.slug)?.reportCount;
    expect(await countOf()).toBe(2);

    // Written past lib/data, which bumps the version in every write: the stored count stands…
    await createReport(prisma, owner);
    expect(await countOf()).toBe(2);
    // …until the version moves, as lib/data's writes move it; then the reports are counted.
    await prisma.$transaction((tx) => bumpGuideVersion(tx, exchange.id));
    expect(await countOf()).toBe(3);
  });

  it("finds an exchange by its Japanese name or an alias and lists exchanges with more reports first", async () => {
    const prisma = db();
    const author = await createUser(prisma);
    const quiet = await createExchange(prisma, { nameEn: "Quietcoin", nameJa: "クワイエットコイン", aliases: ["QC Markets"] });
    const busy = await createExchange(prisma, { nameEn: "Quietcoin Pro", nameJa: "クワイエットコインプロ" });
    await createReport(prisma, { exchangeId: busy.id, authorId: author.id });

    expect((await listExchanges({ query: "クワイエットコイン" })).map((row) => row.slug)).toEqual([quiet.slug, busy.slug]);
    expect((await listExchanges({ query: "qc markets" })).map((row) => row.slug)).toEqual([quiet.slug]);
    const all = (await listExchanges()).map((row) => row.slug);
    expect(all.indexOf(busy.slug)).toBeLessThan(all.indexOf(quiet.slug));
  });
});

describe("findExchange", () => {
  it("returns the exchange with its published reports in full, events in time order", async () => {
    const prisma = db();
    const [exchange, author, phone, selfie] = await Promise.all([
      createExchange(prisma, { notesEn: "English note", notesJa: "日本語のメモ" }),
      createUser(prisma, { displayName: "Kiyoshi" }),
      createRequiredItem(prisma, { sortOrder: 1 }),
      createRequiredItem(prisma, { sortOrder: 2 }),
    ]);
    const report = await createReport(
      prisma,
      { exchangeId: exchange.id, authorId: author.id },
      {
        tips: "Be patient",
        events: [
          { kind: "RESOLVED", day: "2026-02-10", note: "done" },
          { kind: "CONTACTED", day: "2026-02-01" },
          { kind: "HUMAN_REPLY", day: "2026-02-03" },
        ],
        itemIds: [selfie.id, phone.id],
      },
    );
    await createReport(prisma, { exchangeId: exchange.id, authorId: author.id }, { status: "HIDDEN" });

    const found = await findExchange({ slug: exchange.slug });
    expect(found?.notesJa).toBe("日本語のメモ");
    expect(found?.reports).toHaveLength(1);
    const [shown] = found?.reports ?? [];
    expect(shown?.id).toBe(report.id);
    expect(shown?.authorName).toBe("Kiyoshi");
    expect(shown?.events.map((event) => event.kind)).toEqual(["CONTACTED", "HUMAN_REPLY", "RESOLVED"]);
    expect(shown?.requiredItems.map((item) => item.code)).toEqual([phone.code, selfie.code]);
    expect(shown?.tips).toBe("Be patient");
  });

  it("returns null for an unknown slug", async () => {
    expect(await findExchange({ slug: "no-such-exchange" })).toBeNull();
  });
});

describe("findPublishedReport", () => {
  it("shows a published report and hides held, hidden and deleted ones", async () => {
    const prisma = db();
    const [exchange, author] = await Promise.all([createExchange(prisma), createUser(prisma)]);
    const owner = { exchangeId: exchange.id, authorId: author.id };
    const published = await createReport(prisma, owner);
    const held = await createReport(prisma, owner, { status: "PENDING_REVIEW" });
    const hidden = await createReport(prisma, owner, { status: "HIDDEN" });
    const deleted = await createReport(prisma, owner, { deletedAt: new Date() });

    expect((await findPublishedReport({ id: published.id }))?.exchange.slug).toBe(exchange.slug);
    for (const report of [held, hidden, deleted]) expect(await findPublishedReport({ id: report.id })).toBeNull();
  });
});
