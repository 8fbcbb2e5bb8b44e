import "server-only";
import { db } from "../../db";
import { statsFromJson } from "../../domain/stats/stored-guide";
import { isExchangeSlug } from "../../validation/text";
import { exchangeNameSelect } from "../exchanges/exchange-select";

export type GuideCard = {
  slug: string;
  nameEn: string;
  nameJa: string;
  /** Published reports the stored figures were computed from. */
  n: number;
  /** Median days from first contact to resolution; null below the sample threshold or not reached. */
  medianResolutionDays: number | null;
};

/**
 * What a guide's link preview shows, from the stored statistics only (one row, no report read):
 * the preview image is fetched by crawlers on its own and must not cost a guide's render.
 */
export async function findGuideCard({ slug }: { slug: string }): Promise<GuideCard | null> {
  if (!isExchangeSlug(slug)) return null;
  const row = await db().exchange.findUnique({ where: { slug }, select: { ...exchangeNameSelect, guide: { select: { stats: true } } } });
  if (!row) return null;
  const stats = row.guide ? statsFromJson(row.guide.stats) : null;
  return { slug: row.slug, nameEn: row.nameEn, nameJa: row.nameJa, n: stats?.n ?? 0, medianResolutionDays: stats?.figures?.resolution.median ?? null };
}
