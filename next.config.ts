import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
// Content-Security-Policy is set per request in proxy.ts, because it carries a fresh nonce.

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The build checks only what it ships; `npm test` type-checks everything else (tests, scripts).
  typescript: { tsconfigPath: "tsconfig.build.json" },
  reactStrictMode: true,
  // The PGlite and pg drivers are Node-only and must not be bundled, nor pg-boss (the job sender) on top of pg.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "pg-boss"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // HSTS only on responses that went out over https (behind a TLS-terminating proxy, which
      // says so in X-Forwarded-Proto): a plain-http local try-out must not pin the host to https.
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
