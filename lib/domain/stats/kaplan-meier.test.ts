import { describe, expect, it } from "vitest";
import { condenseCurve, kaplanMeier, MAX_CURVE_POINTS, quantileFromCurve, shareResolvedBy, survivalAt, type KaplanMeierPoint } from "./kaplan-meier";
import type { TimeToEvent } from "./types";

// "6" = event at 6, "6*" = censored at 6: how survival tables are printed.
function parse(spec: string): TimeToEvent[] {
  return spec
    .split(",")
    .map((token) => token.trim())
    .map((token) => ({ days: Number(token.replace("*", "")), observed: !token.endsWith("*") }));
}

function expectPoints(actual: KaplanMeierPoint[], expected: KaplanMeierPoint[], digits = 9): void {
  expect(actual.map(({ survival: _survival, ...rest }) => rest)).toEqual(
    expected.map(({ survival: _survival, ...rest }) => rest),
  );
  actual.forEach((point, index) => expect(point.survival).toBeCloseTo(expected[index]?.survival ?? NaN, digits));
}

describe("kaplanMeier on Freireich et al. (1963), 6-MP arm", () => {
  // Remission times in weeks of the 21 children given 6-mercaptopurine; the textbook example
  // of Kaplan-Meier estimation (e.g. Kleinbaum & Klein, Survival Analysis, ch. 2).
  const sixMp = parse("6,6,6,6*,7,9*,10,10*,11*,13,16,17*,19*,20*,22,23,25*,32*,32*,34*,35*");
  const curve = kaplanMeier(sixMp);

  it("matches the published estimates to 0.001", () => {
    const published: [number, number][] = [
      [6, 0.857],
      [7, 0.807],
      [10, 0.753],
      [13, 0.69],
      [16, 0.627],
      [22, 0.538],
      [23, 0.448],
    ];
    for (const [time, survival] of published) {
      expect(Math.abs((survivalAt(curve, time) ?? NaN) - survival), `S(${time})`).toBeLessThanOrEqual(0.001);
    }
  });

  it("keeps the risk sets of the life table, censorings at 6 and 10 still at risk", () => {
    // S(6) = 18/21; S(7) = 18/21 * 16/17; S(10) = ... * 14/15; S(13) = ... * 11/12;
    // S(16) = ... * 10/11; S(22) = ... * 6/7; S(23) = ... * 5/6.
    const s6 = 18 / 21;
    const s7 = s6 * (16 / 17);
    const s10 = s7 * (14 / 15);
    const s13 = s10 * (11 / 12);
    const s16 = s13 * (10 / 11);
    const s22 = s16 * (6 / 7);
    const s23 = s22 * (5 / 6);
    expectPoints(curve, [
      { time: 6, atRisk: 21, events: 3, censored: 1, survival: s6 },
      { time: 7, atRisk: 17, events: 1, censored: 0, survival: s7 },
      { time: 9, atRisk: 16, events: 0, censored: 1, survival: s7 },
      { time: 10, atRisk: 15, events: 1, censored: 1, survival: s10 },
      { time: 11, atRisk: 13, events: 0, censored: 1, survival: s10 },
      { time: 13, atRisk: 12, events: 1, censored: 0, survival: s13 },
      { time: 16, atRisk: 11, events: 1, censored: 0, survival: s16 },
      { time: 17, atRisk: 10, events: 0, censored: 1, survival: s16 },
      { time: 19, atRisk: 9, events: 0, censored: 1, survival: s16 },
      { time: 20, atRisk: 8, events: 0, censored: 1, survival: s16 },
      { time: 22, atRisk: 7, events: 1, censored: 0, survival: s22 },
      { time: 23, atRisk: 6, events: 1, censored: 0, survival: s23 },
      { time: 25, atRisk: 5, events: 0, censored: 1, survival: s23 },
      { time: 32, atRisk: 4, events: 0, censored: 2, survival: s23 },
      { time: 34, atRisk: 2, events: 0, censored: 1, survival: s23 },
      { time: 35, atRisk: 1, events: 0, censored: 1, survival: s23 },
    ]);
  });

  it("gives the published median of 23 weeks, first quartile 13, third quartile not reached", () => {
    expect(quantileFromCurve(curve, 0.5)).toBe(23);
    // S(10) = 0.753 > 0.75, S(13) = 0.690 <= 0.75
    expect(quantileFromCurve(curve, 0.25)).toBe(13);
    // S never drops to 0.25 (last value 0.448)
    expect(quantileFromCurve(curve, 0.75)).toBeUndefined();
  });

  it("reads shares off the step function, undefined beyond the last follow-up", () => {
    expect(shareResolvedBy(curve, 1)).toBe(0);
    expect(shareResolvedBy(curve, 5.99)).toBe(0);
    expect(shareResolvedBy(curve, 6)).toBeCloseTo(3 / 21, 9);
    expect(shareResolvedBy(curve, 30)).toBeCloseTo(0.551821, 6);
    expect(shareResolvedBy(curve, 35)).toBeCloseTo(0.551821, 6);
    expect(shareResolvedBy(curve, 36)).toBeUndefined();
  });

  it("does not depend on input order", () => {
    expect(kaplanMeier([...sixMp].reverse())).toEqual(curve);
  });
});

