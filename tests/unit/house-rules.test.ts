import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findRepeatedBlocks, type SourceFile } from "../helpers/repeated-blocks";

// Two of the house rules a reviewer would otherwise check by eye: a source file in lib/ or app/
// does one job and fits in a reader's head (350 lines), and no block of six or more lines is
// written twice. Tests, corpora and data tables are left out: they are lists, not logic.

const root = fileURLToPath(new URL("../..", import.meta.url));
const MAX_LINES = 350;
const SOURCE = /\.(ts|tsx|mjs)$/;
const NOT_LOGIC = [/\.test\.tsx?$/, /^lib\/domain\/detection\/corpus\//, /^lib\/generated\//];

function sourceFiles(folder: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SOURCE.test(entry.name)) {
        const path = relative(root, full).split("\\").join("/");
        if (!NOT_LOGIC.some((pattern) => pattern.test(path))) files.push({ path, text: readFileSync(full, "utf8") });
      }
    }
  };
  walk(join(root, folder));
  return files;
}

const files = [...sourceFiles("lib"), ...sourceFiles("app")];

describe("house rules for lib/ and app/", () => {
  it("reads the source tree", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it(`keeps every source file at ${MAX_LINES} lines or fewer`, () => {
    const long = files.map((file) => ({ path: file.path, lines: file.text.split("\n").length })).filter((file) => file.lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it("writes no block of six or more lines twice", () => {
    expect(findRepeatedBlocks(files)).toEqual([]);
  });
});

describe("findRepeatedBlocks", () => {
  const block = ["const a = load(id);", "if (!a) return null;", "const b = a.items.map((item) => item.code);", "b.sort();", "log(b);", "return { a, b };"];

  it("finds six lines copied into another file, whatever their indentation", () => {
    const found = findRepeatedBlocks([
      { path: "one.ts", text: ["function f() {", ...block, "}"].join("\n") },
      { path: "two.ts", text: ["function g() {", "  // same thing", ...block.map((line) => `    ${line}`), "}"].join("\n") },
    ]);
    expect(found).toEqual([{ first: "one.ts:2", second: "two.ts:3", lines: 6 }]);
  });

  it("ignores five shared lines, blank lines, comments and imports", () => {
    const imports = ['import { a } from "a";', 'import { b } from "b";', 'import { c } from "c";', 'import { d } from "d";', 'import { e } from "e";', 'import { f } from "f";'];
    const found = findRepeatedBlocks([
      { path: "one.ts", text: [...imports, ...block.slice(0, 5), "one();"].join("\n") },
      { path: "two.ts", text: [...imports, "", ...block.slice(0, 5), "two();"].join("\n") },
    ]);
    expect(found).toEqual([]);
  });

  it("finds a block repeated within one file but not one long run of identical lines", () => {
    expect(findRepeatedBlocks([{ path: "one.ts", text: [...block, "between();", ...block].join("\n") }])).toEqual([{ first: "one.ts:1", second: "one.ts:8", lines: 6 }]);
    expect(findRepeatedBlocks([{ path: "one.ts", text: Array.from({ length: 8 }, () => "push(x);").join("\n") }])).toEqual([]);
  });
});
