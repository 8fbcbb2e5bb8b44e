// Finds runs of lines that stand in two places of a source tree, the way a reviewer reading for
// copy-paste would: blank lines, comments, lone punctuation and imports do not count, white
// space is folded, and a run must be at least `minLines` meaningful lines long.

export type SourceFile = { path: string; text: string };
export type RepeatedBlock = { first: string; second: string; lines: number };

type Line = { text: string; number: number };

function meaningfulLines(text: string): Line[] {
  const lines: Line[] = [];
  let inBlockComment = false;
  text.split("\n").forEach((raw, index) => {
    let line = raw.trim();
    if (inBlockComment) {
      if (!line.includes("*/")) return;
      inBlockComment = false;
      line = line.slice(line.indexOf("*/") + 2).trim();
    }
    if (line.startsWith("/*")) {
      if (!line.includes("*/")) inBlockComment = true;
      return;
    }
    if (line === "" || line.startsWith("//") || line.startsWith("*")) return;
    if (/^(import|export \{[^}]*\} from|export \* from)\b/.test(line) || /^[\])}>;,(]*$/.test(line)) return;
    lines.push({ text: line.replace(/\s+/g, " "), number: index + 1 });
  });
  return lines;
}

/** Every pair of places sharing `minLines` or more meaningful lines to the letter, longest first. */
export function findRepeatedBlocks(files: readonly SourceFile[], minLines = 6): RepeatedBlock[] {
  const parsed = files.map((file) => ({ path: file.path, lines: meaningfulLines(file.text) }));
  const seen = new Map<string, { file: number; start: number }>();
  const found = new Map<string, RepeatedBlock>();
  parsed.forEach((file, fileIndex) => {
    for (let start = 0; start + minLines <= file.lines.length; start += 1) {
      const key = file.lines
        .slice(start, start + minLines)
        .map((line) => line.text)
        .join("\n");
      const earlier = seen.get(key);
      if (!earlier) {
        seen.set(key, { file: fileIndex, start });
        continue;
      }
      // Overlapping windows of one run in the same file (a repeated line) are not a copy.
      if (earlier.file === fileIndex && start - earlier.start < minLines) continue;
      const other = parsed[earlier.file]!;
      const first = `${other.path}:${other.lines[earlier.start]!.number}`;
      const second = `${file.path}:${file.lines[start]!.number}`;
      const pairKey = `${other.path}|${file.path}`;
      if (![...found.values()].some((block) => block.first.startsWith(`${other.path}:`) && block.second.startsWith(`${file.path}:`))) {
        found.set(pairKey, { first, second, lines: minLines });
      }
    }
  });
  return [...found.values()];
}
