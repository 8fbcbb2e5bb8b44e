import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env-schema";

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
}

describe("parseEnv", () => {
  it("accepts an empty environment (embedded database, no mail, no OAuth)", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_POOL_SIZE).toBe(5);
  });

  it("trusts no proxy headers unless TRUST_PROXY says a proxy sets them", () => {
    expect(parseEnv({}).TRUST_PROXY).toBe("false");
    expect(parseEnv({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe("true");
    expect(problemsOf({ TRUST_PROXY: "yes" })[0]).toMatch(/^TRUST_PROXY/);
  });

  it("repairs the guides nightly unless GUIDES_REPAIR_CRON says otherwise, and names a malformed cron", () => {
    expect(parseEnv({}).GUIDES_REPAIR_CRON).toBe("30 3 * * *");
    expect(parseEnv({ GUIDES_REPAIR_CRON: "off" }).GUIDES_REPAIR_CRON).toBe("off");
    expect(parseEnv({ GUIDES_REPAIR_CRON: " 0 */6 * * * " }).GUIDES_REPAIR_CRON).toBe("0 */6 * * *");
    expect(problemsOf({ GUIDES_REPAIR_CRON: "nightly" })[0]).toMatch(/^GUIDES_REPAIR_CRON must be a cron expression/);
    expect(problemsOf({ GUIDES_REPAIR_CRON: "0 3 * *" })[0]).toMatch(/^GUIDES_REPAIR_CRON/);
  });

  it("treats empty strings as unset, as .env files often leave them", () => {
    expect(parseEnv({ DATABASE_URL: "", SMTP_URL: " " }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    ["not a url", "DATABASE_URL must be a PostgreSQL URL"],
    ["mysql://root@127.0.0.1/test", "DATABASE_URL must be a PostgreSQL URL"],
    ["postgresql://", "DATABASE_URL must be a PostgreSQL URL"],
  ])("names DATABASE_URL when it is %j", (value, message) => {
    const problems = problemsOf({ DATABASE_URL: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it("accepts a real PostgreSQL URL", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/test" }).DATABASE_URL).toBe(
      "postgresql://postgres@127.0.0.1:5432/test",
    );
  });

  it("reports every field problem at once, each naming its variable", () => {
    const problems = problemsOf({ PORT: "http", AUTH_SECRET: "short", DATABASE_URL: "x" });
    expect(problems.map((problem) => problem.split(" ")[0]).sort()).toEqual(["AUTH_SECRET", "DATABASE_URL", "PORT"]);
  });

  it("names the missing half of a pair", () => {
    expect(problemsOf({ AUTH_GITHUB_ID: "x" })).toEqual(["AUTH_GITHUB_SECRET must be set together with AUTH_GITHUB_ID"]);
    expect(problemsOf({ AUTH_GOOGLE_SECRET: "x" })).toEqual(["AUTH_GOOGLE_ID must be set together with AUTH_GOOGLE_SECRET"]);
    expect(problemsOf({ SMTP_URL: "smtp://127.0.0.1:2525" })).toEqual(["EMAIL_FROM must be set when SMTP_URL is set"]);
  });
});
