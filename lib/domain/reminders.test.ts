import { describe, expect, it } from "vitest";
import { buildReminderMail, isReminderDue, reminderLinks, reminderLocaleFor, type ReminderCandidate } from "./reminders";

const now = new Date("2026-12-03T12:00:00Z");
const due: ReminderCandidate = { status: "OPEN", remindersEnabled: true, followUpDueAt: new Date("2026-12-03T11:59:59Z"), ownerEmail: "owner@example.com" };

describe("isReminderDue", () => {
  it.each([
    ["an open case with reminders on and a past follow-up", due, true],
    ["a follow-up due exactly now", { ...due, followUpDueAt: now }, true],
    ["a follow-up due in the future", { ...due, followUpDueAt: new Date("2026-12-03T12:00:01Z") }, false],
    ["no follow-up", { ...due, followUpDueAt: null }, false],
    ["reminders off", { ...due, remindersEnabled: false }, false],
    ["a resolved case", { ...due, status: "RESOLVED" }, false],
    ["a case given up", { ...due, status: "GAVE_UP" }, false],
    ["an owner without an address", { ...due, ownerEmail: null }, false],
    ["an owner with a blank address", { ...due, ownerEmail: "  " }, false],
  ])("%s → %s", (_name, candidate, expected) => {
    expect(isReminderDue(candidate, now)).toBe(expected);
  });
});

describe("reminderLocaleFor", () => {
  it("leads with Japanese for cases written to support in Japanese, English otherwise", () => {
    expect(reminderLocaleFor("ja")).toBe("ja");
    expect(reminderLocaleFor("JA")).toBe("ja");
    expect(reminderLocaleFor("en")).toBe("en");
    expect(reminderLocaleFor("ko")).toBe("en");
    expect(reminderLocaleFor(null)).toBe("en");
  });
});

describe("buildReminderMail", () => {
  const links = reminderLinks({ origin: "https://atlas.example/", locale: "en", caseId: "case1", token: "tok en" });

  it("links the case and the unsubscribe page in the reader's language, token encoded", () => {
    expect(links).toEqual({
      caseUrl: "https://atlas.example/en/cases/case1",
      unsubscribePageUrl: "https://atlas.example/en/cases/unsubscribe?token=tok%20en",
      oneClickUrl: "https://atlas.example/api/cases/unsubscribe?token=tok%20en",
    });
  });

  const linksIn = (language: "en" | "ja") => reminderLinks({ origin: "https://atlas.example", locale: language, caseId: "case1", token: "tok en" });

  it("writes both languages, the reader's first, each naming the exchange and linking the pages in its own language, with one-click unsubscribe headers", () => {
    const mail = buildReminderMail({ locale: "ja", exchangeNames: { ja: "ザイフ", en: "Zaif" }, dueAt: new Date("2026-12-01T00:00:00Z"), links: linksIn });
    expect(mail.subject).toContain("ザイフ");
    expect(mail.subject).toMatch(/フォローアップ/);
    const [japanese = "", english = ""] = mail.text.split("------------------------------");
    expect(japanese.indexOf("フォローアップ")).toBeGreaterThanOrEqual(0);
    expect(english).toContain("A follow-up");
    expect(japanese).toContain("ザイフ");
    expect(english).toContain("Zaif");
    expect(english).not.toContain("ザイフ");
    expect(mail.text).toContain("2026-12-01");
    expect(japanese).toContain(linksIn("ja").caseUrl);
    expect(japanese).toContain(linksIn("ja").unsubscribePageUrl);
    expect(english).toContain(linksIn("en").caseUrl);
    expect(english).toContain(linksIn("en").unsubscribePageUrl);
    expect(mail.headers).toEqual({ "List-Unsubscribe": `<${links.oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
  });

  it("leads with English for English readers", () => {
    const mail = buildReminderMail({ locale: "en", exchangeNames: { en: "Kraken", ja: "クラーケン" }, dueAt: new Date("2026-12-01T00:00:00Z"), links: linksIn });
    expect(mail.subject).toBe("Follow-up due: your Kraken recovery case");
    expect(mail.text.indexOf("A follow-up")).toBeLessThan(mail.text.indexOf("フォローアップ"));
  });
});
