import { axeViolations } from "./axe";
import { expect, test } from "./fixtures";

// The developers pages in both languages, the OpenAPI document and the CSV export, against the
// production build on a freshly seeded database (four published seed reports).

test.describe("public API and exports", () => {
  test("the developers page lists every endpoint in English and is linked from the footer", async ({ page }) => {
    await page.goto("/en");
    await page.getByRole("contentinfo").getByRole("link", { name: "Developers: API and data exports" }).click();
    await expect(page).toHaveURL(/\/en\/developers$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Public API and data exports");
    for (const path of ["/api/v1/exchanges", "/api/v1/exchanges/{slug}/guide", "/api/v1/comparison", "/api/v1/reports", "/api/v1/reports/{id}", "/api/v1/exports/reports.csv"]) {
      await expect(page.getByRole("heading", { level: 3, name: `GET ${path}`, exact: true })).toBeVisible();
    }
    await page.getByText("Response schema: ReportPage").click();
    await expect(page.getByText('"nextCursor"')).toBeVisible();
    expect(await axeViolations(page, ["color-contrast", "heading-order", "th-has-data-cells", "link-name"])).toEqual([]);
  });

  test("the reference is interactive: a guide's figures fetched from its \"Try it\" form, with status and caching headers", async ({ page }) => {
    await page.goto("/en/developers");
    const guide = page.getByRole("article", { name: "GET /api/v1/exchanges/{slug}/guide" });
    await guide.getByText("Try it", { exact: true }).click();
    await expect(guide.getByRole("textbox", { name: /slug/ })).toHaveValue("kraken");
    await expect(guide.getByText("GET /api/v1/exchanges/kraken/guide", { exact: true })).toBeVisible();
    await guide.getByRole("button", { name: "Send request" }).click();
    await expect(guide.getByTestId("try-status")).toContainText("HTTP 200 · ETag");
    await expect(guide.getByLabel("Response body")).toContainText('"kraken"');

    const reports = page.getByRole("article", { name: "GET /api/v1/reports", exact: true });
    await reports.getByText("Try it", { exact: true }).click();
    await reports.getByRole("combobox", { name: /outcome/ }).selectOption("RESOLVED");
    await expect(reports.getByText(/GET \/api\/v1\/reports\?.*outcome=RESOLVED/)).toBeVisible();
    await reports.getByRole("button", { name: "Send request" }).click();
    await expect(reports.getByTestId("try-status")).toContainText("HTTP 200");
    await expect(reports.getByLabel("Response body")).toContainText('"nextCursor"');
  });

  test("the developers and exports pages read in Japanese", async ({ page }) => {
    await page.goto("/ja/developers");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("公開APIとデータのエクスポート");
    await expect(page.getByRole("heading", { name: "APIの動作" })).toBeVisible();
    await page.getByRole("link", { name: "一括エクスポートとデータ辞書" }).click();
    await expect(page).toHaveURL(/\/ja\/developers\/exports$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("公開済みの報告の一括エクスポート");
    await expect(page.getByRole("rowheader", { name: "timeline" })).toBeVisible();
    await expect(page.getByText("CC BY 4.0").first()).toBeVisible();
  });

  test("serves the OpenAPI document and the reports it describes", async ({ request }) => {
    const document = await request.get("/api/v1/openapi.json");
    expect(document.status()).toBe(200);
    expect(document.headers()["access-control-allow-origin"]).toBe("*");
    const body = (await document.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths)).toContain("/reports");

    const reports = await request.get("/api/v1/reports?limit=2");
    const page = (await reports.json()) as { data: { id: string }[]; nextCursor: string | null };
    expect(page.data).toHaveLength(2);
    expect(page.nextCursor).not.toBeNull();
    const etag = reports.headers()["etag"] ?? "";
    expect((await request.get("/api/v1/reports?limit=2", { headers: { "If-None-Match": etag } })).status()).toBe(304);
  });

  test("downloads the CSV export from the exports page", async ({ page }) => {
    await page.goto("/en/developers/exports");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^recovery-atlas-reports-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = await download.path();
    const { readFile } = await import("node:fs/promises");
    const csv = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
    expect(csv.startsWith("id,exchange,author,")).toBe(true);
    // Four seed reports, and any another spec published meanwhile.
    expect(csv.match(/CC BY 4\.0[^\r\n]*"\r\n/g)?.length).toBeGreaterThanOrEqual(4);
  });
});
