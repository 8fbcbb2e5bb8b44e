import { test as base, expect } from "@playwright/test";

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
