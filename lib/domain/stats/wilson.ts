import type { Proportion, VoteCounts } from "./types";

function checkCounts(positive: number, total: number): void {
  if (!Number.isInteger(positive) || !Number.isInteger(total) || positive < 0 || positive > total) {
    throw new RangeError(`Expected whole counts with 0 <= positive <= total, got ${positive}/${total}`);
  }
}

/**
 * Wilson (1927) score interval for a binomial proportion. Unlike the normal approximation it
 * stays inside [0, 1] and stays honest for tiny samples (1 of 1 is not "100%"), which is what
 * a community site with a handful of reports per exchange needs. z = 1.96 gives 95%.
 * With no trials nothing is known: [0, 1].
 */
export function wilsonInterval(positive: number, total: number, z = 1.96): { lower: number; upper: number } {
  checkCounts(positive, total);
  if (total === 0) return { lower: 0, upper: 1 };
  const phat = positive / total;
  const z2 = z * z;
  const centre = phat + z2 / (2 * total);
  const spread = z * Math.sqrt((phat * (1 - phat)) / total + z2 / (4 * total * total));
  const denominator = 1 + z2 / total;
  // Clamped: at 0/n and n/n the bound is exactly 0 or 1 on paper, a rounding error away here.
  return {
    lower: Math.min(1, Math.max(0, (centre - spread) / denominator)),
    upper: Math.min(1, Math.max(0, (centre + spread) / denominator)),
  };
}

/** Lower bound of the Wilson (1927) score interval; 0 when there are no trials. */
export function wilsonLowerBound(positive: number, total: number, z = 1.96): number {
  return wilsonInterval(positive, total, z).lower;
}

/** A count out of a total with its share and Wilson interval; share 0 when total is 0. */
export function toProportion(count: number, n: number, z = 1.96): Proportion {
  const { lower, upper } = wilsonInterval(count, n, z);
  return { count, n, share: n === 0 ? 0 : count / n, lower, upper };
}

export interface RankableReport {
  id: string;
  createdAt: Date;
  votes: VoteCounts;
}

/**
 * Most trustworthy reports first: by the Wilson lower bound of helpful votes among all votes,
 * so ten helpful of eleven outranks one of one (the ranking Evan Miller's "How Not To Sort By
 * Average Rating" popularised). Ties: more votes, then newer, then id, so the order never
 * depends on the input order.
 */
export function rankReports<R extends RankableReport>(reports: readonly R[], options: { z?: number } = {}): R[] {
  const z = options.z ?? 1.96;
  return reports
    .map((report) => {
      const total = report.votes.helpful + report.votes.notHelpful;
      return { report, total, score: wilsonLowerBound(report.votes.helpful, total, z) };
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.total - a.total ||
        b.report.createdAt.getTime() - a.report.createdAt.getTime() ||
        (a.report.id < b.report.id ? -1 : a.report.id > b.report.id ? 1 : 0),
    )
    .map(({ report }) => report);
}
