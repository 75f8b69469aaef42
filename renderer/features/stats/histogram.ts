/**
 * Integer histograms: durations are whole minutes, so a median over 100,000 entries needs a
 * few hundred counters instead of a sorted copy of every value.
 */
export class Histogram {
  private n = 0;
  private sum = 0;

  private readonly counts: Map<number, number>;

  /** Starts from `initial` (value → occurrences), which is copied, not kept. */
  constructor(initial: ReadonlyMap<number, number> = new Map()) {
    this.counts = new Map(initial);
    for (const [value, count] of initial) {
      this.n += count;
      this.sum += value * count;
    }
  }

  add(value: number): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
    this.n += 1;
    this.sum += value;
  }

  get size(): number {
    return this.n;
  }

  get total(): number {
    return this.sum;
  }

  mean(): number | null {
    return this.n === 0 ? null : this.sum / this.n;
  }

  /** Middle value; the mean of the two middle values when the count is even. */
  median(): number | null {
    if (this.n === 0) return null;
    const values = [...this.counts.keys()].sort((a, b) => a - b);
    const lowRank = Math.floor((this.n - 1) / 2); // 0-based ranks of the middle value(s)
    const highRank = Math.floor(this.n / 2);
    let seen = 0;
    let low: number | null = null;
    for (const value of values) {
      seen += this.counts.get(value) ?? 0;
      if (low === null && seen > lowRank) low = value;
      if (seen > highRank) return ((low ?? value) + value) / 2;
    }
    return low;
  }
}
