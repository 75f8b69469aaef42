import { describe, expect, it } from 'vitest';
import {
  bucketKeys,
  bucketOf,
  granularityOf,
  periodContaining,
  shiftPeriod,
} from '../../../renderer/features/stats/period';
import { addMonths, isIsoDate } from '../../../renderer/lib/dates';
import { durationBandOf } from '../../../renderer/data/durationBands';

describe('periods', () => {
  it('finds the ISO week (Monday to Sunday) of a date', () => {
    expect(periodContaining('week', '2026-11-28')).toEqual({
      kind: 'week',
      from: '2026-11-23',
      to: '2026-11-29',
    });
    expect(periodContaining('week', '2026-11-23').from).toBe('2026-11-23');
    expect(periodContaining('week', '2027-01-01')).toEqual({
      kind: 'week',
      from: '2026-12-28',
      to: '2027-01-03',
    });
  });

  it('knows month lengths and leap years', () => {
    expect(periodContaining('month', '2024-02-10')).toEqual({
      kind: 'month',
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(periodContaining('month', '2025-02-10').to).toBe('2025-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', -24)).toBe('2022-02-28');
  });

  it('moves to the previous and next period', () => {
    expect(shiftPeriod(periodContaining('month', '2026-01-15'), -1)).toEqual({
      kind: 'month',
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(shiftPeriod(periodContaining('year', '2026-01-15'), 1).from).toBe('2027-01-01');
    expect(shiftPeriod({ kind: 'custom', from: '2026-01-01', to: '2026-01-10' }, 1)).toEqual({
      kind: 'custom',
      from: '2026-01-11',
      to: '2026-01-20',
    });
  });

  it('picks buckets per day, week or month by length', () => {
    expect(granularityOf(periodContaining('month', '2026-03-01'))).toBe('day');
    expect(granularityOf({ kind: 'custom', from: '2026-01-01', to: '2026-03-31' })).toBe('week');
    expect(granularityOf(periodContaining('year', '2026-03-01'))).toBe('month');
    expect(bucketKeys(periodContaining('year', '2026-03-01'), 'month')).toHaveLength(12);
    expect(bucketKeys({ kind: 'custom', from: '2026-01-01', to: '2026-01-31' }, 'week')[0]).toBe(
      '2025-12-29',
    );
    expect(bucketOf('2026-01-04', 'week')).toBe('2025-12-29');
  });

  it('validates calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('28/02/2026')).toBe(false);
  });

  it('bands durations with the lower bound included', () => {
    expect([1, 4, 5, 14, 15, 29, 30, 59, 60, 240].map(durationBandOf)).toEqual([
      'lt5',
      'lt5',
      '5-15',
      '5-15',
      '15-30',
      '15-30',
      '30-60',
      '30-60',
      '60plus',
      '60plus',
    ]);
  });
});
