import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { GET as getComparison } from "@/app/api/v1/comparison/route";
import { GET as getGuide } from "@/app/api/v1/exchanges/[slug]/guide/route";
import { GET as getExchanges } from "@/app/api/v1/exchanges/route";
import { GET as getCsv } from "@/app/api/v1/exports/reports.csv/route";
import { GET as getJsonLines } from "@/app/api/v1/exports/reports.jsonl/route";
import { GET as getDocument } from "@/app/api/v1/openapi.json/route";
import { GET as getReport } from "@/app/api/v1/reports/[id]/route";
import { GET as getReports } from "@/app/api/v1/reports/route";
import { buildOpenApiDocument, type ApiComponent } from "@/lib/domain/public-api/openapi";

// Calls the /api/v1 route handlers as Next would, and checks answers against the OpenAPI
// document the API serves: a body that does not match its schema fails the test.

const ORIGIN = "http://localhost:3000/api/v1";

const document = buildOpenApiDocument();
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
for (const [name, schema] of Object.entries(document.components.schemas)) ajv.addSchema(schema, `#/components/schemas/${name}`);

/** The body, after checking it against the document's schema `component`. */
export async function expectValid<T = unknown>(response: Response, component: ApiComponent): Promise<T> {
  const body: unknown = await response.json();
  const validate = ajv.getSchema(`#/components/schemas/${component}`);
  if (!validate) throw new Error(`No schema ${component}`);
  if (!validate(body)) throw new Error(`${component} does not match the OpenAPI document: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`);
  return body as T;
}

function request(path: string, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${path}`, { headers });
}

type Routes = Record<string, (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>>;
const routes = { getComparison, getExchanges, getReports, getDocument, getCsv, getJsonLines } as unknown as Routes;

/** GET `path` under /api/v1 through its route handler. */
export async function apiGet(path: string, headers: Record<string, string> = {}): Promise<Response> {
  const pathname = path.split("?")[0] ?? "";
  const guide = /^\/exchanges\/([^/]+)\/guide$/.exec(pathname);
  if (guide) return getGuide(request(path, headers), { params: Promise.resolve({ slug: decodeURIComponent(guide[1] ?? "") }) });
  const report = /^\/reports\/([^/]+)$/.exec(pathname);
  if (report) return getReport(request(path, headers), { params: Promise.resolve({ id: decodeURIComponent(report[1] ?? "") }) });
  const handler = {
    "/exchanges": routes.getExchanges,
    "/comparison": routes.getComparison,
    "/reports": routes.getReports,
    "/openapi.json": routes.getDocument,
    "/exports/reports.csv": routes.getCsv,
    "/exports/reports.jsonl": routes.getJsonLines,
  }[pathname];
  if (!handler) throw new Error(`No route for ${path}`);
  return handler(request(path, headers));
}
