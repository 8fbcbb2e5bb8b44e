import { z } from "zod";
import { RecordIdSchema } from "./text";

/** As many reports as one page shows for one reader: a guide lists 10, a report page 20. */
export const VIEWER_MAX_REPORTS = 40;

/** GET /api/viewer: `?reports=<id>,<id>` (optional), the reports on the page whose per-reader parts to fill in. */
export const ViewerQuerySchema = z.strictObject({
  reports: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(",") : []))
    .pipe(z.array(RecordIdSchema).max(VIEWER_MAX_REPORTS)),
});
export type ViewerQuery = z.infer<typeof ViewerQuerySchema>;
