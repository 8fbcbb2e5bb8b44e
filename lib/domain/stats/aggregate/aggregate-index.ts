import type { comparisonLanguageOf } from "../comparison-views";
import type { GuideFigures } from "../guide-stats";
import type { Contribution, Tally } from "./contribution";

// An exchange's aggregate with every key parsed once (contribution.ts says what the keys mean).
// Computing a guide from it costs a pass over its entries and no string work, and a reader that
// keeps one between refreshes (lib/data/guides/aggregate-cache.ts) only sets the keys that moved.

export type LanguageClass = ReturnType<typeof comparisonLanguageOf>;

/** An incident month and inquiry language: the unit the comparison's views select. */
export type Bucket = { readonly dateMs: number; readonly lc: LanguageClass };

type Counted = { count: number; weight: number };
export type ReportEntry = Counted & { kind: "n"; bucket: Bucket };
export type OutcomeEntry = Counted & { kind: "o"; bucket: Bucket; outcome: keyof GuideFigures["outcomes"] };
/**
 * A wait in whole hours (`hours`), or one still running (`hours` -1): `sinceIndex` is then the UTC
 * day (DAY) or hour (MINUTE) it began. A class, so that the passes over the waits (most of a large
 * exchange's keys) see one shape.
 */
export class WaitEntry {
  readonly kind = "t";
  constructor(
    readonly bucket: Bucket,
    readonly measure: "f" | "r",
    readonly observed: boolean,
    readonly hours: number,
    readonly sinceIndex: number,
    readonly sincePrecision: "DAY" | "MINUTE",
    public count: number,
    public weight: number,
  ) {}
}
export type ChannelEntry = Counted & { kind: "ch"; channel: string };
export type ReplyLanguageEntry = Counted & { kind: "rl"; differs: boolean };
export type ListingEntry = Counted & { kind: "il"; dateMs: number };
export type ItemEntry = Counted & { kind: "i"; dateMs: number; code: string };
export type NoteEntry = Counted & { kind: "in"; dateMs: number; language: string; code: string; note: string };
export type PathEntry = Counted & { kind: "p"; month: string; path: string };

export type IndexedEntry = ReportEntry | OutcomeEntry | WaitEntry | ChannelEntry | ReplyLanguageEntry | ListingEntry | ItemEntry | NoteEntry | PathEntry;

const OUTCOMES: Record<string, OutcomeEntry["outcome"]> = { resolved: "resolved", rejected: "rejected", gaveUp: "gaveUp", open: "open" };

// The key with its first `parts` parts split off and the rest (free text) kept whole.
function splitKey(key: string, parts: number): string[] {
  const pieces = key.split("|");
  return [...pieces.slice(0, parts), pieces.slice(parts).join("|")];
}

export class AggregateIndex {
  readonly #entries = new Map<string, IndexedEntry>();
  // One object per month and language, so readers can memoise per bucket by identity.
  readonly #buckets = new Map<string, Bucket>();
  readonly #dates = new Map<string, number>();

  static of(aggregate: Contribution): AggregateIndex {
    const index = new AggregateIndex();
    for (const [key, tally] of aggregate) index.set(key, tally);
    return index;
  }

  /** The number of keys held (those counted at least once). */
  get size(): number {
    return this.#entries.size;
  }

  entries(): IterableIterator<IndexedEntry> {
    return this.#entries.values();
  }

  /** Sets a key to its stored tally (not a difference); a count of 0 or less removes it. */
  set(key: string, { count, weight }: Tally): void {
    if (count <= 0) {
      this.#entries.delete(key);
      return;
    }
    const entry = this.#entries.get(key);
    if (entry) {
      entry.count = count;
      entry.weight = weight;
      return;
    }
    const parsed = this.#parse(key, { count, weight });
    if (parsed) this.#entries.set(key, parsed);
  }

  #dateMs(date: string): number {
    let ms = this.#dates.get(date);
    if (ms === undefined) {
      ms = Date.parse(`${date}T00:00:00Z`);
      this.#dates.set(date, ms);
    }
    return ms;
  }

  #bucket(date: string, lc: string): Bucket {
    const id = `${date}|${lc}`;
    let bucket = this.#buckets.get(id);
    if (bucket === undefined) {
      bucket = { dateMs: this.#dateMs(date), lc: lc === "ja" || lc === "en" ? lc : "other" };
      this.#buckets.set(id, bucket);
    }
    return bucket;
  }

  #parse(key: string, counted: Counted): IndexedEntry | null {
    const kind = key.slice(0, key.indexOf("|"));
    if (kind === "n" || kind === "o") {
      const [, date = "", lc = "", outcome = ""] = key.split("|");
      if (kind === "n") return { kind, bucket: this.#bucket(date, lc), ...counted };
      return { kind, bucket: this.#bucket(date, lc), outcome: OUTCOMES[outcome] ?? "open", ...counted };
    }
    if (kind === "t") {
      const [, measure, date = "", lc = "", wait, first = "", second = ""] = key.split("|");
      const running = wait === "u";
      return new WaitEntry(
        this.#bucket(date, lc),
        measure === "f" ? "f" : "r",
        wait === "e",
        running ? -1 : Number(first),
        running ? Number(second) : 0,
        first === "D" ? "DAY" : "MINUTE",
        counted.count,
        counted.weight,
      );
    }
    if (kind === "ch") return { kind, channel: key.slice(3), ...counted };
    if (kind === "rl") return { kind, differs: key === "rl|x", ...counted };
    if (kind === "il") return { kind, dateMs: this.#dateMs(key.slice(3)), ...counted };
    if (kind === "i") {
      const [, date = "", code = ""] = splitKey(key, 2);
      return { kind, dateMs: this.#dateMs(date), code, ...counted };
    }
    if (kind === "in") {
      const [, date = "", language = "", code = "", note = ""] = splitKey(key, 4);
      return { kind, dateMs: this.#dateMs(date), language, code, note: note.trim(), ...counted };
    }
    if (kind === "p") {
      const [, month = "", path = ""] = splitKey(key, 2);
      return { kind, month, path, ...counted };
    }
    return null;
  }
}
