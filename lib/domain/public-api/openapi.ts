import { z } from "zod";
import { ComparisonApiQuerySchema, ReportListQuerySchema } from "../../validation/public-api";
import { EXPORT_LICENCE_URL } from "./export-format";
import { ComparisonSchema, ExchangeListSchema, GuideSchema, ProblemSchema, ReportPageSchema, ReportSchema } from "./schemas";

// The OpenAPI 3.1 document of /api/v1, built from the zod schemas the handlers use. OpenAPI 3.1
// takes JSON Schema 2020-12 as is, which is z.toJSONSchema's default target.

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

export const API_COMPONENTS = {
  Problem: ProblemSchema,
  ExchangeList: ExchangeListSchema,
  Guide: GuideSchema,
  Comparison: ComparisonSchema,
  Report: ReportSchema,
  ReportPage: ReportPageSchema,
} as const;
export type ApiComponent = keyof typeof API_COMPONENTS;

function queryParameters(schema: z.ZodObject) {
  const { properties = {}, required = [] } = jsonSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: "query",
    required: required.includes(name),
    ...(typeof property.description === "string" ? { description: property.description } : {}),
    schema: property,
  }));
}

const ref = (name: ApiComponent) => ({ $ref: `#/components/schemas/${name}` });
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });
const COMMON_ERRORS = {
  "304": { description: "Not modified: the If-None-Match entity tag still matches" },
  "400": problem("A query parameter is unknown or not valid"),
  "429": problem("Too many requests from this client; see Retry-After"),
  "500": problem("Unexpected error"),
};

function getOperation({ id, summary, component, parameters = [], notFound = false }: { id: string; summary: string; component: ApiComponent; parameters?: unknown[]; notFound?: boolean }) {
  return {
    get: {
      operationId: id,
      summary,
      parameters,
      responses: {
        "200": { description: "OK", content: { "application/json": { schema: ref(component) } } },
        ...COMMON_ERRORS,
        ...(notFound ? { "404": problem("No such resource") } : {}),
      },
    },
  };
}

function exportOperation(id: string, summary: string, mediaType: string) {
  return { get: { operationId: id, summary, responses: { "200": { description: `One line per published report, licensed ${EXPORT_LICENCE_URL}`, content: { [mediaType]: { schema: { type: "string" } } } }, ...COMMON_ERRORS } } };
}

const pathParameter = (name: string, description: string) => ({ name, in: "path", required: true, description, schema: { type: "string" } });

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

export function buildOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Recovery Atlas public API",
      version: "1.0.0",
      description:
        "Read-only: the exchange catalogue, each guide's figures, the comparison and the published reports, as the site shows them. Every answer carries an ETag and Cache-Control; errors are application/problem+json.",
      license: { name: "CC BY 4.0", url: EXPORT_LICENCE_URL },
    },
    servers: [{ url: "/api/v1" }],
    paths: {
      "/exchanges": getOperation({ id: "listExchanges", summary: "The exchange catalogue with official links", component: "ExchangeList" }),
      "/exchanges/{slug}/guide": getOperation({ id: "getGuide", summary: "An exchange's guide figures", component: "Guide", parameters: [pathParameter("slug", "The exchange's slug")], notFound: true }),
      "/comparison": getOperation({ id: "getComparison", summary: "Every exchange on the comparison's figures", component: "Comparison", parameters: queryParameters(ComparisonApiQuerySchema) }),
      "/reports": getOperation({ id: "listReports", summary: "Published reports, newest first, a page at a time", component: "ReportPage", parameters: queryParameters(ReportListQuerySchema) }),
      "/reports/{id}": getOperation({ id: "getReport", summary: "One published report", component: "Report", parameters: [pathParameter("id", "The report's id")], notFound: true }),
      "/exports/reports.csv": exportOperation("exportReportsCsv", "Every published report as CSV", "text/csv"),
      "/exports/reports.jsonl": exportOperation("exportReportsJsonLines", "Every published report as JSON Lines", "application/jsonl"),
    },
    components: { schemas: Object.fromEntries(Object.entries(API_COMPONENTS).map(([name, schema]) => [name, jsonSchema(schema)])) as Record<ApiComponent, JsonSchema> },
  };
}
