import type { FieldError } from "../../validation/field-errors";
import { InvalidInputError } from "../errors";

/** A report that breaks a rule only the server can check (an unknown exchange or item, a timeline update); field errors are catalogue keys. */
export class ReportInputError extends InvalidInputError {
  constructor(fieldErrors: Record<string, FieldError>) {
    super(fieldErrors);
    this.name = "ReportInputError";
  }
}
