// How often a user may write, per action. Fixed windows of one UTC day: simple to explain ("5
// reports a day"), one counter row per user and action per day. New accounts get stricter limits
// because throwaway accounts are how spam and scam-contact posts arrive; a week is long enough to
// outlast a spam run and short enough not to bother a real newcomer for long.

export type RateLimitedAction =
  | "report.create"
  | "report.update"
  | "flag.create"
  | "vote.cast"
  | "case.create"
  | "case.update"
  | "representative.request"
  | "representative.write";

export type RateLimit = { limit: number; windowSeconds: number };

export const NEW_ACCOUNT_DAYS = 7;
const HOUR_SECONDS = 60 * 60;
const DAY_SECONDS = 24 * HOUR_SECONDS;

/** Per action: allowed per window for accounts younger than NEW_ACCOUNT_DAYS, and for older ones. */
export const rateLimitPolicy: Record<RateLimitedAction, { newAccount: number; established: number; windowSeconds: number }> = {
  // A real person writes one or two recovery reports, ever.
  "report.create": { newAccount: 5, established: 20, windowSeconds: DAY_SECONDS },
  // Authors add events to open cases as support answers; corrections come in bursts.
  "report.update": { newAccount: 10, established: 50, windowSeconds: DAY_SECONDS },
  // Reading many reports and flagging several is normal; flag floods are not.
  "flag.create": { newAccount: 10, established: 50, windowSeconds: DAY_SECONDS },
  // Each vote drops its guide's shared page from the page cache: a reader votes on a handful of
  // reports a minute at most, while one account toggling a vote every second emptied the cache
  // for every anonymous reader of that guide. Per minute, so a real reader never waits long.
  "vote.cast": { newAccount: 15, established: 30, windowSeconds: 60 },
  // Someone locked out tracks one case per exchange, two or three at most; each is a row of
  // private data we keep, so a script opening thousands gets no further than this.
  "case.create": { newAccount: 5, established: 20, windowSeconds: DAY_SECONDS },
  // Every change to a case (an event, its edit or removal, the status, the reminders) recomputes
  // its follow-up date in a locked transaction. Typing in a case's history takes a few dozen at
  // once; per hour, so whoever reaches the limit waits an hour at most.
  "case.update": { newAccount: 60, established: 120, windowSeconds: HOUR_SECONDS },
  // Asking to speak for an exchange: once, or again after a revocation; an admin reads each one.
  "representative.request": { newAccount: 3, established: 10, windowSeconds: DAY_SECONDS },
  // A representative's responses, replies under reports and proposed facts, counted together:
  // public text in an exchange's name, and a response or reply drops the guide's shared pages
  // from the page cache. Enough for a support team answering a backlog of reports in a day.
  "representative.write": { newAccount: 30, established: 100, windowSeconds: DAY_SECONDS },
};

/**
 * Sign-in links sent to one e-mail address, whoever asks: enough for a few lost or slow e-mails,
 * too few for anyone to flood a stranger's inbox (or our mail server's reputation) through the
 * form. Per address rather than per account, since the requester need not have one.
 */
export const signInLinkLimit: RateLimit = { limit: 5, windowSeconds: 60 * 60 };

/**
 * Sign-in links asked for by one client (an IPv4 address, an IPv6 /64 network), whichever
 * addresses they go to: a person needs one or two, a household or office behind one address a
 * few more; a script mailing strangers gets no further than this. Requests straight from the
 * server's own machine are not counted here (the operator; lib/security/client-headers.ts).
 */
export const signInLinkClientLimit: RateLimit = { limit: 20, windowSeconds: 60 * 60 };

/**
 * Sign-in links of the whole installation: a ceiling on the mail a flood from many clients can
 * make us send, far above what a community site's real sign-ins reach in an hour.
 */
export const signInLinkGlobalLimit: RateLimit = { limit: 500, windowSeconds: 60 * 60 };

/**
 * What one client is for signInLinkClientLimit: its IPv4 address, or the /64 network of an IPv6
 * address (one household or server gets a whole /64, so single addresses would be free to vary).
 */
export function signInClientOf(address: string): string {
  const lower = address.trim().toLowerCase();
  if (!lower.includes(":")) return lower;
  const [head = "", tail = ""] = lower.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = lower.includes("::") ? (tail ? tail.split(":") : []) : [];
  const groups = lower.includes("::") ? [...headGroups, ...Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill("0"), ...tailGroups] : headGroups;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/** The longest window of any action: buckets that started before now minus this have ended. */
export const longestWindowSeconds = Math.max(signInLinkLimit.windowSeconds, ...Object.values(rateLimitPolicy).map((rule) => rule.windowSeconds));

export function isNewAccount(accountCreatedAt: Date, now: Date): boolean {
  return now.getTime() - accountCreatedAt.getTime() < NEW_ACCOUNT_DAYS * DAY_SECONDS * 1000;
}

export function rateLimitFor({ action, accountCreatedAt, now }: { action: RateLimitedAction; accountCreatedAt: Date; now: Date }): RateLimit {
  const rule = rateLimitPolicy[action];
  return { limit: isNewAccount(accountCreatedAt, now) ? rule.newAccount : rule.established, windowSeconds: rule.windowSeconds };
}

/** Start of the fixed window holding `now`; windows are aligned to the Unix epoch (UTC midnight for days). */
export function windowStartOf(now: Date, windowSeconds: number): Date {
  const windowMs = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Whole seconds until the window holding `now` ends (at least 1, as Retry-After needs). */
export function retryAfterSeconds(now: Date, windowSeconds: number): number {
  const end = windowStartOf(now, windowSeconds).getTime() + windowSeconds * 1000;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

/** The counter key: one per user and action. */
export function rateLimitKey(action: RateLimitedAction, userId: string): string {
  return `${action}:${userId}`;
}

/** Minutes until a refused sign-in link may be asked for again, rounded up, as the form shows them. */
export function retryAfterMinutes(retryAfter: number): number {
  return Math.max(1, Math.ceil(retryAfter / 60));
}

/**
 * Requests to the public API (/api/v1) per client (IPv4 address, IPv6 /64) and minute: a page
 * through the reports every half second, or a mirror refreshing every guide, fits; a scraper
 * hammering the database does not. Bulk readers use the exports, counted once per download.
 */
export const publicApiLimit: RateLimit = { limit: 120, windowSeconds: 60 };
