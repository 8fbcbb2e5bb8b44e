// public/robots.txt is a static file, but a Sitemap line must be an absolute URL on the public
// origin, which only the running server knows (AUTH_URL): the production server (scripts/serve.ts)
// serves the file with that line added.
export function robotsWithSitemap(robotsText: string, origin: string): string {
  const kept = robotsText.replace(/^Sitemap:.*\n?/gim, "").trimEnd();
  return `${kept}\n\nSitemap: ${origin.replace(/\/$/, "")}/sitemap.xml\n`;
}
