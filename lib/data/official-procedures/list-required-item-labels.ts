import "server-only";
import { db } from "../../db";

/** The required-item vocabulary in its order, for the choices of the official facts' form. */
export function listRequiredItemLabels(): Promise<{ code: string; labelEn: string; labelJa: string }[]> {
  return db().requiredItem.findMany({ select: { code: true, labelEn: true, labelJa: true }, orderBy: { sortOrder: "asc" } });
}
