import { join } from "node:path";
import { test as base, expect, type Page } from "@playwright/test";

// Every page a test opens is watched: a console.error or an uncaught exception fails the test.
// Console messages carry the address they are about (a resource that failed to load names none
// in its text), and failed responses of the page's own requests are listed too. Requests the
// browser makes by itself, such as /favicon.ico, reach only the console.
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.location().url ? `${message.text()} (${message.location().url})` : message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("response", (response) => {
        if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
      });
      await use(errors);
      expect(errors, "unexpected console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** E2E_SCREENSHOTS=<folder> keeps full-page pictures for a human to look at; off by default. */
export async function keepScreenshot(page: Page, name: string) {
  const folder = process.env.E2E_SCREENSHOTS;
  if (folder) await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}
