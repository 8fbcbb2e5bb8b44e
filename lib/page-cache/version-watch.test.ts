import { describe, expect, it, vi } from "vitest";
import type { PageTag } from "./rules";
import { PageCache, type CachedPage } from "./store";
import { changedExchanges, VersionWatch, type VersionSource } from "./version-watch";

const page: CachedPage = { status: 200, headers: [], cookies: [], body: Buffer.from("x"), gzip: Buffer.alloc(0), etag: '"x"', scriptHashes: [] };
const tag = (slug: string): PageTag => ({ kind: "exchange", slug });

/** A database whose versions the test moves by hand. */
function fakeSource(initial: Record<string, string>) {
  const versions = new Map(Object.entries(initial));
  const site = { version: "1" };
  let failing = false;
  const reads = { fingerprint: 0, exchangeVersions: 0 };
  const source: VersionSource = {
    async fingerprint() {
      reads.fingerprint += 1;
      if (failing) throw new Error("connection refused");
      return [...versions.entries()].join(";");
    },
    async exchangeVersions() {
      reads.exchangeVersions += 1;
      if (failing) throw new Error("connection refused");
      return { versions: new Map(versions), extra: undefined };
    },
    async siteVersion() {
      if (failing) throw new Error("connection refused");
      return site.version;
    },
  };
  return { source, versions, site, reads, fail: (value: boolean) => (failing = value) };
}

function setUp(initial: Record<string, string>) {
  let now = 1_000;
  const cache = new PageCache({ maxBytes: 1_000_000, maxAgeMs: 60_000, now: () => now });
  const database = fakeSource(initial);
  const onError = vi.fn();
  const watch = new VersionWatch({ source: database.source, cache, intervalMs: 50, now: () => now, onError });
  const put = (slug: string) => cache.store(cache.begin(slug, tag(slug)), page);
  const putSite = (key: string) => cache.store(cache.begin(key, { kind: "site" }), page);
  return { putSite, cache, database, watch, onError, put, advance: (ms: number) => (now += ms) };
}

describe("changedExchanges", () => {
  it("names exchanges whose versions moved, appeared or went away", () => {
    const before = new Map([["zaif", "1:1"], ["kraken", "2:2"], ["gone", "1:1"]]);
    const after = new Map([["zaif", "2:1"], ["kraken", "2:2"], ["new", "0:0"]]);
    expect(changedExchanges(before, after).sort()).toEqual(["gone", "new", "zaif"]);
    expect(changedExchanges(after, after)).toEqual([]);
  });
});

