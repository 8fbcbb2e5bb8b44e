import { describe, expect, it } from "vitest";
import { FlagReason, LockoutCause } from "@/lib/generated/prisma/enums";
import { FLAG_REASONS } from "@/lib/validation/flag";
import { LOCKOUT_CAUSES } from "@/lib/validation/report-vocabulary";

// Client components may not import Prisma's generated code (eslint-rules/layers.mjs), so the
// lists they show are spelled out in lib/validation. These must stay the schema's enums exactly:
// a missing value cannot be chosen, an extra one fails when the server writes it.
describe("lists in lib/validation that mirror Prisma enums", () => {
  it("FLAG_REASONS is FlagReason", () => {
    expect([...FLAG_REASONS].sort()).toEqual(Object.values(FlagReason).sort());
  });

  it("LOCKOUT_CAUSES is LockoutCause", () => {
    expect([...LOCKOUT_CAUSES].sort()).toEqual(Object.values(LockoutCause).sort());
  });
});
