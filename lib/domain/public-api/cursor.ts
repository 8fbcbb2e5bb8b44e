// Cursor pagination over reports, newest first: the cursor names the last report of a page by
// (createdAt, id), so the next page starts after it even while new reports arrive (keyset
// pagination; an offset would skip or repeat rows). Opaque to clients: base64url of JSON.

export type ReportCursor = { createdAt: Date; id: string };

export function encodeCursor({ createdAt, id }: ReportCursor): string {
  const json = JSON.stringify([createdAt.toISOString(), id]);
  return btoa(json).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The cursor a client sent back, or null when it is not one this API made. */
export function decodeCursor(text: string): ReportCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) return null;
  try {
    const parsed: unknown = JSON.parse(atob(text.replace(/-/g, "+").replace(/_/g, "/")));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [createdAt, id] = parsed as unknown[];
    if (typeof createdAt !== "string" || typeof id !== "string" || !/^[a-z0-9]{1,40}$/i.test(id)) return null;
    const date = new Date(createdAt);
    return Number.isNaN(date.getTime()) || date.toISOString() !== createdAt ? null : { createdAt: date, id };
  } catch {
    return null;
  }
}
