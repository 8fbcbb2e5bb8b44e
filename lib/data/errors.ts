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

/** The thing changed since the page was shown, e.g. another moderator already decided. */
export class ConflictError extends Error {
  constructor(what: string) {
    super(`Conflict: ${what}`);
    this.name = "ConflictError";
  }
}
