import { z } from "zod";
import { hasControlCharacters } from "./text";

// A reader's flag on a published report. Messages are keys under moderation.flag.errors.

export const FLAG_DETAILS_MAX = 1000;

// Spelled out rather than imported from Prisma's generated enums: the flag form is a client
// component, and generated Prisma code must stay out of the browser bundle. A unit test
// (tests/unit/prisma-enum-mirrors.test.ts) fails when this list and the schema's enum drift apart.
export const FLAG_REASONS = ["SCAM_CONTACT", "PERSONAL_DATA", "SPAM", "INACCURATE", "OTHER"] as const;

export type FlagReason = (typeof FLAG_REASONS)[number];

/** The catalogue keys (moderation.flag.errors) this schema's issues carry. */
export const FLAG_FIELD_ERRORS = ["reasonRequired", "detailsRequired", "detailsTooLong", "detailsInvalidCharacters"] as const;

export const FlagReasonSchema = z.enum(FLAG_REASONS, { error: "reasonRequired" });

// Missing, null or blank is "no details": a form post leaves an empty field out (Conform reads
// "" as missing), a JSON body may send null.
export const FlagDetailsSchema = z
  .string()
  .trim()
  .max(FLAG_DETAILS_MAX, { error: "detailsTooLong" })
  .refine((value) => !hasControlCharacters(value), { error: "detailsInvalidCharacters" })
  .nullish()
  .transform((value) => value || null);

export const FlagInputSchema = z
  .object({
    reason: FlagReasonSchema,
    details: FlagDetailsSchema,
  })
  .superRefine((input, ctx) => {
    // "Other" says nothing by itself: the moderator needs the reader's words.
    if (input.reason === "OTHER" && input.details === null) {
      ctx.addIssue({ code: "custom", path: ["details"], message: "detailsRequired" });
    }
  });

export type FlagInput = z.infer<typeof FlagInputSchema>;
