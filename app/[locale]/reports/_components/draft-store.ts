// Drafts of the report form in localStorage, one slot per user and form ("new", or "edit:<id>"),
// so a reload, a crash or an expired session loses nothing. The draft carries the form's
// idempotency key: a retry after a timeout returns the report the first attempt created.

/** The form's value as Conform holds it (names to strings and lists), with its idempotency key. */
export type DraftValues = Record<string, unknown> & { idempotencyKey: string };
export type StoredDraft = { savedAt: string; values: DraftValues };

const CHANGED = "recovery-atlas:drafts-changed";
const SUBMITTED = "recovery-atlas:submitted-draft";

export function draftStorageKey(userId: string, slot: string): string {
  return `recovery-atlas:report-draft:${userId}:${slot}`;
}

export function subscribeToDrafts(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

// Storage can be unavailable (private modes, quotas): drafts are a convenience, never an error.
export function readDraftText(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function parseDraft(text: string | null): StoredDraft | null {
  if (!text) return null;
  try {
    const draft = JSON.parse(text) as Partial<StoredDraft>;
    const values = draft.values;
    if (typeof draft.savedAt !== "string" || typeof values !== "object" || values === null || typeof values.idempotencyKey !== "string") return null;
    return { savedAt: draft.savedAt, values };
  } catch {
    return null;
  }
}

export function saveDraft(key: string, values: DraftValues, savedAt = new Date()): void {
  try {
    window.localStorage.setItem(key, JSON.stringify({ savedAt: savedAt.toISOString(), values } satisfies StoredDraft));
    window.dispatchEvent(new Event(CHANGED));
  } catch {
    // Not saved; the form still works.
  }
}

export function removeDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
    window.dispatchEvent(new Event(CHANGED));
  } catch {
    // Nothing to remove.
  }
}

/** Remembers which draft is being sent, so the page the server redirects to can remove it. */
export function markDraftSubmitted(key: string, idempotencyKey: string): void {
  try {
    window.sessionStorage.setItem(SUBMITTED, JSON.stringify({ key, idempotencyKey }));
  } catch {
    // The draft then stays until the author discards it.
  }
}

/** Called on the page a successful submission lands on: the draft that was sent is done. */
export function removeSubmittedDraft(): void {
  try {
    const marker = JSON.parse(window.sessionStorage.getItem(SUBMITTED) ?? "null") as { key?: unknown; idempotencyKey?: unknown } | null;
    window.sessionStorage.removeItem(SUBMITTED);
    if (!marker || typeof marker.key !== "string") return;
    const draft = parseDraft(readDraftText(marker.key));
    // A newer draft (the author started another report meanwhile) is kept.
    if (draft && draft.values.idempotencyKey === marker.idempotencyKey) removeDraft(marker.key);
  } catch {
    // Nothing to clean up.
  }
}

// What the author wrote, whatever shape the form gave it: empty fields, unticked rows and the
// hidden inputs are nothing, and one ticked box is the same as a list of one.
const NOT_WRITTEN = new Set(["idempotencyKey", "locale", "reportId"]);

function written(value: unknown): unknown {
  if (Array.isArray(value)) {
    const entries = value.map(written).filter((entry) => entry !== undefined);
    return entries.length === 0 ? undefined : entries.length === 1 ? entries[0] : entries;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value)
      .filter(([name]) => !NOT_WRITTEN.has(name))
      .map(([name, entry]) => [name, written(entry)] as const)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** True when a draft holds something the form does not show already. */
export function differsFrom(draft: DraftValues, shown: Record<string, unknown>): boolean {
  return JSON.stringify(written(draft)) !== JSON.stringify(written(shown));
}
