import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { publicOrigin } from "@/lib/seo/public-origin";
import { atomProblems, parseAtom } from "../helpers/atom";
import { createExchange, createReport, createUser } from "../factories";

// The feeds and the sitemap as a reader and a crawler get them: through the route handlers, in
// both languages, with the catalogues' real words (next-intl's request scope replaced by a
// translator on the same messages).
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { loadMessages } = await import("@/lib/i18n/messages");
  return {
    getTranslations: async ({ locale, namespace }: { locale: "en" | "ja"; namespace?: string }) => createTranslator({ locale, messages: await loadMessages(locale), namespace: namespace as never }),
  };
});

const { GET: getSiteFeed } = await import("@/app/[locale]/feeds/reports.atom/route");
const { GET: getExchangeFeed } = await import("@/app/[locale]/feeds/exchanges/[slug]/reports.atom/route");
const { GET: getGuideFeed } = await import("@/app/[locale]/feeds/exchanges/[slug]/guide.atom/route");
const { default: sitemap } = await import("@/app/sitemap");

// The configured public origin (AUTH_URL, else http://localhost:PORT).
const ORIGIN = publicOrigin();
// A forged Host must never reach an address in a feed (the origin comes from configuration).
const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://attacker.example${path}`, { headers: { host: "attacker.example", "x-forwarded-host": "attacker.example", ...headers } });

const SECRET_TEXT = "unredacted-secret-text";
const AUTHOR_EMAIL = "author-feed@private.example";

let kraken: { id: string; slug: string };
let other: { id: string; slug: string };
const published: string[] = [];
const hidden: string[] = [];

beforeAll(async () => {
  kraken = await createExchange(db(), { nameEn: "Kraken & Co", nameJa: "クラーケン" });
  other = await createExchange(db());
  const author = await createUser(db(), { email: AUTHOR_EMAIL, displayName: "Feed Author" });
  for (const [index, day] of ["2026-02-01", "2026-02-03"].entries()) {
    const report = await createReport(db(), { exchangeId: kraken.id, authorId: author.id }, { createdAt: new Date(`${day}T00:00:00Z`), summary: `${SECRET_TEXT} ${AUTHOR_EMAIL}`, outcome: index ? "REJECTED" : "RESOLVED" });
    published.push(report.id);
  }
  published.push((await createReport(db(), { exchangeId: other.id, authorId: author.id }, { createdAt: new Date("2026-02-02T00:00:00Z") })).id);
  for (const status of ["PENDING_REVIEW", "HIDDEN"] as const) hidden.push((await createReport(db(), { exchangeId: kraken.id, authorId: author.id }, { status, summary: SECRET_TEXT, heldReasons: ["SCAM_CONTACT"] })).id);
  hidden.push((await createReport(db(), { exchangeId: kraken.id, authorId: author.id }, { deletedAt: new Date(), summary: SECRET_TEXT })).id);
  const editor = await createUser(db(), { email: "editor-feed@private.example", displayName: "Secret Editor", role: "MODERATOR" });
  await db().officialFactEdit.create({
    data: { exchangeId: kraken.id, editorId: editor.id, kind: "CREATED", after: { kind: "PROCESSING_TIME", textEn: "Recovery takes 2-3 days.", textJa: "復旧には2〜3日かかります。" }, createdAt: new Date("2026-02-04T00:00:00Z") },
  });
});

async function readFeed(response: Response): Promise<{ xml: string; feed: ReturnType<typeof parseAtom> }> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  const feed = parseAtom(xml);
  expect(atomProblems(feed)).toEqual([]);
  return { xml, feed };
}

function expectNothingPrivate(xml: string) {
  for (const id of hidden) expect(xml).not.toContain(id);
  expect(xml).not.toContain(SECRET_TEXT);
  expect(xml).not.toMatch(/@private\.example|Feed Author|Secret Editor/);
  expect(xml).not.toContain("attacker.example");
}

