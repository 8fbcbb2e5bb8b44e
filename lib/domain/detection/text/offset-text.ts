// Text that remembers, for every UTF-16 unit, which span of the author's original text it came
// from. The normalisation and reveal passes rewrite text through it, so a detector that scans the
// canonical form can still highlight or redact the text the author wrote.

export type TextSpan = { start: number; end: number };

export type NormalizedText = {
  /** The text as the author wrote it. */
  readonly original: string;
  /** The canonical form the detectors scan. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, the offset in `original` where its source begins. */
  readonly originalStarts: Int32Array;
  /** For each UTF-16 unit of `text`, the offset in `original` where its source ends. */
  readonly originalEnds: Int32Array;
};

/** Maps a span of the canonical text back to the span of the original it came from. */
export function toOriginalSpan(normalized: NormalizedText, span: TextSpan): TextSpan {
  if (span.end <= span.start) {
    const at = normalized.originalStarts[span.start] ?? normalized.original.length;
    return { start: at, end: at };
  }
  const start = normalized.originalStarts[span.start];
  const end = normalized.originalEnds[span.end - 1];
  if (start === undefined || end === undefined) {
    throw new RangeError(`Span ${span.start}-${span.end} lies outside the normalised text`);
  }
  return { start, end };
}

// Offsets live in typed arrays so that rewrites copy unchanged stretches in bulk.
class MappedTextBuilder {
  private readonly chunks: string[] = [];
  private readonly starts: Int32Array[] = [];
  private readonly ends: Int32Array[] = [];

  append(chunk: string, originalStart: number, originalEnd: number): void {
    this.chunks.push(chunk);
    this.starts.push(new Int32Array(chunk.length).fill(originalStart));
    this.ends.push(new Int32Array(chunk.length).fill(originalEnd));
  }

  copy(source: NormalizedText, from: number, to: number): void {
    if (to <= from) return;
    this.chunks.push(source.text.slice(from, to));
    this.starts.push(source.originalStarts.subarray(from, to));
    this.ends.push(source.originalEnds.subarray(from, to));
  }

  build(original: string): NormalizedText {
    const text = this.chunks.join("");
    return { original, text, originalStarts: concatenate(this.starts, text.length), originalEnds: concatenate(this.ends, text.length) };
  }
}

function concatenate(parts: readonly Int32Array[], length: number): Int32Array {
  const joined = new Int32Array(length);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/**
 * Rewrites every match of `pattern` with what `replace` returns (`undefined` keeps the match).
 * Each character of a replacement maps to the whole original span of the text it replaced, so
 * rewrites compose: the result still maps to the author's original text.
 */
export function rewriteNormalized(
  source: NormalizedText,
  pattern: RegExp,
  replace: (match: RegExpExecArray, text: string) => string | undefined,
): NormalizedText {
  const regex = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  const builder = new MappedTextBuilder();
  let copiedUpTo = 0;
  let changed = false;
  for (let match = regex.exec(source.text); match !== null; match = regex.exec(source.text)) {
    if (match[0].length === 0) {
      regex.lastIndex += 1;
      continue;
    }
    const replacement = replace(match, source.text);
    if (replacement === undefined || replacement === match[0]) continue;
    const matchEnd = match.index + match[0].length;
    builder.copy(source, copiedUpTo, match.index);
    const span = toOriginalSpan(source, { start: match.index, end: matchEnd });
    builder.append(replacement, span.start, span.end);
    copiedUpTo = matchEnd;
    changed = true;
  }
  if (!changed) return source;
  builder.copy(source, copiedUpTo, source.text.length);
  return builder.build(source.original);
}
