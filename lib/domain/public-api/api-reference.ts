import type { OpenApiDocument } from "./openapi";

// What the developers page shows of the OpenAPI document (buildOpenApiDocument): each operation,
// its parameters' values, and the "Try it" form that sends a GET with the reader's values.

export type OpenApiParameterSchema = { enum?: readonly unknown[]; default?: unknown; type?: string; maximum?: number; minimum?: number };
export type OpenApiParameter = { name: string; in: string; required: boolean; schema: OpenApiParameterSchema };
export type OpenApiOperation = {
  operationId: string;
  parameters?: readonly OpenApiParameter[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
};

/** One field of the "Try it" form: where the value goes, the choices when the schema lists them, and what it starts with. */
export type TryParameter = { name: string; in: "path" | "query"; required: boolean; choices: readonly string[] | null; example: string };

// What "Try it" fills in first: a slug that exists in every catalogue; an id must come from a list.
const EXAMPLES: Readonly<Record<string, string>> = { slug: "kraken" };

/** Every path of the document with its GET operation, in the document's order. */
export function listApiOperations(document: OpenApiDocument): { path: string; operation: OpenApiOperation }[] {
  return Object.entries(document.paths).map(([path, item]) => ({ path, operation: (item as { get: OpenApiOperation }).get }));
}

/** A parameter's values as the reference table shows them: its choices, a number range, or its type. */
export function describeParameterValues(schema: OpenApiParameterSchema): string {
  if (schema.enum) return schema.enum.join(" | ");
  if (schema.type === "integer" || schema.type === "number") return `${schema.type} ${schema.minimum ?? ""}–${schema.maximum ?? ""}`;
  return schema.type ?? "string";
}

/** The "Try it" form's fields for an operation's parameters. */
export function tryParameters(parameters: readonly OpenApiParameter[]): TryParameter[] {
  return parameters.map((parameter) => ({
    name: parameter.name,
    in: parameter.in === "path" ? "path" : "query",
    required: parameter.required,
    choices: parameter.schema.enum ? parameter.schema.enum.map(String) : null,
    example: EXAMPLES[parameter.name] ?? (parameter.required && parameter.schema.default !== undefined ? String(parameter.schema.default) : ""),
  }));
}

/** The address "Try it" sends its GET to: path parameters filled in (encoded), empty query parameters left out. */
export function tryRequestPath(path: string, parameters: readonly TryParameter[], values: Readonly<Record<string, string>>): string {
  let filled = path;
  const query = new URLSearchParams();
  for (const parameter of parameters) {
    const value = (values[parameter.name] ?? "").trim();
    if (parameter.in === "path") filled = filled.replace(`{${parameter.name}}`, encodeURIComponent(value));
    else if (value !== "") query.set(parameter.name, value);
  }
  const search = query.toString();
  return `/api/v1${filled}${search ? `?${search}` : ""}`;
}
