import { buildOpenApiDocument } from "@/lib/domain/public-api/openapi";
import { CACHE_CONTROL } from "@/lib/domain/public-api/http";
import { EmptyQuerySchema } from "@/lib/validation/public-api";
import { jsonRoute, preflight } from "../_lib/public-api";

// GET /api/v1/openapi.json: the OpenAPI 3.1 document, built from the handlers' own zod schemas.
export const GET = jsonRoute({ query: EmptyQuerySchema, load: async () => buildOpenApiDocument(), cacheControl: CACHE_CONTROL.document });
export const OPTIONS = preflight;
