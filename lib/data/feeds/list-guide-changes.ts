import "server-only";
import { db } from "../../db";
import type { ChangeSignalFeedItem, OfficialEditFeedItem } from "../../domain/feeds/feed-entries";
import { summarizeOfficialEdit, type OfficialEditSnapshot } from "../../domain/official-fact-history";
import { statsFromJson } from "../../domain/stats/stored-guide";
import { isExchangeSlug } from "../../validation/text";
import { exchangeNameSelect } from "../exchanges/exchange-select";
import { FEED_ENTRY_LIMIT } from "./list-feed-reports";

export type GuideChanges = {
  exchange: { slug: string; nameEn: string; nameJa: string; createdAt: Date };
  /** Edits of the exchange's official facts, newest first: what changed, never who changed it. */
  edits: OfficialEditFeedItem[];
  /** The stored guide's change signal while it is raised (recent reports list other items), else null. */
  changeSignal: ChangeSignalFeedItem | null;
  /** Labels of the required items the signal names. */
  itemLabels: { code: string; labelEn: string; labelJa: string }[];
};

const snapshot = (value: unknown): OfficialEditSnapshot => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

/** What changed in an exchange's guide, for its change feed; null for an unknown exchange. */
export async function listGuideChanges({ slug }: { slug: string }): Promise<GuideChanges | null> {
  if (!isExchangeSlug(slug)) return null;
  const exchange = await db().exchange.findUnique({ where: { slug }, select: { id: true, ...exchangeNameSelect, createdAt: true } });
  if (!exchange) return null;
  const [rows, guide] = await Promise.all([
    db().officialFactEdit.findMany({
      where: { exchangeId: exchange.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: FEED_ENTRY_LIMIT,
      select: { id: true, kind: true, before: true, after: true, createdAt: true },
    }),
    db().exchangeGuide.findUnique({ where: { exchangeId: exchange.id }, select: { stats: true, computedAt: true } }),
  ]);
  const edits = rows.map((row) => {
    const summary = summarizeOfficialEdit({ kind: row.kind, before: snapshot(row.before), after: snapshot(row.after) });
    return { id: row.id, kind: row.kind, at: row.createdAt, subject: summary.subject, text: summary.text };
  });
  const change = guide ? statsFromJson(guide.stats)?.figures?.procedureChange : undefined;
  const changeSignal = guide && change?.changed ? { items: change.items.map(({ code, difference }) => ({ code, difference })), computedAt: guide.computedAt } : null;
  const codes = changeSignal?.items.map((item) => item.code) ?? [];
  const itemLabels = codes.length > 0 ? await db().requiredItem.findMany({ where: { code: { in: codes } }, select: { code: true, labelEn: true, labelJa: true } }) : [];
  const { id: _id, ...names } = exchange;
  return { exchange: names, edits, changeSignal, itemLabels };
}
