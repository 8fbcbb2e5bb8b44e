import { describe, expect, it } from "vitest";
import { draftFollowUpMessage, type FollowUpFacts } from "./follow-up-message";

const facts: FollowUpFacts = { language: "en", exchangeName: "Zaif", contactDay: "2026-03-04", daysWaiting: 9, ticketReference: "ZF-12345" };

describe("draftFollowUpMessage", () => {
  it.each(["en", "ja"] as const)("fills every placeholder in %s", (language) => {
    const message = draftFollowUpMessage({ ...facts, language });
    expect(message).toContain("Zaif");
    expect(message).toContain("ZF-12345");
    expect(message).toContain("9");
    expect(message).toContain(language === "ja" ? "2026年3月4日" : "4 March 2026");
    expect(message).not.toMatch(/undefined|null|NaN|\{|\}/);
  });

  it.each(["en", "ja"] as const)("leaves the ticket line out in %s when there is no ticket reference", (language) => {
    const withTicket = draftFollowUpMessage({ ...facts, language });
    for (const ticketReference of [undefined, null, ""]) {
      const message = draftFollowUpMessage({ ...facts, language, ticketReference });
      expect(message).not.toMatch(/Ticket reference|お問い合わせ番号/);
      expect(message.split("\n")).toHaveLength(withTicket.split("\n").length - 1);
    }
  });

  it("counts one day in the singular in English", () => {
    expect(draftFollowUpMessage({ ...facts, daysWaiting: 1 })).toContain("It has been 1 day since");
    expect(draftFollowUpMessage({ ...facts, daysWaiting: 0 })).toContain("It has been 0 days since");
  });

  it("writes Japanese with full-width punctuation and the exchange's name first", () => {
    const message = draftFollowUpMessage({ ...facts, language: "ja", exchangeName: "bitFlyer" });
    expect(message.split("\n")[0]).toBe("bitFlyer サポートご担当者様");
    expect(message).toContain("お問い合わせ番号：ZF-12345");
    expect(message).toContain("それから9日が経ちました");
    expect(message).not.toMatch(/[()]/);
  });
});
