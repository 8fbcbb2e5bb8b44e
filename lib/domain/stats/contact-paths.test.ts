import { describe, expect, it } from "vitest";
import { rankContactPaths, type PathReport } from "./contact-paths";

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

  it("ranks by count first, then by the earliest report, then by the report id and the spelling", () => {
    const reports = [newer, path("new2", "2026-01-06", "help  →  CHAT"), seed];
    expect(rankContactPaths(reports).map((group) => [group.value, group.count])).toEqual([
      ["help  →  CHAT", 2],
      ["Footer → FAQ → web form", 1],
    ]);
    // Same moment: the lower report id, so the order is total.
    const sameTime = [path("b", "2026-01-01", "B path"), path("a", "2026-01-01", "A path")];
    expect(rankContactPaths(sameTime).map((group) => group.value)).toEqual(["A path", "B path"]);
  });

  it("groups spellings and shows the newest one; blank paths are not paths", () => {
    const groups = rankContactPaths([seed, path("later", "2024-05-01", "ｆｏｏｔｅｒ  →  FAQ → Web form "), path("blank", "2024-05-02", "  ")]);
    expect(groups).toEqual([{ key: "footer → faq → web form", value: "ｆｏｏｔｅｒ  →  FAQ → Web form", count: 2 }]);
  });
});
