import { z } from "zod";
import { FlagReason } from "../generated/prisma/enums";
import { hasControlCharacters } from "./text";

// A reader's flag on a published report. Messages are keys under moderation.flag.errors.

export const FLAG_DETAILS_MAX = 1000;

export const FlagReasonSchema = z.enum(FlagReason, { error: "reasonRequired" });

export const FlagDetailsSchema = z
  .string()
  .trim()
  .max(FLAG_DETAILS_MAX, { error: "detailsTooLong" })
  .refine((value) => !hasControlCharacters(value), { error: "detailsInvalidCharacters" })
  .transform((value) => (value === "" ? null : value));

export const FlagInputSchema = z
  .object({
    reason: FlagReasonSchema,
    details: z.preprocess((value) => value ?? "", FlagDetailsSchema),
  })
  .superRefine((input, ctx) => {
    // "Other" says nothing by itself: the moderator needs the reader's words.
    if (input.reason === "OTHER" && input.details === null) {
      ctx.addIssue({ code: "custom", path: ["details"], message: "detailsRequired" });
    }
  });

export type FlagInput = z.infer<typeof FlagInputSchema>;
