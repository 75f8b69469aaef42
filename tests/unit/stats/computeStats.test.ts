import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../renderer/features/stats/computeStats';
import { Histogram } from '../../../renderer/features/stats/histogram';
import { periodContaining, type Period } from '../../../renderer/features/stats/period';
import type { CountRow } from '../../../renderer/features/stats/types';
import { randomEntries } from './helpers';
import { referenceMedian, referenceStats } from './reference';

const asRecord = (rows: CountRow[]): Record<string, number> =>
  Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.code, r.count]));

describe('computeStats against a slow reference computation', () => {
  const periods: Period[] = [
    periodContaining('day', '2025-03-14'),
    periodContaining('week', '2025-06-04'),
    periodContaining('month', '2025-02-10'),
    periodContaining('year', '2025-07-01'),
    { kind: 'custom', from: '2025-11-20', to: '2026-02-11' },
    { kind: 'custom', from: '2030-01-01', to: '2030-01-31' },
  ];

  for (const seed of [1, 7, 42, 2026]) {
    for (const period of periods) {
      it(`seed ${seed}, ${period.kind} ${period.from}…${period.to}`, () => {
        const entries = randomEntries(3_000, seed);
        const fast = computeStats(entries, period);
        const slow = referenceStats(entries, period);
        expect(fast.count).toBe(slow.count);
        expect(fast.people).toBe(slow.people);
        expect(fast.medianMinutes).toBe(slow.median);
        if (slow.mean === null) expect(fast.meanMinutes).toBeNull();
        else expect(fast.meanMinutes).toBeCloseTo(slow.mean, 9);
        expect(fast.shares.finalisee).toBeCloseTo(slow.finalisee, 12);
        expect(fast.shares.oriente).toBeCloseTo(slow.oriente, 12);
        expect(asRecord(fast.byThematique)).toEqual(slow.thematique);
        expect(asRecord(fast.byOrganisme)).toEqual(slow.organisme);
        expect(asRecord(fast.byCanal)).toEqual(slow.canal);
        expect(asRecord(fast.byAutonomie)).toEqual(slow.autonomie);
        expect(asRecord(fast.byDurationBand)).toEqual(slow.band);
        expect(fast.overTime.buckets.reduce((s, b) => s + b.count, 0)).toBe(slow.count);
        expect(
          Object.fromEntries(fast.durationByThematique.map((r) => [r.code, r.median])),
        ).toEqual(slow.medianByThematique);
        const caf = fast.outcomesByOrganisme.find((o) => o.code === 'caf');
        expect(
          Object.fromEntries(Object.entries(caf?.byIssue ?? {}).filter(([, n]) => n > 0)),
        ).toEqual(slow.outcomesCaf);
        // Public profile: every shown cell is ≥ 5 and equal to the reference; small ones are hidden.
        for (const row of [...fast.byTrancheAge, ...fast.byCommune]) {
          const truth = slow.trancheAge[row.code] ?? slow.commune[row.code] ?? 0;
          if (truth < 5) expect(row).toEqual({ code: row.code, count: null, suppressed: true });
          else expect(row).toEqual({ code: row.code, count: truth, suppressed: false });
        }
      });
    }
  }

  it('filters by site', () => {
    const entries = randomEntries(2_000, 9);
    const period = periodContaining('year', '2025-01-01');
    const fast = computeStats(entries, period, { siteId: 'ccas-sud' });
    expect(fast.count).toBe(referenceStats(entries, period, 'ccas-sud').count);
    expect(fast.bySitePoste.map((r) => r.siteId)).toEqual(['ccas-sud']);
  });

  it('lists every site and poste present, largest first', () => {
    const fast = computeStats(randomEntries(2_000, 5), periodContaining('year', '2025-05-05'));
    expect(fast.bySitePoste).toHaveLength(3);
    const counts = fast.bySitePoste.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('gives empty figures, not NaN, for an empty period', () => {
    const empty = computeStats([], periodContaining('month', '2025-02-01'));
    expect(empty.count).toBe(0);
    expect(empty.meanMinutes).toBeNull();
    expect(empty.medianMinutes).toBeNull();
    expect(empty.shares).toEqual({ finalisee: 0, aFinaliser: 0, doitRevenir: 0, oriente: 0 });
    expect(empty.overTime.buckets).toHaveLength(28);
    expect(empty.byIssue.every((r) => r.count === 0)).toBe(true);
  });

  it('ignores soft-deleted entries', () => {
    const [entry] = randomEntries(1, 3, '2025-04-01', 1, 0);
    if (!entry) throw new Error('no entry');
    const period = periodContaining('day', '2025-04-01');
    expect(computeStats([entry], period).count).toBe(1);
    expect(computeStats([{ ...entry, deletedAt: entry.updatedAt }], period).count).toBe(0);
  });
});

describe('Histogram median', () => {
  it('matches a sorted median on random integers', () => {
    let x = 17;
    for (let n = 1; n < 60; n += 1) {
      const values = Array.from(
        { length: n },
        () => (x = (x * 1103515245 + 12345) % 2147483648) % 50,
      );
      const h = new Histogram();
      values.forEach((v) => h.add(v));
      expect(h.median()).toBe(referenceMedian(values));
    }
  });
});
