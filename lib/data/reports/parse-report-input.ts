import { toFieldErrorKeys } from "../../validation/field-errors";
import { ReportInputSchema, type ReportInput } from "../../validation/report";
import { ReportInputError } from "./report-input-error";

/** The report as the form's own schema reads it; its field errors as a ReportInputError. */
export function parseReportInput(input: unknown): ReportInput {
  const parsed = ReportInputSchema.safeParse(input);
  if (!parsed.success) throw new ReportInputError(toFieldErrorKeys(parsed.error.issues));
  return parsed.data;
}
