import { z } from "zod";
import { routing } from "../i18n/routing";
import { RecordIdSchema } from "./text";

/** GET /api/reports/<id>/body?locale=<locale>: a published report's body as a reader of that locale reads it. */
export const ReportBodyQuerySchema = z.strictObject({ id: RecordIdSchema, locale: z.enum(routing.locales) });
export type ReportBodyQuery = z.infer<typeof ReportBodyQuerySchema>;
