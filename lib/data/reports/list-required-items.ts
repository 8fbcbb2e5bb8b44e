import "server-only";
import { db } from "../../db";

export type RequiredItemOption = { code: string; labelEn: string; labelJa: string; descriptionEn: string; descriptionJa: string };

/** The shared vocabulary of what support asks for, in its display order. */
export function listRequiredItems(): Promise<RequiredItemOption[]> {
  return db().requiredItem.findMany({
    select: { code: true, labelEn: true, labelJa: true, descriptionEn: true, descriptionJa: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
}
