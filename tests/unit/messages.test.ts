import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  // ICU arguments: the names right after an opening brace ({count, plural, ...} -> count).
  return [...text.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((match) => match[1] ?? "").sort();
}

describe("message catalogues", () => {
  it("have the same keys in English and Japanese", async () => {
    const [en, ja] = await Promise.all([loadMessages("en"), loadMessages("ja")]);
    expect(keyPaths(ja).sort()).toEqual(keyPaths(en).sort());
  });

  it("use the same placeholders in both languages", async () => {
    const [en, ja] = await Promise.all([loadMessages("en"), loadMessages("ja")]);
    const lookup = (root: Record<string, unknown>, path: string) => path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
    for (const path of keyPaths(en)) {
      const english = lookup(en, path);
      const japanese = lookup(ja, path);
      if (typeof english === "string" && typeof japanese === "string") {
        expect(new Set(placeholders(japanese)), path).toEqual(new Set(placeholders(english)));
      }
    }
  });
});

describe("labels of links whose visible text is a value", () => {
  // WCAG 2.5.3 (axe label-content-name-mismatch): speech users say what they see, so a link's
  // accessible name must start with its visible text. Words in parentheses do not count as part of
  // the name for that check, so the visible value must stand outside them.
  it.each(["en", "ja"] as const)("the header's account link (%s) is named by the display name it shows", async (locale) => {
    const messages = (await loadMessages(locale)) as { auth: { menu: { account: string } } };
    const label = messages.auth.menu.account;
    expect(label.startsWith("{name}"), label).toBe(true);
  });
});
