/** The bench's arithmetic: medians, quartiles and rounding of the figures it prints. */

/** The q-quantile (0 ≤ q ≤ 1), interpolated between the two nearest values; NaN when empty. */
export const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const below = sorted[low] ?? NaN;
  return below + (at - low) * ((sorted[Math.ceil(at)] ?? NaN) - below);
};

export const median = (values: number[]): number => quantile(values, 0.5);

export const round = (n: number, digits = 1): number => Number(n.toFixed(digits));
