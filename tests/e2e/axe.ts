import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";

// axe-core (already installed with the lint tooling) run inside the page. Evaluated through the
// DevTools protocol rather than added as a <script>, which the pages' Content-Security-Policy
// rightly refuses.

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.js"), "utf8");

/** The violations of the named axe rules on the page as it is now: "rule: selector" lines. */
export async function axeViolations(page: Page, rules: string[]): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (ruleIds) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: "rule", values: ruleIds } });
    return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")}`));
  }, rules);
}
