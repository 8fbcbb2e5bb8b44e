import { z } from "zod";

// Sign-in and account inputs. The forms import these for instant feedback and the server parses
// again. Error messages are codes; the UI shows the matching text from the "auth" catalogue.

export const EMAIL_ERRORS = ["required", "tooLong", "invalid"] as const;
export type EmailError = (typeof EMAIL_ERRORS)[number];

export const DISPLAY_NAME_ERRORS = ["required", "tooShort", "tooLong", "containsEmail", "invalidCharacters"] as const;
export type DisplayNameError = (typeof DISPLAY_NAME_ERRORS)[number];

export const DISPLAY_NAME_MIN = 2;
export const DISPLAY_NAME_MAX = 40;

/** Lower-cased and trimmed like Auth.js's own normaliser, so scripts and sign-in agree on the address. */
export const EmailSchema = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "required" })
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "invalid" }));

// NFKC first, so that full-width "＠" or "．" cannot smuggle an address past the check.
const EMAIL_IN_TEXT = /[^\s@]+@[^\s@]+\.[^\s@]+/u;
// Control characters, and invisible formatting ones that make two names look alike.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

// Lengths count code points, so an emoji or a rare kanji outside the BMP counts as one character.
export const DisplayNameSchema = z
  .string({ error: "required" })
  .transform((value) => value.normalize("NFKC").replace(/\s+/gu, " ").trim())
  .pipe(
    z
      .string()
      .refine((value) => value.length > 0, { error: "required", abort: true })
      .refine((value) => !INVISIBLE.test(value), { error: "invalidCharacters", abort: true })
      .refine((value) => [...value].length >= DISPLAY_NAME_MIN, { error: "tooShort", abort: true })
      .refine((value) => [...value].length <= DISPLAY_NAME_MAX, { error: "tooLong", abort: true })
      .refine((value) => !EMAIL_IN_TEXT.test(value), { error: "containsEmail" }),
  );

export const SignInInputSchema = z.object({ email: EmailSchema });
export type SignInInput = z.infer<typeof SignInInputSchema>;

export const DisplayNameInputSchema = z.object({ displayName: DisplayNameSchema });
export type DisplayNameInput = z.infer<typeof DisplayNameInputSchema>;

export type FieldErrors<Field extends string, Code extends string> = Partial<Record<Field, Code>>;

/** The first error code of each field that failed. */
export function fieldErrorsOf<Field extends string, Code extends string>(
  error: z.ZodError,
  codes: readonly Code[],
): FieldErrors<Field, Code> {
  const flattened = z.flattenError(error).fieldErrors as Partial<Record<Field, string[]>>;
  const result: FieldErrors<Field, Code> = {};
  for (const [field, messages] of Object.entries(flattened) as [Field, string[] | undefined][]) {
    const first = messages?.[0];
    // An unexpected message (zod's own, e.g. a wrong type) shows as the field's generic error.
    result[field] = (codes as readonly string[]).includes(first ?? "") ? (first as Code) : (codes[0] as Code);
  }
  return result;
}
