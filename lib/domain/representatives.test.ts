import { describe, expect, it } from "vitest";
import { emailDomainOf, isOfficialAddress, otherLanguage, representativeTransitions } from "./representatives";

const zaif = ["zaif.jp"];

describe("isOfficialAddress", () => {
  it.each([
    ["someone@zaif.jp"],
    ["Someone@ZAIF.JP"],
    ["support.lead@corp.zaif.jp"],
    ["a@mail.eu.zaif.jp"],
    ["  someone@zaif.jp "],
  ])("accepts %s, on the official domain or a subdomain", (address) => {
    expect(isOfficialAddress(address, zaif)).toBe(true);
  });

  it.each([
    ["someone@zaif.jp.evil.com", "official domain as a prefix of another"],
    ["someone@zaifjp.com", "letters run together"],
    ["someone@evilzaif.jp", "suffix without a dot"],
    ["someone@zaif.co.jp", "another TLD"],
    ["someone@zaıf.jp", "dotless i"],
    ["someone@zаif.jp", "Cyrillic a"],
    ["someone@ｚａｉｆ.jp", "full-width letters"],
    ["someone@xn--zif-4cd.jp", "punycode of a lookalike"],
    ["someone@zaif.jp.", "trailing dot"],
    ["someone@x..zaif.jp", "empty label"],
    ["someone@-x.zaif.jp", "label starting with a hyphen"],
    ['"a@zaif.jp"@evil.com', "quoted local part"],
    ["a@zaif.jp@evil.com", "two @"],
    ["someone@evil.com?@zaif.jp", "query-like tail"],
    ["zaif.jp", "no local part"],
    ["@zaif.jp", "empty local part"],
    ["", "empty"],
  ])("refuses %s (%s)", (address) => {
    expect(isOfficialAddress(address, zaif)).toBe(false);
  });

  it("refuses everything for an exchange without official domains, and a missing address", () => {
    expect(isOfficialAddress("someone@zaif.jp", [])).toBe(false);
    expect(isOfficialAddress(null, zaif)).toBe(false);
  });

  it("accepts a punycode label below the official domain, which the exchange controls", () => {
    expect(isOfficialAddress("a@xn--eckwd4c7c.zaif.jp", zaif)).toBe(true);
  });
});

describe("emailDomainOf", () => {
  it("lower-cases and returns the domain", () => {
    expect(emailDomainOf("A@Help.Kraken.COM")).toBe("help.kraken.com");
    expect(emailDomainOf("a@localhost")).toBeNull();
  });
});

describe("representativeTransitions", () => {
  it("approves only a request, and revokes a request or an approval", () => {
    expect(representativeTransitions.approve).toEqual({ from: ["REQUESTED"], to: "APPROVED" });
    expect(representativeTransitions.revoke.from).toEqual(["REQUESTED", "APPROVED"]);
  });
  it("names the other language", () => {
    expect(otherLanguage("en")).toBe("ja");
    expect(otherLanguage("ja")).toBe("en");
  });
});
