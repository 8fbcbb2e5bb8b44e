import fc from "fast-check";

// Hostile requests for the fuzzer (tests/fuzz/fuzz.ts): every page, API route and server action
// of the app, with addresses, queries, headers and bodies a browser would never send. Built from
// a seed, so a run that finds a 5xx can be repeated exactly.

export type FuzzRequest = {
  kind: string;
  method: string;
  /** Sent as it is: may hold malformed % escapes; characters Node refuses in a path are escaped first. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** Sends this Content-Length but only the first bytes of a body this large, then waits for the answer. */
  declaredLength?: number;
};

export type ServerAction = { id: string; name: string };

const LOCALES = ["en", "ja"];
const EXCHANGES = ["kraken", "zaif", "upbit", "binance"];
const SEED_REPORT = "seed-report-kraken";

/** Strings that have broken web apps before: control characters, escapes, markup, odd Unicode. */
export const NAUGHTY_STRINGS: readonly string[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0000".repeat(64),
  "\u0001\u0002\u0003\u001b[31m",
  "\u007f\u0080\u009f",
  "\r\n\r\nX-Injected: 1",
  "\t\v\f",
  "%",
  "%%",
  "%zz",
  "%C3%28",
  "%E0%A4%A",
  "%00",
  "%2e%2e%2f",
  "../../../../etc/passwd",
  "..\\..\\windows\\win.ini",
  ".",
  "..",
  "a.b",
  "index.php",
  "wp-login.php",
  ".env",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "'; DROP TABLE \"Report\"; --",
  "' OR '1'='1",
  "${7*7}{{7*7}}<%= 7*7 %>",
  "__proto__",
  "constructor",
  "prototype",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "1e309",
  "99999999999999999999999999",
  "true",
  "[]",
  "{}",
  "\ud800",
  "\udfff",
  "\ud83d\ude00",
  "\u202eevil\u202c",
  "\u200b\u200c\u200d\ufeff",
  "Ｋｒａｋｅｎ",
  "旅人",
  "ﷺ",
  "𝕏".repeat(50),
  "a".repeat(5000),
  "あ".repeat(2000),
  "$undefined",
  "$1",
  "$@0",
  "$K1",
  "$Q0",
  "$T",
  "\\u0000",
  "%u0000",
  "\u2028\u2029",
];

