import { describe, expect, it } from "vitest";
import { fieldNameOf } from "./field-errors";

describe("fieldNameOf", () => {
  it("names a field as the form's inputs do", () => {
    expect(fieldNameOf("events.2.day")).toBe("events[2].day");
    expect(fieldNameOf("requiredItems.0.note")).toBe("requiredItems[0].note");
    expect(fieldNameOf("replyLanguages")).toBe("replyLanguages");
    expect(fieldNameOf("events")).toBe("events");
    // The form as a whole.
    expect(fieldNameOf("")).toBe("");
  });
});
