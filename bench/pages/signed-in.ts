import { randomBytes } from "node:crypto";
import pg from "pg";
import { measureTarget, type HttpResult, type LoadSettings } from "../http/measure";
import { BROWSER_HEADERS } from "../http/targets";
import { reportIdsIn } from "./page-weight";

// What a signed-in reader's visit to a guide costs the server, beside a minimal page Next renders
// per request. A visit is the page itself (with the reader's session cookie) plus the one
// GET /api/viewer its island sends for the reader's own parts (ADR 017); the figure compared is
// visits per second with the server doing nothing else, 1 / (1/pages + 1/viewer answers).

/** The smallest page of the app that Next renders per request: the layout and three paragraphs. */
export const MINIMAL_DYNAMIC_PAGE = "/en/sign-in/check-email";

export type SignedInResult = {
  minimal: HttpResult;
  page: HttpResult;
  viewer: HttpResult;
  /** Guide visits (page + viewer answer) per second, from the two throughputs. */
  visitsPerSecond: number | null;
  reports: number;
};

/** A database session for an established reader (the one with the most votes), as Auth.js stores it. */
async function createSession(databaseUrl: string): Promise<{ cookie: string; remove: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT u.id FROM "User" u JOIN "Vote" v ON v."userId" = u.id WHERE u."bannedAt" IS NULL AND u."deletedAt" IS NULL
        GROUP BY u.id ORDER BY count(*) DESC, u.id LIMIT 1`,
    );
    const userId = rows[0]?.id;
    if (!userId) throw new Error("No user with votes in the bench database");
    const token = `bench-${randomBytes(24).toString("base64url")}`;
    await client.query(`INSERT INTO "Session" ("sessionToken", "userId", "expires", "updatedAt") VALUES ($1, $2, now() + interval '1 day', now())`, [token, userId]);
    return {
      cookie: `authjs.session-token=${token}`,
      remove: async () => {
        const cleanup = new pg.Client({ connectionString: databaseUrl });
        await cleanup.connect();
        await cleanup.query(`DELETE FROM "Session" WHERE "sessionToken" = $1`, [token]).finally(() => cleanup.end());
      },
    };
  } finally {
    await client.end();
  }
}

export async function measureSignedInGuide({
  baseUrl,
  databaseUrl,
  guidePath,
  settings,
  log,
}: {
  baseUrl: string;
  databaseUrl: string;
  guidePath: string;
  settings: LoadSettings;
  log: (message: string) => void;
}): Promise<SignedInResult> {
  const session = await createSession(databaseUrl);
  try {
    const html = await (await fetch(`${baseUrl}${guidePath}`)).text();
    const reportIds = reportIdsIn(html);
    const headers = { ...BROWSER_HEADERS, cookie: session.cookie };
    const run = async (target: Parameters<typeof measureTarget>[1]) => {
      log(`  ${target.label} …`);
      const result = await measureTarget(baseUrl, target, settings);
      log(result.requestsPerSecond === null ? `    ${result.outcome}: ${result.note ?? ""}` : `    ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms`);
      return result;
    };
    const minimal = await run({
      key: "minimal-dynamic",
      label: `minimal dynamic page ${MINIMAL_DYNAMIC_PAGE}`,
      path: MINIMAL_DYNAMIC_PAGE,
      headers: BROWSER_HEADERS,
      note: "the app's smallest page, rendered by Next for every request (layout and three paragraphs)",
    });
    const page = await run({ key: "guide-signed-in", label: `guide ${guidePath}, signed in`, path: guidePath, headers, note: "a real session cookie (a reader with votes)" });
    const viewer = await run({
      key: "viewer-signed-in",
      label: "its /api/viewer request, signed in",
      path: `/api/viewer?reports=${reportIds.join(",")}`,
      headers,
      note: `the reader's own parts of the guide's ${reportIds.length} reports and the account corner`,
    });
    const pageRate = page.requestsPerSecond;
    const viewerRate = viewer.requestsPerSecond;
    const visitsPerSecond = pageRate && viewerRate ? 1 / (1 / pageRate + 1 / viewerRate) : null;
    return { minimal, page, viewer, visitsPerSecond, reports: reportIds.length };
  } finally {
    await session.remove();
  }
}
