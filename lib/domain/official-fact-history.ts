import { OFFICIAL_FACT_KINDS, type OfficialFactKind } from "./official-procedure";

// The audit log of official facts (OfficialFactEdit) as the edit page lists it: what an edit was
// about and which fields it changed, read from the before/after snapshots the writers store.

export type OfficialEditKind = "CREATED" | "UPDATED" | "DELETED";

export type OfficialEditSnapshot = Record<string, unknown> | null;

export type OfficialEditSummary = {
  /** A fact's kind, or "PROCEDURE" for the record of the search itself (recoveryPageFound, checkedOn). */
  subject: OfficialFactKind | "PROCEDURE";
  /** Fields whose values differ between the snapshots, in the snapshot's order; empty for creations and deletions. */
  changedFields: string[];
  /** The fact's text after the edit, or before it for a deletion. */
  text: { en: string; ja: string } | null;
};

const asKind = (value: unknown): OfficialFactKind | null => (OFFICIAL_FACT_KINDS as readonly unknown[]).includes(value) ? (value as OfficialFactKind) : null;
const asText = (value: unknown): string => (typeof value === "string" ? value : "");

export function summarizeOfficialEdit({ kind, before, after }: { kind: OfficialEditKind; before: OfficialEditSnapshot; after: OfficialEditSnapshot }): OfficialEditSummary {
  const shown = kind === "DELETED" ? before : (after ?? before);
  const factKind = asKind(shown?.kind);
  const changedFields =
    kind === "UPDATED" && before && after
      ? Object.keys(after).filter((field) => field !== "id" && JSON.stringify(after[field]) !== JSON.stringify(before[field]))
      : [];
  return {
    subject: factKind ?? "PROCEDURE",
    changedFields,
    text: factKind && shown ? { en: asText(shown.textEn), ja: asText(shown.textJa) } : null,
  };
}
