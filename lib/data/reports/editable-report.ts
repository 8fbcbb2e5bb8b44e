import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { eventOrder, reportContentSelect } from "./report-detail";

/** A report as its author wrote it, with what the edit form and a full edit compare. */
export const editableSelect = {
  status: true,
  heldReasons: true,
  exchange: { select: { slug: true } },
  ...reportContentSelect,
  events: {
    select: { kind: true, occurredAt: true, precision: true, language: true, note: true, noteTranslation: true, position: true },
    orderBy: eventOrder,
  },
  requiredItems: { select: { note: true, noteTranslation: true, item: { select: { code: true, sortOrder: true } } }, orderBy: { item: { sortOrder: "asc" } } },
} satisfies Prisma.ReportSelect;
export type EditableRow = Prisma.ReportGetPayload<{ select: typeof editableSelect }>;
