import "server-only";
import { SELF_SERVICE_NEEDS, type OfficialFact, type SelfServiceNeed } from "../../domain/official-procedure";
import type { Prisma } from "../../generated/prisma/client";

// The columns of an official fact every reader and writer in this folder uses, and their shape
// in lib/domain.

export const officialFactSelect = {
  id: true,
  kind: true,
  position: true,
  textEn: true,
  textJa: true,
  sourceUrl: true,
  sourceDate: true,
  checkedOn: true,
  language: true,
  selfService: true,
  selfServiceNeeds: true,
  requiredItemCodes: true,
  minHours: true,
  maxHours: true,
  channel: true,
} satisfies Prisma.OfficialFactSelect;

export type OfficialFactRow = Prisma.OfficialFactGetPayload<{ select: typeof officialFactSelect }>;

const isNeed = (code: string): code is SelfServiceNeed => (SELF_SERVICE_NEEDS as readonly string[]).includes(code);

export function toOfficialFact(row: OfficialFactRow): OfficialFact {
  // A code written by hand outside the form that the guide has no words for is left out.
  return { ...row, selfServiceNeeds: row.selfServiceNeeds.filter(isNeed) };
}

/** The fact as the audit log keeps it: plain JSON, days as "YYYY-MM-DD". */
export function auditSnapshot(row: OfficialFactRow): Prisma.InputJsonObject {
  const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
  return { ...row, sourceDate: day(row.sourceDate), checkedOn: day(row.checkedOn) };
}
