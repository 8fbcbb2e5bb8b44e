import fc from "fast-check";
import { isHTTPAccessFallbackError } from "next/dist/client/components/http-access-fallback/http-access-fallback";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { NAUGHTY_STRINGS } from "../fuzz/requests";
import { createExchange, createReport, createUser } from "../factories";

// Arbitrary strings and JSON thrown at every route handler and server action, called as Next
// calls them, against PostgreSQL, signed in and not: nothing may answer 5xx or throw anything
// but Next's own redirect and 404 signals. Requests come from this site (the same-origin check
// passes) so that the input reaches the schemas and lib/data.

const state = vi.hoisted(() => ({ actor: null as null | { id: string; role: "USER" | "MODERATOR" | "ADMIN"; bannedAt: null; createdAt: Date; displayName: string | null } }));

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ origin: "http://localhost:3000", host: "localhost:3000", "x-forwarded-proto": "http" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => state.actor, requireActor: async () => state.actor }));
vi.mock("@/lib/auth/config", () => ({ signIn: async () => undefined, signOut: async () => undefined, auth: async () => null, handlers: {} }));

const { POST: postReport } = await import("@/app/api/reports/route");
const { POST: postFlag } = await import("@/app/api/reports/[id]/flags/route");
const { GET: getVersion } = await import("@/app/api/guides/version/route");
const { GET: getViewer } = await import("@/app/api/viewer/route");
const authRoute = await import("@/app/api/auth/[...nextauth]/route");
const reportActions = await import("@/app/[locale]/reports/actions");
const { castVoteAction } = await import("@/app/[locale]/_components/vote-action");
const { flagReportAction } = await import("@/app/[locale]/_components/flag-report-action");
const { signOutAction } = await import("@/app/[locale]/_components/sign-out-action");
const { decideAction } = await import("@/app/[locale]/moderation/actions");
const { changeDisplayName } = await import("@/app/[locale]/account/actions");
const officialActions = await import("@/app/[locale]/exchanges/[slug]/official/actions");
const representativeActions = await import("@/app/[locale]/exchanges/[slug]/representatives/actions");
const representativeDecisions = await import("@/app/[locale]/moderation/representatives/actions");
const { requestSignInLink, signInWithProvider } = await import("@/app/[locale]/sign-in/actions");
const { db } = await import("@/lib/db");

const naughty = fc.oneof(fc.constantFrom(...NAUGHTY_STRINGS), fc.string({ unit: "binary", maxLength: 40 }), fc.string({ maxLength: 20 }));
const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 3 }), naughty);
const FORM_FIELDS = ["locale", "reportId", "reason", "details", "displayName", "email", "redirectTo", "provider", "intent", "flagId", "userId"];
const formData = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FORM_FIELDS), naughty), naughty), { maxLength: 6 }).map((entries) => {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
});
const anyArgument = fc.oneof(fc.anything({ maxDepth: 2 }), anyJson, formData, fc.record({ locale: naughty, reportId: naughty, input: anyJson }));
const argumentLists = fc.array(anyArgument, { maxLength: 3 });
const signedIn = fc.boolean();

let users: { id: string; role: "USER" | "MODERATOR" | "ADMIN"; createdAt: Date }[] = [];
let reportId = "";

beforeAll(async () => {
  const author = await createUser(db(), { role: "USER" });
  const reader = await createUser(db(), { role: "USER" });
  const moderator = await createUser(db(), { role: "MODERATOR" });
  users = [reader, moderator];
  const exchange = await createExchange(db());
  reportId = (await createReport(db(), { exchangeId: exchange.id, authorId: author.id }, { status: "PUBLISHED" })).id;
});

afterEach(() => {
  state.actor = null;
});

function signIn(asUser: boolean, index = 0): void {
  const user = users[index % users.length];
  state.actor = asUser && user ? { id: user.id, role: user.role, bannedAt: null, createdAt: user.createdAt, displayName: null } : null;
}

/** A server action may end in Next's redirect or 404; anything else it throws would be a 500. */
async function settles(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (!isRedirectError(error) && !isHTTPAccessFallbackError(error)) throw error;
  }
}

const RUNS = { numRuns: 60 };

/** A URL cannot carry a lone surrogate; the browser would have sent U+FFFD. */
function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

