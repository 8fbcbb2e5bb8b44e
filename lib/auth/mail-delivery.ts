// Where sign-in links go. With SMTP_URL they are e-mailed. Without it, on a machine that serves
// itself (AUTH_URL on localhost, the quick start and the tests), they land in the local mailbox
// page; on a public address they are only written to the server log, because a public mailbox
// page would let anyone sign in as anyone. Even then the page answers only requests from this
// machine (app/[locale]/dev/mailbox). Pure, so scripts/start.ts can say where the links go.

export type MailDelivery = "smtp" | "dev-mailbox" | "server-log";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function mailDeliveryFor({ SMTP_URL, AUTH_URL }: { SMTP_URL?: string | undefined; AUTH_URL?: string | undefined }): MailDelivery {
  if (SMTP_URL) return "smtp";
  if (!AUTH_URL) return "dev-mailbox";
  try {
    const host = new URL(AUTH_URL).hostname;
    return LOOPBACK_HOSTS.has(host) || host.endsWith(".localhost") ? "dev-mailbox" : "server-log";
  } catch {
    return "server-log";
  }
}
