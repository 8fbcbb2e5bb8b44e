import { describe, expect, it } from "vitest";
import { statusAfterWrite } from "./report-status";

describe("a report's status after its author writes", () => {
  it("keeps a published report published when nothing new was found", () => {
    expect(statusAfterWrite({ status: "PUBLISHED", heldReasons: [] }, [])).toEqual({ status: "PUBLISHED", heldReasons: [] });
  });

  it("holds a published report with the new reasons", () => {
    expect(statusAfterWrite({ status: "PUBLISHED", heldReasons: [] }, ["phone"])).toEqual({ status: "PENDING_REVIEW", heldReasons: ["phone"] });
  });

  it.each(["PENDING_REVIEW", "HIDDEN"] as const)("leaves a %s report to the moderators, adding what was found", (status) => {
    expect(statusAfterWrite({ status, heldReasons: ["secret-request"] }, ["phone", "secret-request"])).toEqual({ status, heldReasons: ["phone", "secret-request"] });
  });
});