describe("route handlers answer hostile input with a 4xx, never a 5xx", () => {
  it("POST /api/reports", async () => {
    await fc.assert(
      fc.asyncProperty(signedIn, fc.oneof(anyJson.map((value) => JSON.stringify(value)), naughty), async (asUser, body) => {
        signIn(asUser);
        const response = await postReport(new Request("http://localhost:3000/api/reports", { method: "POST", body }));
        expect(response.status).toBeLessThan(500);
      }),
      RUNS,
    );
  });

  it("POST /api/reports/:id/flags", async () => {
    await fc.assert(
      fc.asyncProperty(signedIn, fc.oneof(naughty, fc.constant(reportId)), fc.oneof(anyJson.map((value) => JSON.stringify(value)), naughty, fc.record({ reason: fc.constantFrom("SPAM", "OTHER", "x"), details: naughty }).map((value) => JSON.stringify(value))), async (asUser, id, body) => {
        signIn(asUser);
        const response = await postFlag(new Request(`http://localhost:3000/api/reports/x/flags`, { method: "POST", body }), { params: Promise.resolve({ id }) });
        expect(response.status).toBeLessThan(500);
      }),
      RUNS,
    );
  });

  it("GET /api/guides/version", async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.oneof(fc.constantFrom("slug", "scope"), naughty), naughty, { maxKeys: 3 }), async (query) => {
        const search = new URLSearchParams(Object.entries(query).map(([name, value]) => [wellFormed(name), wellFormed(value)]));
        const response = await getVersion(new Request(`http://localhost:3000/api/guides/version?${search}`));
        expect(response.status).toBeLessThan(500);
      }),
      RUNS,
    );
  });
});

describe("GET /api/viewer", () => {
  it("answers any query, signed in or not, without a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.dictionary(fc.oneof(fc.constant("reports"), naughty), fc.oneof(naughty, fc.constant(`${reportId},${reportId}`)), { maxKeys: 2 }), async (asUser, query) => {
        signIn(asUser);
        const search = new URLSearchParams(Object.entries(query).map(([name, value]) => [wellFormed(name), wellFormed(value)]));
        const response = await getViewer(new Request(`http://localhost:3000/api/viewer?${search}`));
        expect(response.status).toBeLessThan(500);
        expect(response.headers.get("cache-control")).toBe("private, no-store");
      }),
      RUNS,
    );
  });
});

describe("Auth.js's endpoints", () => {
  it("answer a callbackUrl that is no URL, or an error code that is no word, with 400 (Auth.js itself answers 500)", async () => {
    for (const callbackUrl of ["-1", "javascript:alert(1)", "http://[::1"]) {
      const response = await authRoute.GET(new NextRequest(`http://localhost:3000/api/auth/csrf?callbackUrl=${encodeURIComponent(callbackUrl)}`));
      expect(response.status, callbackUrl).toBe(400);
    }
    const error = await authRoute.GET(new NextRequest("http://localhost:3000/api/auth/error?error=%01%1B%5B31m"));
    expect(error.status).toBe(400);
    const withCookie = await authRoute.POST(new NextRequest("http://localhost:3000/api/auth/signin/nodemailer", { method: "POST", headers: { cookie: "authjs.callback-url=-1" } }));
    expect(withCookie.status).toBe(400);
    expect(withCookie.headers.get("set-cookie")).toMatch(/^authjs\.callback-url=; Path=\/; Max-Age=0/);
  });
});

describe("server actions take anything, or nothing, without throwing", () => {
  const actions: [string, (...args: never[]) => Promise<unknown>][] = [
    ["createReportAction", reportActions.createReportAction],
    ["updateReportAction", reportActions.updateReportAction],
    ["addTimelineEventsAction", reportActions.addTimelineEventsAction],
    ["deleteReportAction", reportActions.deleteReportAction],
    ["castVoteAction", castVoteAction],
    ["flagReportAction", flagReportAction],
    ["decideAction", decideAction],
    ["changeDisplayName", changeDisplayName],
    ["requestSignInLink", requestSignInLink],
    ["signInWithProvider", signInWithProvider],
    ["signOutAction", signOutAction],
    ["saveOfficialFactAction", officialActions.saveOfficialFactAction],
    ["saveOfficialProcedureAction", officialActions.saveOfficialProcedureAction],
    ["requestRepresentationAction", representativeActions.requestRepresentationAction],
    ["saveResponseAction", representativeActions.saveResponseAction],
    ["postReplyAction", representativeActions.postReplyAction],
    ["proposeFactAction", representativeActions.proposeFactAction],
    ["decideRepresentativeAction", representativeDecisions.decideRepresentativeAction],
    ["decideProposalAction", representativeDecisions.decideProposalAction],
  ];

  it.each(actions)("%s", async (_name, action) => {
    const call = action as (...args: unknown[]) => Promise<unknown>;
    await settles(() => call());
    await settles(() => call(undefined, undefined));
    await fc.assert(
      fc.asyncProperty(signedIn, fc.nat(), argumentLists, async (asUser, index, args) => {
        signIn(asUser, index);
        await settles(() => call(...args));
      }),
      { numRuns: 40 },
    );
  });

  it("deleting another's report is the 404 page, and the report stays", async () => {
    signIn(true);
    const form = new FormData();
    form.set("locale", "en");
    form.set("reportId", reportId);
    await expect(reportActions.deleteReportAction(form)).rejects.toSatisfy(isHTTPAccessFallbackError);
    expect((await db().report.findUniqueOrThrow({ where: { id: reportId }, select: { deletedAt: true } })).deletedAt).toBeNull();
  });
});
