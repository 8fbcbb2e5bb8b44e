import { z } from "zod";

// What a user decides when they delete their account, shared by the form and the server action.
// Error messages are catalogue keys of the "accountData.delete.errors" messages.

/** keep: the reports stay, authored by the shared "deleted user"; delete: they go with the account. */
export const REPORT_FATES = ["keep", "delete"] as const;
export type ReportFate = (typeof REPORT_FATES)[number];

export const DeleteAccountInputSchema = z.object({
  reports: z.enum(REPORT_FATES, { error: "chooseReports" }),
  // A checkbox: Conform reads a ticked one as true and an unticked one as missing.
  confirmed: z.boolean({ error: "confirmRequired" }).refine((ticked) => ticked, { error: "confirmRequired" }),
});
export type DeleteAccountInput = z.infer<typeof DeleteAccountInputSchema>;

/** The export's format name: a reader of an old file knows which shape it holds. */
export const ACCOUNT_EXPORT_FORMAT = "recovery-atlas/account-export@1";
