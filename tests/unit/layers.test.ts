import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The repository's own eslint.config.mjs, run on deliberate violations: the layer rules are
// part of `npm test` only if these are reported.

const root = fileURLToPath(new URL("../..", import.meta.url));
const configFile = join(root, "eslint.config.mjs");
// Loading eslint-config-next and parsing takes seconds on a busy machine.
const LINT_TIMEOUT_MS = 60_000;

let eslint: ESLint;

beforeAll(() => {
  // import/no-cycle needs the linted file on disk (it crashes on text with no file); circles are
  // tested below with real files.
  eslint = new ESLint({ cwd: root, overrideConfigFile: configFile, overrideConfig: { rules: { "import/no-cycle": "off" } } });
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? "parse"}: ${message.message}`);
}

async function layerProblems(filePath: string, code: string): Promise<string[]> {
  return (await problems(filePath, code)).filter((problem) => problem.startsWith("layers/boundaries"));
}

describe("layer rules", { timeout: LINT_TIMEOUT_MS }, () => {
  it("lets a clean domain file through", async () => {
    const code = `import { z } from "zod";\nimport { summarize } from "./stats";\nimport { moderate } from "@/lib/domain/moderation";\n\nexport const checked = [z, summarize, moderate];\n`;
    expect(await problems("lib/domain/layers-fixture.ts", code)).toEqual([]);
  });

  it("keeps lib/domain free of I/O, Prisma, Next and Node", async () => {
    const imports = ["@/lib/data/guides", "../db", "../generated/prisma/enums", "@/lib/env", "@prisma/client", "pg", "next/cache", "node:fs", "child_process", "server-only"];
    const code = imports.map((source, index) => `import * as imported${index} from "${source}";`).join("\n") + `\nexport const all = [${imports.map((_, index) => `imported${index}`).join(", ")}];\n`;
    const found = await layerProblems("lib/domain/layers-fixture.ts", code);
    expect(found).toHaveLength(imports.length);
    for (const [index, source] of imports.entries()) expect(found[index]).toContain(`'${source}'`);
  });

  it("refuses lib importing app or scripts, by alias or relative path", async () => {
    const code = `import { migrate } from "@/scripts/db/migrate";\nimport { primaryName } from "../../app/[locale]/_components/names";\nexport const both = [migrate, primaryName];\n`;
    const found = await layerProblems("lib/data/layers-fixture.ts", code);
    expect(found).toHaveLength(2);
    expect(found[0]).toContain("lib may not import scripts");
    expect(found[1]).toContain("lib may not import app");
  });

  it("refuses server modules and Prisma's generated code in a client component, but not erased type imports", async () => {
    const code = `"use client";\nimport { FlagReason } from "@/lib/generated/prisma/enums";\nimport { db } from "@/lib/db";\nimport "server-only";\nimport type { VoteTally } from "@/lib/data/votes";\nimport { FLAG_REASONS } from "@/lib/validation/flag";\n\nexport function Fixture({ tally }: { tally: VoteTally }) {\n  return <p>{[FlagReason, db, FLAG_REASONS, tally].length}</p>;\n}\n`;
    const found = await layerProblems("app/[locale]/_components/layers-fixture.tsx", code);
    expect(found).toHaveLength(3);
    expect(found.join("\n")).toContain("'@/lib/generated/prisma/enums'");
    expect(found.join("\n")).toContain("'@/lib/db'");
    expect(found.join("\n")).toContain("'server-only'");
  });

  it("holds lib/validation, which client forms import, to the client rule", async () => {
    const code = `import { z } from "zod";\nimport { FlagReason } from "../generated/prisma/enums";\nexport const FlagReasonSchema = z.enum(FlagReason);\n`;
    const found = await layerProblems("lib/validation/layers-fixture.ts", code);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("'../generated/prisma/enums'");
  });

  it("allows the same imports in a server component", async () => {
    const code = `import { FlagReason } from "@/lib/generated/prisma/enums";\nimport { db } from "@/lib/db";\n\nexport function Fixture() {\n  return <p>{[FlagReason, db].length}</p>;\n}\n`;
    expect(await layerProblems("app/[locale]/_components/layers-fixture.tsx", code)).toEqual([]);
  });

  it("refuses a route importing another route's folder, not its own or _components", async () => {
    const code = `import { ConfidenceBadge } from "../exchanges/[slug]/guide-sections";\nimport { primaryName } from "../_components/names";\nimport { loadThing } from "./load-thing";\nexport const all = [ConfidenceBadge, primaryName, loadThing];\n`;
    const found = await layerProblems("app/[locale]/compare/layers-fixture.tsx", code);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("'../exchanges/[slug]/guide-sections'");
  });
});

describe("import circles", { timeout: LINT_TIMEOUT_MS }, () => {
  // import/no-cycle follows real files, so the circle is written to a scratch directory laid out
  // like the repository and linted there with the repository's config.
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), "layers-cycle-"));
    await mkdir(join(scratch, "scripts"), { recursive: true });
    await writeFile(join(scratch, "scripts", "first.ts"), `import { second } from "./second";\nexport const first = () => second();\n`);
    // A dynamic import closes the circle too: today's scripts/db circle was one.
    await writeFile(join(scratch, "scripts", "second.ts"), `export async function second() {\n  const { first } = await import("./first");\n  return first;\n}\n`);
    await writeFile(join(scratch, "scripts", "alone.ts"), `import { second } from "./second";\nexport const alone = second;\n`);
  });

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it("reports both files of a two-file circle and not a file outside it", async () => {
    // The scratch directory is no Next app: the Next rule looking for pages/ would only warn.
    const scratchLint = new ESLint({ cwd: scratch, overrideConfigFile: configFile, overrideConfig: { rules: { "@next/next/no-html-link-for-pages": "off" } } });
    const results = await scratchLint.lintFiles(["scripts/first.ts", "scripts/second.ts", "scripts/alone.ts"]);
    const cycles = Object.fromEntries(
      results.map((result) => [result.filePath.slice(scratch.length + 1), result.messages.filter((message) => message.ruleId === "import/no-cycle").length]),
    );
    expect(cycles).toEqual({ "scripts/first.ts": 1, "scripts/second.ts": 1, "scripts/alone.ts": 0 });
  });
});