describe("VersionWatch", () => {
  it("is unconfirmed until its first poll, which drops whatever was stored before it", async () => {
    const { watch, put, cache } = setUp({ zaif: "1" });
    put("zaif");
    expect(watch.isConfirmed(1000)).toBe(false);
    await watch.poll();
    expect(watch.isConfirmed(1000)).toBe(true);
    expect(cache.get("zaif")).toBeUndefined();
  });

  it("drops only the pages of exchanges whose versions moved", async () => {
    const { watch, put, cache, database } = setUp({ zaif: "1", kraken: "1" });
    await watch.poll();
    put("zaif");
    put("kraken");
    database.versions.set("zaif", "2");
    await watch.poll();
    expect(cache.get("zaif")).toBeUndefined();
    expect(cache.get("kraken")).toBeDefined();
  });

  it("keeps the site-wide pages when only an exchange's version moved, and drops them when the site version did", async () => {
    const { watch, put, putSite, cache, database } = setUp({ zaif: "1", kraken: "1" });
    await watch.poll();
    put("zaif");
    putSite("home");
    // A vote: the guide's order moved, no figure of the home page or the comparison.
    database.versions.set("zaif", "2");
    await watch.poll();
    expect(cache.get("zaif")).toBeUndefined();
    expect(cache.get("home")).toBeDefined();
    // A new report: its exchange and the site-wide figures.
    put("zaif");
    database.versions.set("zaif", "3");
    database.site.version = "2";
    await watch.poll();
    expect(cache.get("zaif")).toBeUndefined();
    expect(cache.get("home")).toBeUndefined();
  });

  it("reads every exchange's versions only when the fingerprint moved", async () => {
    const { watch, database } = setUp({ zaif: "1" });
    await watch.poll();
    await watch.poll();
    await watch.poll();
    expect(database.reads).toEqual({ fingerprint: 3, exchangeVersions: 1 });
    database.versions.set("zaif", "2");
    await watch.poll();
    expect(database.reads).toEqual({ fingerprint: 4, exchangeVersions: 2 });
  });

  it("stops confirming once its last successful poll is older than the allowed lag", async () => {
    const { watch, advance } = setUp({ zaif: "1" });
    await watch.poll();
    advance(1000);
    expect(watch.isConfirmed(1000)).toBe(true);
    advance(1);
    expect(watch.isConfirmed(1000)).toBe(false);
  });

  it("during an outage stays unconfirmed, reports it once, and afterwards drops what changed meanwhile", async () => {
    const { watch, put, cache, database, onError, advance } = setUp({ zaif: "1", kraken: "1" });
    await watch.poll();
    put("zaif");
    put("kraken");
    database.fail(true);
    advance(2000);
    await watch.poll();
    await watch.poll();
    expect(watch.isConfirmed(1000)).toBe(false);
    expect(onError).toHaveBeenCalledTimes(1);
    database.versions.set("kraken", "5");
    database.fail(false);
    await watch.poll();
    expect(watch.isConfirmed(1000)).toBe(true);
    expect(cache.get("kraken")).toBeUndefined();
    expect(cache.get("zaif")).toBeDefined();
  });

  it("confirms as of when a poll began, not when it ended", async () => {
    const { cache, database } = setUp({ zaif: "1" });
    let now = 0;
    const slow: VersionSource = {
      fingerprint: async () => {
        now += 800;
        return database.source.fingerprint();
      },
      exchangeVersions: () => database.source.exchangeVersions(),
      siteVersion: () => database.source.siteVersion(),
    };
    const watch = new VersionWatch({ source: slow, cache, intervalMs: 50, now: () => now });
    await watch.poll();
    now += 300;
    // Began at 0, ended at 800: at 1,100 the confirmation is 1,100 ms old.
    expect(watch.isConfirmed(1000)).toBe(false);
  });

  it("polls on its own once started, and stops", async () => {
    vi.useFakeTimers();
    try {
      const { watch, database } = setUp({ zaif: "1" });
      watch.start();
      await vi.advanceTimersByTimeAsync(160);
      const polls = database.reads.fingerprint;
      expect(polls).toBeGreaterThanOrEqual(3);
      await watch.stop();
      await vi.advanceTimersByTimeAsync(500);
      expect(database.reads.fingerprint).toBe(polls);
    } finally {
      vi.useRealTimers();
    }
  });

  it("tells onChange which exchanges changed, whether site-wide figures did, and what else the read found", async () => {
    const database = fakeSource({ zaif: "1", kraken: "1" });
    const onChange = vi.fn();
    // The extra of each read is the count of reads so far: onChange must get the one that found the change.
    const source: VersionSource<number> = {
      ...database.source,
      exchangeVersions: async () => ({ versions: (await database.source.exchangeVersions()).versions, extra: database.reads.exchangeVersions }),
    };
    const watch = new VersionWatch({ source, cache: new PageCache({ maxBytes: 1000, maxAgeMs: 60_000 }), intervalMs: 50, onChange });
    await watch.poll();
    expect(onChange).toHaveBeenLastCalledWith({ slugs: ["zaif", "kraken"], site: true }, 1);
    await watch.poll();
    expect(onChange).toHaveBeenCalledTimes(1);
    database.versions.set("kraken", "2");
    await watch.poll();
    expect(onChange).toHaveBeenLastCalledWith({ slugs: ["kraken"], site: false }, 2);
  });

  it("polls once more after the poll under way when woken meanwhile: that poll may have read before the write", async () => {
    const database = fakeSource({ zaif: "1" });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const read = database.source.fingerprint.bind(database.source);
    let holdNext = false;
    database.source.fingerprint = async () => {
      const value = await read();
      if (holdNext) {
        holdNext = false;
        await gate;
      }
      return value;
    };
    const onChange = vi.fn();
    const watch = new VersionWatch({ source: database.source, cache: new PageCache({ maxBytes: 1000, maxAgeMs: 60_000 }), intervalMs: 60_000, onChange });
    await watch.poll();
    holdNext = true;
    const polling = watch.poll();
    database.versions.set("zaif", "2");
    watch.wake();
    release();
    await polling;
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith({ slugs: ["zaif"], site: false }, undefined));
    expect(database.reads.fingerprint).toBe(3);
  });
});
