import { describe, expect, it } from "vitest";
import { atomProblems, parseAtom } from "@/tests/helpers/atom";
import { buildAtomFeed, type AtomFeedInput } from "./atom-feed";

const base: AtomFeedInput = {
  id: "https://atlas.example/en/feeds/reports.atom",
  title: "Recovery Atlas: new reports",
  subtitle: "New reports",
  authorName: "Recovery Atlas",
  selfUrl: "https://atlas.example/en/feeds/reports.atom",
  pageUrl: "https://atlas.example/en",
  updatedAtLeast: new Date("2026-01-01T00:00:00Z"),
  entries: [],
};

const entry = (id: string, updated: string, title = `Report ${id}`) => ({
  id: `https://atlas.example/en/reports/${id}`,
  url: `https://atlas.example/en/reports/${id}`,
  title,
  summary: "Phone lost. Contacted support by e-mail.",
  updated: new Date(updated),
});

describe("buildAtomFeed", () => {
  it("writes a feed without entries that a reader accepts, updated at its lower bound", () => {
    const feed = parseAtom(buildAtomFeed(base));
    expect(atomProblems(feed)).toEqual([]);
    expect(feed.updated).toBe("2026-01-01T00:00:00.000Z");
    expect(feed.entries).toEqual([]);
    expect(feed.links).toContainEqual({ rel: "self", href: base.selfUrl });
    expect(feed.links).toContainEqual({ rel: "alternate", href: base.pageUrl });
  });

  it("dates the feed by its newest entry and keeps every entry's id, title, link and date", () => {
    const feed = parseAtom(buildAtomFeed({ ...base, entries: [entry("b", "2026-03-02T10:00:00Z"), entry("a", "2026-02-01T00:00:00Z")] }));
    expect(atomProblems(feed)).toEqual([]);
    expect(feed.updated).toBe("2026-03-02T10:00:00.000Z");
    expect(feed.entries.map((item) => [item.id, item.title, item.updated, item.links[0]?.href])).toEqual([
      ["https://atlas.example/en/reports/b", "Report b", "2026-03-02T10:00:00.000Z", "https://atlas.example/en/reports/b"],
      ["https://atlas.example/en/reports/a", "Report a", "2026-02-01T00:00:00.000Z", "https://atlas.example/en/reports/a"],
    ]);
  });

  it("gives the same bytes for the same data, so the ETag only moves when the feed does", () => {
    const input = { ...base, entries: [entry("a", "2026-02-01T00:00:00Z")] };
    expect(buildAtomFeed(input)).toBe(buildAtomFeed(structuredClone(input)));
  });

  it("escapes text readers parse as HTML, including a CDATA terminator and characters XML forbids", () => {
    const xml = buildAtomFeed({ ...base, entries: [entry("a", "2026-02-01T00:00:00Z", "A & B <script>alert(1)</script> ]]> \u0007end")] });
    expect(xml).not.toContain("<script>");
    const feed = parseAtom(xml);
    // The title element is type="html": its text is escaped HTML for the same plain words.
    expect(feed.entries[0]?.title).toBe("A &amp; B &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; end");
  });
});
