import { describe, expect, it } from "vitest";
import { exchangeIdsOf, guideRefreshJobs, guideRefreshOutcome } from "@/lib/data/jobs/job-queues";
import { QUEUE_REFRESH_MIN_REPORTS, refreshPlace } from "@/lib/domain/stats/guide-freshness";

// The pure parts of the guide jobs (docs/decisions/010-job-queue.md); the queue itself runs in
// tests/integration/guide-jobs.test.ts.

describe("guideRefreshJobs", () => {
  it("makes one job per exchange, keyed by its id, so the queue keeps one waiting per exchange", () => {
    expect(guideRefreshJobs(["a", "b", "a"])).toEqual([
      { data: { exchangeIds: ["a"] }, singletonKey: "a" },
      { data: { exchangeIds: ["b"] }, singletonKey: "b" },
    ]);
    expect(guideRefreshJobs([])).toEqual([]);
  });
});

describe("exchangeIdsOf", () => {
  it.each([
    [{ exchangeIds: ["a", "b"] }, ["a", "b"]],
    [{ exchangeIds: [] }, []],
    [{}, undefined],
    [{ exchangeIds: "a" }, undefined],
    [{ exchangeIds: ["a", 1] }, undefined],
    [null, undefined],
    ["a", undefined],
  ])("reads %j as %j", (data, ids) => {
    expect(exchangeIdsOf(data)).toEqual(ids);
  });
});

describe("guideRefreshOutcome", () => {
  const now = new Date("2026-12-03T08:00:00Z");
  it("counts as refreshed the guides stored at the job's own time, the others as already current", () => {
    const guides = new Map([
      ["fresh", { computedAt: new Date(now) }],
      ["current", { computedAt: new Date("2026-12-03T07:59:00Z") }],
    ]);
    expect(guideRefreshOutcome(["fresh", "current", "unknown"], guides, now)).toEqual({ refreshed: ["fresh"], current: ["current", "unknown"] });
    expect(guideRefreshOutcome([], guides, now)).toEqual({ refreshed: [], current: [] });
  });
});

describe("refreshPlace", () => {
  it("sends guides of QUEUE_REFRESH_MIN_REPORTS or more to the job queue", () => {
    expect(refreshPlace(QUEUE_REFRESH_MIN_REPORTS - 1)).toBe("after");
    expect(refreshPlace(QUEUE_REFRESH_MIN_REPORTS)).toBe("queue");
    expect(refreshPlace(50, { inlineRefreshMaxReports: 10, queueRefreshMinReports: 60 })).toBe("after");
    expect(refreshPlace(10, { inlineRefreshMaxReports: 10, queueRefreshMinReports: 5 })).toBe("inline");
  });
});
