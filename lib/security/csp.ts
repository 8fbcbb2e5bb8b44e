// The Content-Security-Policy of every page, per request (proxy.ts). Scripts run only with this
// request's nonce, which Next puts on its own scripts ('strict-dynamic' then trusts what they
// load); everything else comes from this origin. Inline styles stay allowed: React and Next
// write style attributes, and a style cannot run code. (Next's guide: app/guides/content-security-policy.)

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts are allowed either by this request's nonce (a page rendered for it) or by the hashes
 * of the page's inline scripts (a page from the shared cache, lib/page-cache, which is the same
 * for every reader). A hashed page lists no 'strict-dynamic': its external scripts are allowed by
 * 'self', as Next loads them from this origin.
 */
export type ScriptSources = { nonce: string } | { scriptHashes: readonly string[] };

export function contentSecurityPolicy({ dev = false, https = false, ...scripts }: ScriptSources & { dev?: boolean; https?: boolean }): string {
  // React's development build reconstructs server stacks with eval; production never evals.
  const evalInDev = dev ? ["'unsafe-eval'"] : [];
  const scriptSources = "nonce" in scripts ? [`'nonce-${scripts.nonce}'`, "'strict-dynamic'"] : scripts.scriptHashes;
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...scriptSources, ...evalInDev],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    // Live guides hold /api/live (or poll /api/guides/version) on this origin (app/[locale]/_components/live-refresh.tsx).
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  // Only over https: on plain http (a local try-out) it would send the browser to a port that
  // does not speak TLS.
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}
