import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

// `npm start` serves a production build; it rebuilds only when a file that goes into the build
// changed, so a restart takes a second instead of a minute.
const buildInputs = [
  "app",
  "lib",
  "messages",
  "public",
  "prisma/schema.prisma",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const skipped = new Set(["generated", "node_modules"]);

function collectFiles(root: string, path: string, out: string[]): void {
  const full = join(root, path);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const entry of readdirSync(full).sort()) {
      if (!skipped.has(entry)) collectFiles(root, join(path, entry), out);
    }
  } else if (!/\.test\.tsx?$/.test(path)) {
    out.push(path);
  }
}

export function computeBuildStamp(root: string): string {
  const files: string[] = [];
  for (const input of buildInputs) collectFiles(root, input, files);
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(relative(root, join(root, file)));
    hash.update("\0");
    hash.update(readFileSync(join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

export function stampPath(root: string): string {
  return join(root, ".next", "recovery-atlas-build-stamp");
}

export function isBuildCurrent(root: string): boolean {
  const path = stampPath(root);
  return existsSync(join(root, ".next", "BUILD_ID")) && existsSync(path) && readFileSync(path, "utf8") === computeBuildStamp(root);
}
