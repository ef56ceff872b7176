/**
 * A small seeded PRNG (mulberry32) and the draws the generator needs. The same
 * seed gives the same graph on every machine and Node version: nothing here
 * depends on Math.random, Date or iteration order of hashed collections.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A new generator whose stream depends only on this seed and `salt`. */
  fork(salt: number): Rng {
    return new Rng(Math.imul(this.state ^ salt, 0x9e3779b1) ^ salt);
  }
}

/**
 * Draws ranks 0..n-1 with P(rank r) proportional to 1 / (r + 1)^exponent, by a
 * binary search over the cumulative weights (n up to a few hundred thousand).
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(
    readonly n: number,
    exponent: number,
  ) {
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let r = 0; r < n; r++) {
      total += 1 / Math.pow(r + 1, exponent);
      this.cumulative[r] = total;
    }
    for (let r = 0; r < n; r++) this.cumulative[r] = (this.cumulative[r] as number) / total;
  }

  draw(rng: Rng): number {
    const u = rng.next();
    let low = 0;
    let high = this.n - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.cumulative[mid] as number) < u) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
