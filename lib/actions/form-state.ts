import type { SubmissionResult } from "@conform-to/react";
import type { Failure, FailureCode } from "../data/failure";
import { fieldNameOf, type FieldError } from "../validation/field-errors";

// The one answer every server action behind a form gives. It must survive a post without
// JavaScript: the page is rendered again from this state, so it carries the values as typed
// (Conform's reply) as well as what went wrong.

/** A failure the form words from its own catalogue (`<namespace>.errors.<code>`). */
export type FormFailure = { code: Exclude<FailureCode, "invalidInput">; retryAfterSeconds?: number; signInUrl?: string };

export type FormState<Done = true> = {
  /** Conform's reply: values as submitted and field errors, so nothing typed is lost. */
  reply?: SubmissionResult<FieldError>;
  failure?: FormFailure;
  /** What a successful action has to show on the same page (a redirect needs nothing). */
  done?: Done;
};

type Replying = { reply: (options?: { formErrors?: FieldError; fieldErrors?: Record<string, FieldError>; resetForm?: boolean }) => SubmissionResult<FieldError> };

/**
 * The state after a failure: field errors from the server's own rules go next to their fields,
 * anything else is a form-level failure; the values come back either way.
 */
export function failedState(submission: Replying | null, failure: Failure, options: { signInUrl?: string } = {}): FormState<never> {
  if (failure.code === "invalidInput") {
    // lib/data names a field by its path ("events.2.day"), the form by its input name.
    const fieldErrors = Object.fromEntries(Object.entries(failure.fieldErrors).map(([path, error]) => [fieldNameOf(path), error]));
    return { reply: submission?.reply({ fieldErrors }) };
  }
  const formFailure: FormFailure = { code: failure.code };
  if (failure.code === "rateLimited" || failure.code === "unavailable") formFailure.retryAfterSeconds = failure.retryAfterSeconds;
  if (failure.code === "notSignedIn" && options.signInUrl) formFailure.signInUrl = options.signInUrl;
  return { reply: submission?.reply(), failure: formFailure };
}