describe("the site-wide feed of new reports", () => {
  it("lists published reports newest first with stable ids, and nothing held, hidden, deleted or private", async () => {
    const { xml, feed } = await readFeed(await getSiteFeed(request("/en/feeds/reports.atom"), { params: Promise.resolve({ locale: "en" }) }));
    expect(feed.id).toBe(`${ORIGIN}/en/feeds/reports.atom`);
    expect(feed.links).toContainEqual({ rel: "self", href: `${ORIGIN}/en/feeds/reports.atom` });
    expect(feed.entries.map((entry) => entry.id)).toEqual([published[1], published[2], published[0]].map((id) => `${ORIGIN}/en/reports/${id}`));
    expect(feed.entries[0]).toMatchObject({ title: "Kraken &amp; Co: Rejected", updated: "2026-02-03T00:00:00.000Z" });
    expect(feed.entries[0]?.summary).toContain("January 2026");
    expect(feed.updated).toBe("2026-02-03T00:00:00.000Z");
    expectNothingPrivate(xml);
    const again = await readFeed(await getSiteFeed(request("/en/feeds/reports.atom"), { params: Promise.resolve({ locale: "en" }) }));
    expect(again.xml).toBe(xml);
  });

  it("speaks Japanese in /ja and answers 304 to a reader that has it", async () => {
    const response = await getSiteFeed(request("/ja/feeds/reports.atom"), { params: Promise.resolve({ locale: "ja" }) });
    const etag = response.headers.get("etag");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const { feed } = await readFeed(response);
    expect(feed.title).toBe("Recovery Atlas：新しい体験談");
    expect(feed.entries[0]?.title).toBe("クラーケン：拒否された");
    expect(feed.entries[0]?.id).toBe(`${ORIGIN}/ja/reports/${published[1]}`);
    const notModified = await getSiteFeed(request("/ja/feeds/reports.atom", { "if-none-match": etag ?? "" }), { params: Promise.resolve({ locale: "ja" }) });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
  });

  it("is not found in a language the site does not have", async () => {
    expect((await getSiteFeed(request("/fr/feeds/reports.atom"), { params: Promise.resolve({ locale: "fr" }) })).status).toBe(404);
  });
});

describe("an exchange's feeds", () => {
  it("list only that exchange's published reports", async () => {
    const { xml, feed } = await readFeed(await getExchangeFeed(request(`/en/feeds/exchanges/${kraken.slug}/reports.atom`), { params: Promise.resolve({ locale: "en", slug: kraken.slug }) }));
    expect(feed.entries.map((entry) => entry.id)).toEqual([published[1], published[0]].map((id) => `${ORIGIN}/en/reports/${id}`));
    expect(feed.links).toContainEqual({ rel: "alternate", href: `${ORIGIN}/en/exchanges/${kraken.slug}` });
    expectNothingPrivate(xml);
  });

  it("list the official procedure's edits in the guide feed, without their editor", async () => {
    const { xml, feed } = await readFeed(await getGuideFeed(request(`/en/feeds/exchanges/${kraken.slug}/guide.atom`), { params: Promise.resolve({ locale: "en", slug: kraken.slug }) }));
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries[0]).toMatchObject({ title: "Kraken &amp; Co: official procedure added: Stated processing time", summary: "Recovery takes 2-3 days.", updated: "2026-02-04T00:00:00.000Z" });
    expect(feed.entries[0]?.links[0]?.href).toBe(`${ORIGIN}/en/exchanges/${kraken.slug}`);
    expectNothingPrivate(xml);
    const ja = await readFeed(await getGuideFeed(request(`/ja/feeds/exchanges/${kraken.slug}/guide.atom`), { params: Promise.resolve({ locale: "ja", slug: kraken.slug }) }));
    expect(ja.feed.entries[0]?.summary).toBe("復旧には2〜3日かかります。");
  });

  it("are not found for an unknown or malformed exchange", async () => {
    for (const slug of ["no-such-exchange", "../etc", "A".repeat(300)]) {
      expect((await getExchangeFeed(request("/en/x"), { params: Promise.resolve({ locale: "en", slug }) })).status).toBe(404);
      expect((await getGuideFeed(request("/en/x"), { params: Promise.resolve({ locale: "en", slug }) })).status).toBe(404);
    }
  });
});

describe("the sitemap", () => {
  it("lists every guide in both languages, each naming the other as its hreflang alternate", async () => {
    const entries = await sitemap();
    const exchanges = await db().exchange.findMany({ select: { slug: true } });
    for (const { slug } of exchanges) {
      for (const locale of ["en", "ja"]) {
        const entry = entries.find((candidate) => candidate.url === `${ORIGIN}/${locale}/exchanges/${slug}`);
        expect(entry?.alternates?.languages).toEqual({ en: `${ORIGIN}/en/exchanges/${slug}`, ja: `${ORIGIN}/ja/exchanges/${slug}`, "x-default": `${ORIGIN}/en/exchanges/${slug}` });
        expect(entry?.lastModified).toBeInstanceOf(Date);
      }
    }
    expect(entries.map((entry) => entry.url)).toEqual(expect.arrayContaining([`${ORIGIN}/en`, `${ORIGIN}/ja`, `${ORIGIN}/en/compare`, `${ORIGIN}/ja/compare`]));
    expect(new Set(entries.map((entry) => entry.url)).size).toBe(entries.length);
  });
});
