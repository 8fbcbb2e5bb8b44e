import type { z } from "zod";

// Field errors as catalogue keys, by field path ("events.2.day"), shared by every form, the
// server actions and the API: the browser and the server name an error the same way, and each
// side translates it only when it shows it.

export type FieldError = { key: string; values?: Record<string, number> };

export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

/** The first error of each field, with the limit a "too long" or "too short" message needs. */
export function toFieldErrorKeys(issues: readonly z.core.$ZodIssue[]): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  for (const issue of issues) {
    const key = pathKey(issue.path);
    if (errors[key]) continue;
    const values: Record<string, number> | undefined =
      issue.code === "too_big" ? { max: Number(issue.maximum) } : issue.code === "too_small" ? { min: Number(issue.minimum) } : undefined;
    errors[key] = values ? { key: issue.message, values } : { key: issue.message };
  }
  return errors;
}

export function translateFieldErrors(errors: Record<string, FieldError>, translate: (key: string, values?: Record<string, number>) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([path, error]) => [path, translate(error.key, error.values)]));
}
