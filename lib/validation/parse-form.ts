import { parseWithZod } from "@conform-to/zod/v4";
import type { Intent } from "@conform-to/react";
import type { z } from "zod";
import { firstFieldError } from "./field-errors";

/**
 * A posted form read with its zod schema, in the browser (Conform's onValidate) and in the server
 * action alike: nested names ("events[0].day") become the schema's shape, and each field's error is
 * a FieldError (catalogue key and values), translated only where it is shown.
 */
export function parseForm<Schema extends z.ZodType>(payload: FormData | URLSearchParams, schema: Schema | ((intent: Intent | null) => Schema)) {
  return parseWithZod(payload, { schema, formatError: firstFieldError });
}
