/** The bench's figures are medians and quartiles: wrong arithmetic would misreport every run. */
import { describe, expect, it } from 'vitest';
import { median, quantile, round } from '../../../scripts/bench/stats';

describe('bench arithmetic', () => {
  it('takes the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('interpolates quartiles between the nearest values', () => {
    const values = [50, 10, 40, 20, 30]; // Sorted: 10 20 30 40 50.
    expect(quantile(values, 0)).toBe(10);
    expect(quantile(values, 0.25)).toBe(20);
    expect(quantile(values, 0.75)).toBe(40);
    expect(quantile(values, 1)).toBe(50);
    expect(quantile([1, 2], 0.25)).toBe(1.25);
    expect(quantile([7], 0.75)).toBe(7);
  });

  it('rounds to the digits asked', () => {
    expect(round(1.2345)).toBe(1.2);
    expect(round(1.2351, 2)).toBe(1.24);
  });
});
