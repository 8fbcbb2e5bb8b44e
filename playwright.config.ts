import { defineConfig } from "@playwright/test";

// Run through `npm run test:e2e` (tests/e2e/run.ts), which starts the production build on a
// fresh database and sets E2E_BASE_URL. Browsers come from Debian: Playwright's own download
// is not reachable here.
export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  // No retries: a retry would hide a flaky test, which is a bug in the test or the app to fix.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  // The production server shares two cores with the browser and the embedded database; a page
  // that does a sign-in round trip can take a few seconds when the machine is busy.
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://localhost:3000",
    locale: "en-US",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { browserName: "chromium" }, testIgnore: "**/live.spec.ts" },
    // The 1 s live-update bound is a measurement of the app: it runs after the others, with no
    // second worker's browser and sign-ins competing for the two cores.
    { name: "live", use: { browserName: "chromium" }, testMatch: "**/live.spec.ts", dependencies: ["chromium"] },
  ],
});
