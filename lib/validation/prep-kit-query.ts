import { z } from "zod";
import { routing } from "../i18n/routing";
import { ExchangeSlugSchema } from "./report-fields";

/** GET /api/exchanges/<slug>/prep-kit?locale=<locale>: the kit's facts for that exchange, as a reader of that locale gets them. */
export const PrepKitQuerySchema = z.strictObject({ slug: ExchangeSlugSchema, locale: z.enum(routing.locales) });
export type PrepKitQuery = z.infer<typeof PrepKitQuerySchema>;
