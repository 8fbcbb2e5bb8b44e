import type { FieldError } from "../validation/field-errors";

// Errors lib/data throws for the transport layer to turn into responses. Messages are for logs;
// what the user sees comes from the catalogues, chosen by the error's class and code.

export class NotSignedInError extends Error {
  constructor() {
    super("Sign in first");
    this.name = "NotSignedInError";
  }
}

export class ForbiddenError extends Error {
  constructor(action: string) {
    super(`Not allowed: ${action}`);
    this.name = "ForbiddenError";
  }
}

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`Not found: ${what}`);
    this.name = "NotFoundError";
  }
}

export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number, readonly limit: string) {
    super(`Rate limited (${limit}); retry after ${retryAfterSeconds} s`);
    this.name = "RateLimitedError";
  }
}

/**
 * Input that passed the form's schema but not a rule only the server can check (an unknown item
 * code, an event before the stored timeline). Field errors are catalogue keys, by field path.
 */
export class InvalidInputError extends Error {
  constructor(readonly fieldErrors: Record<string, FieldError>) {
    super(`Invalid input: ${Object.keys(fieldErrors).join(", ") || "form"}`);
    this.name = "InvalidInputError";
  }
}

/** The thing changed since the page was shown, e.g. another moderator already decided. */
export class ConflictError extends Error {
  constructor(what: string) {
    super(`Conflict: ${what}`);
    this.name = "ConflictError";
  }
}

/**
 * The database cannot answer now (down, restarting, or every connection busy): nothing the user
 * did wrong and nothing lost, so the answer is 503 with Retry-After and "try again", never "sign
 * in" or an unexpected error.
 */
export class ServiceUnavailableError extends Error {
  constructor(
    readonly retryAfterSeconds = SERVICE_UNAVAILABLE_RETRY_SECONDS,
    options?: { cause?: unknown },
  ) {
    super("The database is unavailable; try again shortly", options);
    this.name = "ServiceUnavailableError";
  }
}

export const SERVICE_UNAVAILABLE_RETRY_SECONDS = 5;

// Prisma's codes for "could not reach or wait for the database": P1001 cannot reach the server,
// P1002 it timed out, P1008 operation timed out, P1017 it closed the connection, P2024 no pooled
// connection in time, P2028 "Unable to start a transaction in the given time".
const PRISMA_UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
// PostgreSQL SQLSTATEs of the same kind: connection exceptions (class 08), too many connections,
// the server shutting down or starting up (57P01-57P03), and node's socket errors.
const POSTGRES_UNAVAILABLE = /^(08|53300$|57P0[123]$)/;
const SOCKET_UNAVAILABLE = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
const UNAVAILABLE_MESSAGES = [
  /Can't reach database server/i,
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Unable to start a transaction in the given time/i,
  /the database system is (starting up|shutting down)/i,
  /Server has closed the connection/i,
  /terminating connection due to administrator command/i,
  // A raw query's failure quotes the SQLSTATE: "Raw query failed. Code: `57P01`".
  /Code: `(08[0-9A-Z]{3}|53300|57P0[123])`/,
];

/**
 * The error as a ServiceUnavailableError when it (or its cause) says the database is unreachable
 * or busy, else null. Recognised by name, code and message rather than class, since the driver,
 * the adapter and Prisma each wrap the error differently.
 */
export function asServiceUnavailable(error: unknown): ServiceUnavailableError | null {
  if (error instanceof ServiceUnavailableError) return error;
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    if (isUnavailable(current)) return new ServiceUnavailableError(SERVICE_UNAVAILABLE_RETRY_SECONDS, { cause: error });
  }
  return null;
}

function isUnavailable(error: Error): boolean {
  if (error.name === "PrismaClientInitializationError" || error instanceof ServiceUnavailableError) return true;
  const { code, originalCode, kind } = error as Error & { code?: unknown; originalCode?: unknown; kind?: unknown };
  if (typeof code === "string" && (PRISMA_UNAVAILABLE_CODES.has(code) || POSTGRES_UNAVAILABLE.test(code) || SOCKET_UNAVAILABLE.has(code))) return true;
  if (typeof originalCode === "string" && POSTGRES_UNAVAILABLE.test(originalCode)) return true;
  if (kind === "DatabaseNotReachable" || kind === "ConnectionClosed" || kind === "SocketTimeout" || kind === "TooManyConnections") return true;
  return UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(error.message));
}
