import { describe, expect, it } from "vitest";
import { splitExchangeVersions } from "./pg-version-source";

describe("splitExchangeVersions", () => {
  it("gives the page cache each exchange's page version and the live streams each exchange's and the comparison's versions", () => {
    const read = splitExchangeVersions([
      { slug: "zaif", version: 3, statsVersion: 2, pageVersion: "3:2:1700000000:1690000000" },
      { slug: null, version: 7, statsVersion: 9, pageVersion: null },
      { slug: "kraken", version: 0, statsVersion: 0, pageVersion: "0:0:1690000000" },
    ]);
    expect(read.versions).toEqual(new Map([["zaif", "3:2:1700000000:1690000000"], ["kraken", "0:0:1690000000"]]));
    expect(read.extra.exchanges).toEqual(new Map([["zaif", { version: 3, statsVersion: 2 }], ["kraken", { version: 0, statsVersion: 0 }]]));
    expect(read.extra.comparison).toEqual({ version: 7, statsVersion: 9 });
  });

  it("reads a database without exchanges as version 0 everywhere", () => {
    const read = splitExchangeVersions([{ slug: null, version: 0, statsVersion: 0, pageVersion: null }]);
    expect(read.versions.size).toBe(0);
    expect(read.extra).toEqual({ comparison: { version: 0, statsVersion: 0 }, exchanges: new Map() });
  });
});
