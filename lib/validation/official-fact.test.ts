import { describe, expect, it } from "vitest";
import { ContactChannel, OfficialFactKind, SelfServiceAvailability } from "@/lib/generated/prisma/enums";
import { OFFICIAL_FACT_KINDS, SELF_SERVICE_AVAILABILITIES } from "../domain/official-procedure";
import { CONTACT_CHANNELS } from "../domain/stats/types";
import { officialFactSchema } from "./official-fact";
import { toFieldErrorKeys } from "./field-errors";

const schema = officialFactSchema(["coinbase.com"]);
const valid = {
  kind: "PROCESSING_TIME",
  textEn: "May take 48-72 hours.",
  textJa: "48〜72時間かかる場合があります。",
  sourceUrl: "https://help.coinbase.com/en/contact-us/support-faq/coinbase/2-step-verification-account-recovery",
  checkedOn: "2026-12-02",
  minHours: 48,
  maxHours: 72,
};

const errorsOf = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? {} : toFieldErrorKeys(result.error.issues);
};

describe("officialFactSchema", () => {
  it("accepts a fact sourced on an official subdomain, with defaults for the lists", () => {
    const result = schema.parse(valid);
    expect(result).toMatchObject({ ...valid, position: 0, selfServiceNeeds: [], requiredItemCodes: [] });
  });

  it("refuses a source off the exchange's official domains", () => {
    expect(errorsOf({ ...valid, sourceUrl: "https://coinbase-help.pages.dev/recover" })).toEqual({ sourceUrl: { key: "official.errors.notOfficialDomain" } });
    expect(errorsOf({ ...valid, sourceUrl: "https://coinbase.com.example.net/" })).toEqual({ sourceUrl: { key: "official.errors.notOfficialDomain" } });
    expect(errorsOf({ ...valid, sourceUrl: "javascript:alert(1)" })).toEqual({ sourceUrl: { key: "official.errors.invalidUrl" } });
  });

  it("needs both texts, a real checked day, and hours in order", () => {
    expect(errorsOf({ ...valid, textJa: " ", checkedOn: "2026-02-30", minHours: 72, maxHours: 48 })).toEqual({
      textJa: { key: "official.errors.required", values: { min: 1 } },
      checkedOn: { key: "official.errors.invalidDay" },
      maxHours: { key: "official.errors.hoursOrder" },
    });
  });

  it("refuses choices outside the lists", () => {
    expect(Object.keys(errorsOf({ ...valid, kind: "RUMOUR", selfServiceNeeds: ["TELEPATHY"], channel: "FAX" })).sort()).toEqual(["channel", "kind", "selfServiceNeeds.0"]);
  });
});

// Client components may not import Prisma's generated code, so the form's lists live in lib/domain.
describe("lists that mirror Prisma enums", () => {
  it("OFFICIAL_FACT_KINDS, SELF_SERVICE_AVAILABILITIES and CONTACT_CHANNELS are the schema's enums", () => {
    expect([...OFFICIAL_FACT_KINDS].sort()).toEqual(Object.values(OfficialFactKind).sort());
    expect([...SELF_SERVICE_AVAILABILITIES].sort()).toEqual(Object.values(SelfServiceAvailability).sort());
    expect([...CONTACT_CHANNELS].sort()).toEqual(Object.values(ContactChannel).sort());
  });
});
