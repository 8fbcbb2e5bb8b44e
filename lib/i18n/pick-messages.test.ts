import { describe, expect, it } from "vitest";
import { pickMessages } from "./messages";

const messages = {
  error: { title: "Something went wrong" },
  guide: { title: "Guide", votes: { helpful: "Helpful", count: "{n} votes" }, timing: { days: "{days} days" } },
  moderation: { flag: { open: "Report a problem" }, queue: { title: "Queue" } },
};

describe("pickMessages", () => {
  it("keeps only the namespaces and nested parts asked for, at their paths", () => {
    expect(pickMessages(messages, ["error", "guide.votes", "moderation.flag"])).toEqual({
      error: { title: "Something went wrong" },
      guide: { votes: { helpful: "Helpful", count: "{n} votes" } },
      moderation: { flag: { open: "Report a problem" } },
    });
  });

  it("merges two parts of one namespace", () => {
    expect(pickMessages(messages, ["guide.votes", "guide.timing"])).toEqual({ guide: { votes: messages.guide.votes, timing: messages.guide.timing } });
  });

  it("fails loudly on a path that does not exist, rather than leaving a client component without text", () => {
    expect(() => pickMessages(messages, ["guide.nothing"])).toThrow('No messages at "guide.nothing"');
    expect(() => pickMessages(messages, ["error.title.deeper"])).toThrow();
  });
});