/** A tiny PRNG (mulberry32): the same seed gives the same requests. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRequestGenerator({ seed, actions, origin, sessionCookie }: { seed: number; actions: readonly ServerAction[]; origin: string; sessionCookie?: string }) {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const chance = (probability: number) => random() < probability;

  // Arbitrary values from fast-check, drawn once from the same seed.
  const arbitraryStrings = fc.sample(fc.oneof(fc.string({ unit: "binary", maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 30 }), fc.string({ maxLength: 20 })), { seed, numRuns: 600 });
  const arbitraryJson = fc.sample(fc.jsonValue({ maxDepth: 3 }), { seed: seed + 1, numRuns: 400 });

  const naughtyString = () => (chance(0.6) ? pick(NAUGHTY_STRINGS) : pick(arbitraryStrings));

  /** A path segment: percent-encoded naughty text, or raw bytes that are no valid escape at all. */
  function segment(): string {
    const roll = random();
    if (roll < 0.15) return pick(["%", "%zz", "%C3%28", "%E0%A4%A", "%ff%fe", "%00", "a%00b", "%c0%af", "%ED%A0%80", "%", "%2", "%%32%65"]);
    if (roll < 0.25) return pick(["seed-report-kraken", "x", "a.b", "favicon.ico", "..", ".", "index.php", "wp-admin", "clxyz123abc", "-".repeat(64), "A".repeat(65)]);
    return escapeForPath(naughtyString());
  }

  function locale(): string {
    return chance(0.85) ? pick(LOCALES) : segment();
  }

  function query(): string {
    if (chance(0.4)) return "";
    const names = ["page", "period", "sortBy", "direction", "inquiryLanguage", "exchange", "saved", "callbackUrl", "error", "slug", "scope", "q", segment()];
    const pairs = Array.from({ length: 1 + Math.floor(random() * 3) }, () => `${pick(names)}=${chance(0.2) ? pick(["%", "%zz", "%C3%28", "%00"]) : encodeURIComponent(safeForUri(naughtyString()))}`);
    return `?${pairs.join("&")}`;
  }

  const pagePaths = (): string[] => {
    const l = locale();
    const x = segment();
    return [
      "/",
      `/${l}`,
      `/${l}/exchanges/${pick([...EXCHANGES, x])}`,
      `/${l}/exchanges/${pick([...EXCHANGES, x])}/reports`,
      `/${l}/reports/${pick([SEED_REPORT, x])}`,
      `/${l}/reports/${x}/edit`,
      `/${l}/reports/${x}/update`,
      `/${l}/reports/${x}/delete`,
      `/${l}/reports/new`,
      `/${l}/compare`,
      `/${l}/sign-in`,
      `/${l}/sign-in/check-email`,
      `/${l}/account`,
      `/${l}/moderation`,
      `/${l}/moderation/log`,
      `/${l}/dev/mailbox`,
      `/${x}`,
      `/${l}/${x}`,
      `/${l}/${x}/${segment()}`,
      `/${x}.${pick(["php", "env", "json", "html", "ico", "map"])}`,
    ];
  };

  function sameOriginHeaders(): Record<string, string> {
    const roll = random();
    if (roll < 0.6) return { origin };
    if (roll < 0.7) return {};
    const other = [origin.replace("http://", "https://"), "http://evil.example", "null", "garbage", "http://localhost", `${origin}/path`, "", "http://[::1", "https://xn--80ak6aa92e.com"];
    return { origin: pick(other) };
  }

  /** A report- or flag-shaped object whose fields are naughty: the schema has to refuse each one cleanly. */
  function naughtyObject(): Record<string, unknown> {
    const fields = ["exchangeSlug", "incidentMonth", "lockoutCause", "lockoutDetail", "hadBackupCodes", "verificationLevel", "contactChannel", "contactPath", "inquiryLanguage", "replyLanguages", "textLanguage", "outcome", "summary", "tips", "events", "requiredItems", "idempotencyKey", "reason", "details", "reportId", "value"];
    const body: Record<string, unknown> = {};
    for (const field of fields) if (chance(0.6)) body[field] = chance(0.7) ? naughtyString() : pick(arbitraryJson);
    if (chance(0.3)) body.events = [{ kind: "CONTACTED", day: naughtyString(), note: naughtyString() }];
    return body;
  }

  function jsonBody(): Buffer {
    const roll = random();
    if (roll < 0.15) return Buffer.from(pick(["null", "[]", "{}", '""', "0", "true", "{", '{"a":', "\u0000", "", "[null]", '{"__proto__":{"x":1}}']));
    return Buffer.from(JSON.stringify(roll < 0.55 ? pick(arbitraryJson) : naughtyObject()));
  }

  function multipartBody(): { body: Buffer; contentType: string } {
    const boundary = `----fuzz${Math.floor(random() * 1e9)}`;
    if (chance(0.2)) return { body: Buffer.from(pick(["garbage", `--${boundary}\r\n`, `--${boundary}\r\nContent-Disposition: form-data\r\n\r\nx`, ""])), contentType: `multipart/form-data; boundary=${boundary}` };
    const names = ["locale", "reportId", "reason", "details", "displayName", "email", "redirectTo", "provider", "intent", "flagId", "userId", "1_locale", "1_reportId", "$ACTION_REF_1", "$ACTION_1:0", "$ACTION_KEY", "0", "1"];
    const parts = Array.from({ length: 1 + Math.floor(random() * 5) }, () => {
      const name = chance(0.9) ? pick(names) : naughtyString().replace(/["\r\n]/g, "");
      return `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${naughtyString()}\r\n`;
    });
    return { body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${chance(0.9) ? boundary : "other"}` };
  }

  function actionArguments(): Buffer {
    const roll = random();
    if (roll < 0.2) return Buffer.from(pick(["null", "[]", "{}", '"x"', "garbage{", "", "[null,null]", '["$1"]', '["$@0"]', '["$K1"]', '["$Q1"]', '["$T"]', '[{"$$typeof":1}]', "[".repeat(500)]));
    const values = Array.from({ length: Math.floor(random() * 3) }, () => (chance(0.5) ? pick(arbitraryJson) : { locale: naughtyString(), reportId: naughtyString(), input: naughtyObject() }));
    return Buffer.from(JSON.stringify(values));
  }

  function actionPost(): FuzzRequest {
    const action = actions.length > 0 && chance(0.8) ? pick(actions) : null;
    const id = action?.id ?? pick([randomHex(42), randomHex(40), "", "x", "%%%", "0".repeat(42), "7f".repeat(21), naughtyString().replace(/[^\x21-\x7e]/g, "")]);
    const multipart = chance(0.35);
    const { body, contentType } = multipart ? multipartBody() : { body: actionArguments(), contentType: pick(["text/plain;charset=UTF-8", "application/json", "text/plain", "application/octet-stream"]) };
    return {
      kind: action ? `action:${action.name}` : "action:unknown-id",
      method: "POST",
      path: pick(pagePaths()),
      headers: { ...sameOriginHeaders(), "next-action": id, "content-type": contentType, accept: "text/x-component" },
      body,
    };
  }

  function randomHex(length: number): string {
    return Array.from({ length }, () => "0123456789abcdef"[Math.floor(random() * 16)]).join("");
  }

  function apiRequest(): FuzzRequest {
    const roll = random();
    if (roll < 0.25) {
      const q = chance(0.5) ? `?slug=${encodeURIComponent(safeForUri(naughtyString()))}` : query();
      return { kind: "api:guides-version", method: "GET", path: `/api/guides/version${q}`, headers: {} };
    }
    if (roll < 0.8) {
      const path = chance(0.5) ? "/api/reports" : `/api/reports/${chance(0.3) ? SEED_REPORT : segment()}/flags`;
      const contentType = pick(["application/json", "application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=utf-16", ""]);
      return { kind: path === "/api/reports" ? "api:reports" : "api:flags", method: pick(["POST", "POST", "POST", "GET", "PUT", "DELETE"]), path, headers: { ...sameOriginHeaders(), ...(contentType ? { "content-type": contentType } : {}) }, body: jsonBody() };
    }
    const authPath = pick(["session", "csrf", "providers", "signin", "signin/nodemailer", "signout", "callback/nodemailer", "callback/github", "error", "verify-request", segment()]);
    const method = pick(["GET", "POST"]);
    return {
      kind: "api:auth",
      method,
      path: `/api/auth/${authPath}${method === "GET" ? query() : ""}`,
      headers: { ...sameOriginHeaders(), "content-type": "application/x-www-form-urlencoded" },
      body: method === "POST" ? Buffer.from(`csrfToken=${encodeURIComponent(safeForUri(naughtyString()))}&email=${encodeURIComponent(safeForUri(naughtyString()))}&callbackUrl=${encodeURIComponent(safeForUri(naughtyString()))}`) : undefined,
    };
  }

  function pageRequest(): FuzzRequest {
    const method = pick(["GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"]);
    const headers: Record<string, string> = {};
    if (chance(0.2)) headers["accept-language"] = pick(["ja", "*", "xx-YY;q=2", "\u00ff", ";;;,,,", "en-US,en;q=0.9"]);
    if (chance(0.1)) headers.cookie = pick(["NEXT_LOCALE=xx", "NEXT_LOCALE=%zz", "authjs.session-token=garbage", "__Secure-authjs.session-token=%00"]);
    if (chance(0.1)) headers.rsc = "1";
    if (chance(0.1)) headers["x-forwarded-proto"] = pick(["https", "gopher", ""]);
    if (method === "POST" || method === "PUT") {
      headers["content-type"] = pick(["application/x-www-form-urlencoded", "application/json", "text/plain"]);
      Object.assign(headers, sameOriginHeaders());
    }
    return { kind: "page", method, path: `${pick(pagePaths())}${query()}`, headers, body: method === "POST" || method === "PUT" ? jsonBody() : undefined };
  }

  /** A body over the server's cap: either sent whole (2 MB) or only announced (100 MB). */
  function oversized(): FuzzRequest {
    const path = pick(["/api/reports", `/api/reports/${SEED_REPORT}/flags`, "/en", "/en/reports/new"]);
    const headers: Record<string, string> = { ...sameOriginHeaders(), "content-type": path.startsWith("/api") ? "application/json" : "text/plain;charset=UTF-8" };
    if (!path.startsWith("/api") && actions.length > 0) headers["next-action"] = pick(actions).id;
    return chance(0.5)
      ? { kind: "oversized:announced", method: "POST", path, headers, declaredLength: 100 * 1024 * 1024 }
      : { kind: "oversized:sent", method: "POST", path, headers, body: Buffer.alloc(2 * 1024 * 1024 + 1, "[") };
  }

  function anyRequest(): FuzzRequest {
    const roll = random();
    if (roll < 0.002) return oversized();
    // Pages cost the most to answer (each renders, if only the 404 page): a third of the requests.
    if (roll < 0.3) return pageRequest();
    if (roll < 0.65) return actionPost();
    return apiRequest();
  }

  return function next(): FuzzRequest {
    const request = anyRequest();
    // Signed in for three requests in ten (pages render per request then); never for sign-out, which would end the session for the rest.
    if (sessionCookie && request.kind !== "action:signOutAction" && request.headers.cookie === undefined && chance(0.3)) {
      return { ...request, kind: `${request.kind}+session`, headers: { ...request.headers, cookie: sessionCookie } };
    }
    return request;
  };
}

/** Percent-encodes what Node refuses in a request path, and keeps everything else (raw `%` too). */
export function escapeForPath(value: string): string {
  return Array.from(value)
    .map((character) => (/^[\u0021-\u007e]$/.test(character) && character !== "?" && character !== "#" && character !== "/" ? character : encodeURIComponent(safeForUri(character))))
    .join("");
}

/** encodeURIComponent throws on a lone surrogate; those go out as the replacement character's bytes. */
function safeForUri(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
