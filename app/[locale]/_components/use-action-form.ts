"use client";

import { useForm, type DefaultValue, type Submission } from "@conform-to/react";
import { startTransition, useActionState } from "react";
import type { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import type { FieldError } from "@/lib/validation/field-errors";
import { parseForm } from "@/lib/validation/parse-form";

type FormAction<Done> = (previous: FormState<Done>, formData: FormData) => Promise<FormState<Done>>;

/**
 * A form on a server action, with Conform: the schema runs in the browser first and the action's
 * FormState is the last result, so errors and typed values come back on the same fields. Without
 * JavaScript the form posts to the action by itself (give it `action={formAction}`); with it, the
 * form sends from onSubmit instead, where React's automatic reset after an action cannot drop what
 * was typed. `beforeSend` runs inside that transition (an optimistic update, for one).
 */
export function useActionForm<Input extends Record<string, unknown>, Output, Done>(
  action: FormAction<Done>,
  schema: z.ZodType<Output, Input>,
  options: { defaultValue?: DefaultValue<Input>; beforeSend?: (submission: Submission<Input, FieldError, Output> | undefined) => void } = {},
) {
  const [state, formAction, pending] = useActionState(action, {});
  const [form, fields] = useForm<Input, Output, FieldError>({
    lastResult: state.reply,
    defaultValue: options.defaultValue,
    onValidate: ({ formData }) => parseForm(formData, schema),
    onSubmit(event, { formData, submission }) {
      event.preventDefault();
      startTransition(() => {
        options.beforeSend?.(submission);
        formAction(formData);
      });
    },
  });
  return { state, formAction, pending, form, fields };
}
