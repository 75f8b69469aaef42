/**
 * Statistics periods (day, week, month, year, custom) as inclusive ranges of local dates
 * (`YYYY-MM-DD`, the journal's `date` index), and the time buckets of the "over time" chart.
 * Date arithmetic runs in UTC on calendar dates so a DST change never shifts a day.
 */
import { addDays, addMonths, daysInclusive, mondayOf } from '../../lib/dates';

export type PeriodKind = 'day' | 'week' | 'month' | 'year' | 'custom';
export type Granularity = 'day' | 'week' | 'month';

export interface Period {
  kind: PeriodKind;
  /** First day, inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

export const PERIOD_KINDS: readonly PeriodKind[] = ['day', 'week', 'month', 'year', 'custom'];

/** The period of a kind that contains `anchor` (custom: the single day, to be widened). */
export function periodContaining(kind: PeriodKind, anchor: string): Period {
  switch (kind) {
    case 'day':
    case 'custom':
      return { kind, from: anchor, to: anchor };
    case 'week': {
      const from = mondayOf(anchor);
      return { kind, from, to: addDays(from, 6) };
    }
    case 'month': {
      const from = `${anchor.slice(0, 7)}-01`;
      return { kind, from, to: addDays(addMonths(from, 1), -1) };
    }
    case 'year':
      return { kind, from: `${anchor.slice(0, 4)}-01-01`, to: `${anchor.slice(0, 4)}-12-31` };
  }
}

/** The previous (−1) or next (+1) period of the same kind and length. */
export function shiftPeriod(period: Period, direction: -1 | 1): Period {
  switch (period.kind) {
    case 'day':
      return periodContaining('day', addDays(period.from, direction));
    case 'week':
      return periodContaining('week', addDays(period.from, 7 * direction));
    case 'month':
      return periodContaining('month', addMonths(period.from, direction));
    case 'year':
      return periodContaining('year', addMonths(period.from, 12 * direction));
    case 'custom': {
      const length = daysInclusive(period.from, period.to);
      return {
        kind: 'custom',
        from: addDays(period.from, length * direction),
        to: addDays(period.to, length * direction),
      };
    }
  }
}

/** Bucket size of the "over time" chart: per day up to a month, per week up to ~6 months. */
export function granularityOf(period: Period): Granularity {
  const days = daysInclusive(period.from, period.to);
  if (days <= 31) return 'day';
  if (days <= 190) return 'week';
  return 'month';
}

/** Key of the bucket that holds `date`: the date, its week's Monday, or `YYYY-MM`. */
export function bucketOf(date: string, granularity: Granularity): string {
  if (granularity === 'day') return date;
  if (granularity === 'month') return date.slice(0, 7);
  return mondayOf(date);
}

/** Every bucket key of a period, in order (so empty days/weeks/months still show as zero). */
export function bucketKeys(period: Period, granularity: Granularity): string[] {
  const keys: string[] = [];
  if (granularity === 'month') {
    for (let d = `${period.from.slice(0, 7)}-01`; d <= period.to; d = addMonths(d, 1))
      keys.push(d.slice(0, 7));
    return keys;
  }
  const step = granularity === 'day' ? 1 : 7;
  for (let d = bucketOf(period.from, granularity); d <= period.to; d = addDays(d, step))
    keys.push(d);
  return keys;
}
