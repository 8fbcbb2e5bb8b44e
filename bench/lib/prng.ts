// A small seeded generator (sfc32, from PractRand's test suite): fast, 32-bit state words, and
// the same sequence on every machine, so a seed names exactly one data set.

export type Random = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Uniform integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  /** A 32-bit unsigned integer. */
  uint32: () => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
};

/** Mixes a seed and a stream name into a state, so that each concern draws from its own stream. */
function hashSeed(seed: number, stream: string): [number, number, number, number] {
  let h1 = 0x9e3779b9 ^ seed;
  let h2 = 0x85ebca6b ^ Math.imul(seed, 0x27d4eb2d);
  for (let index = 0; index < stream.length; index++) {
    const code = stream.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 0x01000193);
    h2 = Math.imul(h2 ^ code, 0x5bd1e995);
  }
  return [h1 >>> 0, h2 >>> 0, (h1 ^ h2) >>> 0, (seed ^ 0xdeadbeef) >>> 0];
}

export function createRandom(seed: number, stream: string): Random {
  let [a, b, c, d] = hashSeed(seed, stream);
  const uint32 = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  // Discard the first outputs: sfc32's state needs a few rounds to mix a weak seed.
  for (let round = 0; round < 16; round++) uint32();
  const next = () => uint32() / 4_294_967_296;
  return {
    next,
    uint32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
  };
}

/** Draws indexes by weight in O(log n) (cumulative table and binary search). */
export function createWeightedPicker(weights: readonly number[]): (random: Random) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) {
    total += weight;
    cumulative.push(total);
  }
  if (total <= 0) throw new Error("weights must sum to more than zero");
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}

/** Picks `count` distinct indexes by weight (successive draws without replacement). */
export function pickDistinctWeighted(random: Random, weights: readonly number[], count: number): number[] {
  const remaining = [...weights];
  const chosen: number[] = [];
  let total = remaining.reduce((sum, weight) => sum + weight, 0);
  while (chosen.length < count && total > 0) {
    let target = random.next() * total;
    let index = 0;
    for (; index < remaining.length - 1; index++) {
      target -= remaining[index] ?? 0;
      if (target < 0) break;
    }
    chosen.push(index);
    total -= remaining[index] ?? 0;
    remaining[index] = 0;
  }
  return chosen;
}

/** Log-normal draw with the given median: waiting times are skewed, with a long right tail. */
export function logNormal(random: Random, median: number, sigma: number): number {
  // Box-Muller; 1 - next() keeps the logarithm finite.
  const u1 = 1 - random.next();
  const u2 = random.next();
  const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return median * Math.exp(sigma * normal);
}
