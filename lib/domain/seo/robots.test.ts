import { describe, expect, it } from "vitest";
import { robotsWithSitemap } from "./robots";

describe("robotsWithSitemap", () => {
  it("adds one absolute Sitemap line on the public origin and keeps the rules", () => {
    const served = robotsWithSitemap("User-agent: *\nDisallow: /api/\n", "https://atlas.example/");
    expect(served).toBe("User-agent: *\nDisallow: /api/\n\nSitemap: https://atlas.example/sitemap.xml\n");
  });

  it("replaces a Sitemap line the file already has", () => {
    const served = robotsWithSitemap("User-agent: *\nSitemap: http://old.example/sitemap.xml\n", "http://localhost:3000");
    expect(served.match(/Sitemap:/g)).toHaveLength(1);
    expect(served).toContain("Sitemap: http://localhost:3000/sitemap.xml");
  });
});
