import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// `npm start` with a bad configuration must stop at once with one clear line, no stack trace.
function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("npm start with bad configuration", () => {
  it("names a malformed DATABASE_URL", () => {
    const { status, output } = start({ DATABASE_URL: "not-a-url" });
    expect(status).toBe(1);
    expect(output).toContain("DATABASE_URL must be a PostgreSQL URL");
    expect(output).not.toMatch(/\n\s+at /);
  });

  it("names several bad variables at once", () => {
    const { status, output } = start({ PORT: "eighty", AUTH_SECRET: "short" });
    expect(status).toBe(1);
    expect(output).toContain("PORT");
    expect(output).toContain("AUTH_SECRET must be at least 32 characters");
    expect(output).not.toMatch(/\n\s+at /);
  });

  it("says which database it cannot reach", () => {
    const { status, output } = start({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/nothing" });
    expect(status).toBe(1);
    expect(output).toContain("Cannot connect to DATABASE_URL (127.0.0.1:1/nothing)");
    expect(output).not.toMatch(/\n\s+at /);
  });
});
