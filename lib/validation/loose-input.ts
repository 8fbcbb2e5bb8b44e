// For rules that read input before (or without) its schema has accepted it: whatever is not the
// expected shape reads as empty, and the field's own schema reports it.

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}
