import type { z } from "zod";

// Field errors as catalogue keys, by field path ("events.2.day"), shared by every form, the
// server actions and the API: the browser and the server name an error the same way, and each
// side translates it only when it shows it.

export type FieldError = { key: string; values?: Record<string, number> };

export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

/** A field error's path ("events.2.day") as a form names its field ("events[2].day"). */
export function fieldNameOf(path: string): string {
  return path
    .split(".")
    .filter((segment) => segment !== "")
    .reduce((name, segment) => (/^\d+$/.test(segment) ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment), "");
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

/** A field's first issue as its error: Conform's `formatError`, so every form's errors have this one shape. */
export function firstFieldError(issues: readonly z.core.$ZodIssue[]): FieldError {
  const first = issues[0];
  if (!first) return { key: "invalid" };
  return Object.values(toFieldErrorKeys([first]))[0] ?? { key: "invalid" };
}
