import { describe, expect, it } from "vitest";
import { rankContactPathTallies, rankContactPaths, type PathReport } from "./contact-paths";

const at = (day: string) => new Date(`${day}T00:00:00Z`);
const path = (id: string, day: string, contactPath: string): PathReport => ({ id, createdAt: at(day), contactPath });

describe("rankContactPaths", () => {
  const seed = path("seed", "2017-10-20", "Footer → FAQ → web form");
  const newer = path("new", "2026-01-05", "Help → Chat");

  it("puts the path reported first ahead on a tie, whatever order the reports come in", () => {
    const expected = [
      { key: "footer → faq → web form", value: "Footer → FAQ → web form", count: 1 },
      { key: "help → chat", value: "Help → Chat", count: 1 },
    ];
    expect(rankContactPaths([seed, newer])).toEqual(expected);
    expect(rankContactPaths([newer, seed])).toEqual(expected);
  });

  it("ranks by count first, then by the month of the earliest report, then by the folded spelling", () => {
    const reports = [newer, path("new2", "2026-01-06", "help  →  CHAT"), seed];
    expect(rankContactPaths(reports).map((group) => [group.value, group.count])).toEqual([
      ["Help → Chat", 2],
      ["Footer → FAQ → web form", 1],
    ]);
    // Same month: the folded spelling, so the order is total.
    const sameMonth = [path("a", "2026-01-01", "B path"), path("b", "2026-01-31", "A path")];
    expect(rankContactPaths(sameMonth).map((group) => group.value)).toEqual(["A path", "B path"]);
  });

  it("groups spellings and shows the one most reports use, the earliest on a tie; blank paths are not paths", () => {
    const later = path("later", "2024-05-01", "ｆｏｏｔｅｒ  →  FAQ → Web form ");
    const groups = rankContactPaths([later, seed, path("blank", "2024-05-02", "  ")]);
    expect(groups).toEqual([{ key: "footer → faq → web form", value: "Footer → FAQ → web form", count: 2 }]);
    const twice = rankContactPaths([seed, later, path("later2", "2024-06-01", "ｆｏｏｔｅｒ  →  FAQ → Web form")]);
    expect(twice[0]?.value).toBe("ｆｏｏｔｅｒ  →  FAQ → Web form");
  });

  it("counts tallies as the reports they stand for", () => {
    expect(rankContactPathTallies([{ path: "A", month: "2024-01", count: 2 }, { path: "B", month: "2023-01", count: 1 }, { path: "B", month: "2024-02", count: 0 }])).toEqual([
      { key: "a", value: "A", count: 2 },
      { key: "b", value: "B", count: 1 },
    ]);
  });
});
