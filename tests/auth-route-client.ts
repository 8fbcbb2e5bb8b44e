import { NextRequest } from "next/server";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-headers";

// Drives Auth.js's route handler (app/api/auth/[...nextauth]) the way a browser would, keeping the
// cookies it sets, so integration tests can walk the real sign-in flow without a server.

type Handlers = { GET: (request: NextRequest) => Promise<Response>; POST: (request: NextRequest) => Promise<Response> };

export class AuthRouteClient {
  private readonly cookies = new Map<string, string>();

  /**
   * `clientAddress`: the peer address scripts/serve.ts would stamp on every request
   * (lib/security/client-headers.ts); the app reads it only where RECOVERY_ATLAS_CLIENT_HEADERS=1.
   */
  constructor(
    private readonly handlers: Handlers,
    private readonly origin = "http://localhost:3000",
    private readonly clientAddress?: string,
  ) {}

  async request(path: string, init: { method?: "GET" | "POST"; form?: Record<string, string> } = {}): Promise<Response> {
    const headers = new Headers({ cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ") });
    // As a browser sends it: Next rewrites 127.0.0.1 in the request's URL, not in this header.
    headers.set("host", new URL(this.origin).host);
    if (this.clientAddress) headers.set(CLIENT_ADDRESS_HEADER, this.clientAddress);
    let body: string | undefined;
    if (init.form) {
      headers.set("content-type", "application/x-www-form-urlencoded");
      body = new URLSearchParams(init.form).toString();
    }
    const request = new NextRequest(new URL(path, this.origin), { method: init.method ?? "GET", headers, body });
    const response = await (init.method === "POST" ? this.handlers.POST : this.handlers.GET)(request);
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Opens a link (absolute, as in an e-mail) on this client. */
  open(link: string): Promise<Response> {
    const url = new URL(link);
    return this.request(url.pathname + url.search);
  }

  sessionToken(): string | undefined {
    return this.cookies.get("authjs.session-token");
  }

  async csrfToken(): Promise<string> {
    return ((await (await this.request("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  }

  /** Asks for a sign-in link as Auth.js's own form would (with its CSRF token). */
  async requestLink(email: string, callbackUrl: string): Promise<Response> {
    return this.request("/api/auth/signin/nodemailer", { method: "POST", form: { email, csrfToken: await this.csrfToken(), callbackUrl } });
  }
}
