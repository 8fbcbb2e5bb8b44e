import { z } from "zod";
import { ReportInputSchema } from "./report";

// The report as its form posts it. The form lists the whole vocabulary of required items, each
// row named by its place in the vocabulary ("requiredItems[3].code" is a checkbox, ticked or not),
// so the page needs no script to show them. The schema sees only the ticked rows, in vocabulary
// order: the same array, and the same error paths ("requiredItems.1.note" is the second ticked
// item), as a report sent by the API.

/** The posted rows of required items whose checkbox was ticked; everything else as posted. */
export function keepTickedItems(posted: unknown): unknown {
  if (typeof posted !== "object" || posted === null || !("requiredItems" in posted)) return posted;
  const rows = (posted as { requiredItems: unknown }).requiredItems;
  if (!Array.isArray(rows)) return posted;
  const ticked = rows.filter((row: unknown) => typeof row === "object" && row !== null && typeof (row as { code?: unknown }).code === "string" && (row as { code: string }).code !== "");
  return { ...posted, requiredItems: ticked };
}

export const ReportFormSchema = z.preprocess(keepTickedItems, ReportInputSchema);
