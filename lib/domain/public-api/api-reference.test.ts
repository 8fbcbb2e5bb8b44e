import { describe, expect, it } from "vitest";
import { describeParameterValues, listApiOperations, tryParameters, tryRequestPath, type OpenApiParameter } from "./api-reference";
import { buildOpenApiDocument } from "./openapi";

const operations = listApiOperations(buildOpenApiDocument());
const parametersOf = (path: string) => operations.find((entry) => entry.path === path)?.operation.parameters ?? [];

describe("listApiOperations", () => {
  it("lists every path of the document with its GET, in order", () => {
    expect(operations.map(({ path, operation }) => `${path} ${operation.operationId}`)).toEqual([
      "/exchanges listExchanges",
      "/exchanges/{slug}/guide getGuide",
      "/comparison getComparison",
      "/reports listReports",
      "/reports/{id} getReport",
      "/exports/reports.csv exportReportsCsv",
      "/exports/reports.jsonl exportReportsJsonLines",
    ]);
  });
});

describe("tryParameters", () => {
  it("puts a path parameter in the path, required, and starts the slug at an exchange every catalogue has", () => {
    expect(tryParameters(parametersOf("/exchanges/{slug}/guide"))).toEqual([{ name: "slug", in: "path", required: true, choices: null, example: "kraken" }]);
    // An id exists only once a report does: the reader copies one from the list.
    expect(tryParameters(parametersOf("/reports/{id}"))).toEqual([{ name: "id", in: "path", required: true, choices: null, example: "" }]);
  });

  it("offers an enum's values as choices and leaves optional parameters empty, so the server's defaults apply", () => {
    const fields = tryParameters(parametersOf("/reports"));
    expect(fields.map((field) => field.name)).toEqual(["exchange", "period", "outcome", "inquiryLanguage", "cursor", "limit"]);
    expect(fields.find((field) => field.name === "period")).toEqual({ name: "period", in: "query", required: false, choices: ["all", "12m", "36m"], example: "" });
    expect(fields.find((field) => field.name === "limit")).toEqual({ name: "limit", in: "query", required: false, choices: null, example: "" });
  });

  it("starts a required parameter at its default, as text, and turns non-string choices into text", () => {
    const parameter: OpenApiParameter = { name: "size", in: "query", required: true, schema: { type: "integer", enum: [10, 20], default: 10 } };
    expect(tryParameters([parameter])).toEqual([{ name: "size", in: "query", required: true, choices: ["10", "20"], example: "10" }]);
  });

  it("has no fields for an operation without parameters", () => {
    expect(tryParameters(parametersOf("/exchanges"))).toEqual([]);
  });
});

describe("tryRequestPath", () => {
  const fields = tryParameters([...parametersOf("/exchanges/{slug}/guide"), ...parametersOf("/reports")]);

  it("fills the path, encoded, and adds only the query parameters that have a value, trimmed", () => {
    expect(tryRequestPath("/exchanges/{slug}/guide", fields, { slug: " a/b ", period: "12m", outcome: "", limit: " 5 " })).toBe("/api/v1/exchanges/a%2Fb/guide?period=12m&limit=5");
  });

  it("encodes query values and sends no query string when every value is empty", () => {
    expect(tryRequestPath("/reports", fields, { cursor: "a&b=c" })).toBe("/api/v1/reports?cursor=a%26b%3Dc");
    expect(tryRequestPath("/reports", fields, {})).toBe("/api/v1/reports");
  });
});

describe("describeParameterValues", () => {
  it("shows choices, a number's range, or the type", () => {
    expect(describeParameterValues({ type: "string", enum: ["all", "12m"] })).toBe("all | 12m");
    expect(describeParameterValues({ type: "integer", minimum: 1, maximum: 200 })).toBe("integer 1–200");
    expect(describeParameterValues({ type: "number" })).toBe("number –");
    expect(describeParameterValues({})).toBe("string");
  });
});
