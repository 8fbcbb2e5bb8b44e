import { describe, expect, it } from "vitest";
import { reportDecisionsFor, reportTransitions } from "./moderation";

describe("report decisions", () => {
  it.each([
    ["PENDING_REVIEW", ["publish", "hide"]],
    ["PUBLISHED", ["hide"]],
    ["HIDDEN", ["restore"]],
  ] as const)("a %s report can be: %j", (status, decisions) => {
    expect(reportDecisionsFor(status)).toEqual(decisions);
  });

  it("never leaves a report where it was", () => {
    for (const rule of Object.values(reportTransitions)) expect(rule.from).not.toContain(rule.to);
  });
});