describe("kaplanMeier edge cases", () => {
  const cases: { name: string; input: TimeToEvent[]; points: KaplanMeierPoint[]; median: number | undefined }[] = [
    { name: "empty input", input: [], points: [], median: undefined },
    {
      name: "all censored: the curve stays at 1",
      input: parse("3*,5*"),
      points: [
        { time: 3, atRisk: 2, events: 0, censored: 1, survival: 1 },
        { time: 5, atRisk: 1, events: 0, censored: 1, survival: 1 },
      ],
      median: undefined,
    },
    {
      name: "one observation",
      input: parse("2"),
      points: [{ time: 2, atRisk: 1, events: 1, censored: 0, survival: 0 }],
      median: 2,
    },
    {
      name: "tie of an event and a censoring: the event comes first (S = 2/3, not 1/2)",
      input: parse("2*,4,2"),
      points: [
        { time: 2, atRisk: 3, events: 1, censored: 1, survival: 2 / 3 },
        { time: 4, atRisk: 1, events: 1, censored: 0, survival: 0 },
      ],
      median: 4,
    },
    {
      name: "zeros (resolved the same day) are events at time 0",
      input: parse("0,0,1*,3"),
      points: [
        { time: 0, atRisk: 4, events: 2, censored: 0, survival: 0.5 },
        { time: 1, atRisk: 2, events: 0, censored: 1, survival: 0.5 },
        { time: 3, atRisk: 1, events: 1, censored: 0, survival: 0 },
      ],
      // S(0) = 0.5 <= 0.5: the smallest such t
      median: 0,
    },
    {
      name: "fractional days",
      input: parse("0.5,1.25*,1.25,2"),
      points: [
        { time: 0.5, atRisk: 4, events: 1, censored: 0, survival: 0.75 },
        { time: 1.25, atRisk: 3, events: 1, censored: 1, survival: 0.5 },
        { time: 2, atRisk: 1, events: 1, censored: 0, survival: 0 },
      ],
      median: 1.25,
    },
  ];

  it.each(cases)("$name", ({ input, points, median }) => {
    const curve = kaplanMeier(input);
    expectPoints(curve, points);
    expect(quantileFromCurve(curve, 0.5)).toBe(median);
  });

  it("empty curve: every figure is unknown", () => {
    expect(survivalAt([], 1)).toBeUndefined();
    expect(shareResolvedBy([], 1)).toBeUndefined();
  });

  it("all censored: nobody resolved within follow-up, unknown after it", () => {
    const curve = kaplanMeier(parse("3*,5*"));
    expect(shareResolvedBy(curve, 4)).toBe(0);
    expect(shareResolvedBy(curve, 5)).toBe(0);
    expect(shareResolvedBy(curve, 6)).toBeUndefined();
  });

  it("a curve that reached 0 stays at 0 after the last time", () => {
    expect(shareResolvedBy(kaplanMeier(parse("2")), 30)).toBe(1);
  });

  it("rejects negative, infinite and NaN waits", () => {
    expect(() => kaplanMeier([{ days: -1, observed: true }])).toThrow(RangeError);
    expect(() => kaplanMeier([{ days: Number.POSITIVE_INFINITY, observed: false }])).toThrow(RangeError);
    expect(() => kaplanMeier([{ days: Number.NaN, observed: true }])).toThrow(RangeError);
  });

  it("rejects quantiles outside (0, 1)", () => {
    const curve = kaplanMeier(parse("1,2"));
    expect(() => quantileFromCurve(curve, 0)).toThrow(RangeError);
    expect(() => quantileFromCurve(curve, 1)).toThrow(RangeError);
    expect(() => quantileFromCurve(curve, Number.NaN)).toThrow(RangeError);
  });
});

describe("condenseCurve", () => {
  // A deterministic spread of waits in fractional days, a quarter of them still open.
  function observations(count: number, spanDays: number): TimeToEvent[] {
    return Array.from({ length: count }, (_, index) => ({ days: ((index * 7919) % 10_007) / 10_007 * spanDays, observed: index % 4 !== 0 }));
  }

  it("returns a curve that fits as it is", () => {
    const curve = kaplanMeier([
      { days: 1, observed: true },
      { days: 2.5, observed: false },
      { days: 3, observed: true },
    ]);
    expect(condenseCurve(curve)).toEqual(curve);
  });

  it.each([
    { count: 5_000, spanDays: 120, span: 1 },
    { count: 5_000, spanDays: 300, span: 2 },
    { count: 20_000, spanDays: 1_000, span: 7 },
  ])("merges $count waits over $spanDays days into spans of $span day(s), exact at every point kept", ({ count, spanDays, span }) => {
    const full = kaplanMeier(observations(count, spanDays));
    expect(full.length).toBeGreaterThan(MAX_CURVE_POINTS);
    const condensed = condenseCurve(full);
    expect(condensed.length).toBeLessThanOrEqual(MAX_CURVE_POINTS);
    expect(condenseCurve(full, Math.ceil(spanDays / span) + 1).length).toBeLessThanOrEqual(Math.ceil(spanDays / span) + 1);
    for (const point of condensed) expect(point.survival).toBe(survivalAt(full, point.time));
    expect(condensed.reduce((sum, point) => sum + point.events + point.censored, 0)).toBe(count);
    expect(condensed[0]?.atRisk).toBe(count);
    expect(condensed[condensed.length - 1]?.time).toBe(full[full.length - 1]?.time);
    // One point per span: no two kept points end in the same span.
    const spans = condensed.map((point) => Math.ceil(point.time / span));
    expect(new Set(spans).size).toBe(spans.length);
  });
});
