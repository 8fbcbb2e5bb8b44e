import "server-only";
import { db } from "../../db";
import { summarizeOfficialEdit, type OfficialEditKind, type OfficialEditSnapshot, type OfficialEditSummary } from "../../domain/official-fact-history";
import type { Actor } from "../../domain/permissions";
import { requireEditableExchange } from "./editable-exchange";

export type OfficialFactEditEntry = OfficialEditSummary & {
  id: string;
  kind: OfficialEditKind;
  at: Date;
  /** The editor's public name; null when they never chose one. Never their e-mail address. */
  editorName: string | null;
};

export const OFFICIAL_EDIT_HISTORY_LIMIT = 50;

const snapshot = (value: unknown): OfficialEditSnapshot => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

/** The latest changes to an exchange's official facts, newest first: only moderators and admins may read the log. */
export async function listOfficialFactEdits({ actor, slug }: { actor: Actor | null; slug: string }): Promise<OfficialFactEditEntry[]> {
  const { exchange } = await requireEditableExchange({ actor, slug, action: "read the official facts' change log" });
  const rows = await db().officialFactEdit.findMany({
    where: { exchangeId: exchange.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: OFFICIAL_EDIT_HISTORY_LIMIT,
    select: { id: true, kind: true, before: true, after: true, createdAt: true, editor: { select: { displayName: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    at: row.createdAt,
    editorName: row.editor.displayName,
    ...summarizeOfficialEdit({ kind: row.kind, before: snapshot(row.before), after: snapshot(row.after) }),
  }));
}
