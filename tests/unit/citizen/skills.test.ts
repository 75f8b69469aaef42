import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { PracticeRecord } from '../../../renderer/features/citizen/practice/record';
import { aggregate } from '../../../renderer/features/skills/aggregate';
import { CSV_COLUMNS, skillsMapCsv } from '../../../renderer/features/skills/csv';

let n = 0;
const row = (
  exerciseId: string,
  competence: string,
  result: PracticeRecord['result'],
  extra: Partial<PracticeRecord> = {},
): PracticeRecord => ({
  id: ++n,
  exerciseId,
  competence,
  parcoursId: 'p',
  result,
  attempts: 1,
  hintsUsed: 0,
  seconds: 30,
  language: 'fr',
  display: { textScale: 0, highContrast: false, readAloud: false },
  step: 1,
  steps: 1,
  launchedBy: 'citizen',
  startedAt: '2026-11-20T10:00:00.000Z',
  ...extra,
});

const ROWS: PracticeRecord[] = [
  row('souris-cibles', '5.2', 'success'),
  row('souris-cibles', '5.2', 'success'),
  row('souris-cibles', '5.2', 'skipped'),
  row('clavier-touches', '5.2', 'abandoned', { step: 1 }),
  row('souris-double-clic', '1.2', 'success'),
  row('formulaire-identite', '2.4', 'abandoned', { step: 2, steps: 3 }),
  row('formulaire-identite', '2.4', 'abandoned', { step: 2, steps: 3 }),
  row('formulaire-identite', '2.4', 'abandoned', { step: 1, steps: 3 }),
  row('formulaire-identite', '2.4', 'success', { startedAt: '2026-10-01T10:00:00.000Z' }),
];

describe('aggregate', () => {
  const map = aggregate(ROWS);

  it('lists competences in the Pix framework order', () => {
    expect(map.competences.map((c) => c.code)).toEqual(['1.2', '2.4', '5.2']);
  });
  it('counts starts, completions, skips, abandons and the success rate per competence', () => {
    const c52 = map.competences.find((c) => c.code === '5.2');
    expect(c52).toMatchObject({
      starts: 4,
      completions: 2,
      skips: 1,
      abandons: 1,
      successRate: 50,
    });
  });
  it('counts per exercise', () => {
    const cibles = map.competences
      .find((c) => c.code === '5.2')
      ?.exercises.find((e) => e.exerciseId === 'souris-cibles');
    expect(cibles).toMatchObject({
      starts: 3,
      completions: 2,
      skips: 1,
      abandons: 0,
      successRate: 67,
      giveUp: null,
    });
  });
  it('finds where people give up: the exercise and the step most often abandoned', () => {
    expect(map.giveUp).toEqual({ exerciseId: 'formulaire-identite', step: 2, count: 2 });
  });
  it('totals everything', () => {
    expect(map.total).toMatchObject({
      starts: 9,
      completions: 4,
      skips: 1,
      abandons: 4,
      successRate: 44,
    });
  });
  it('filters by period (inclusive local dates)', () => {
    const october = aggregate(ROWS, { from: '2026-10-01', to: '2026-10-31' });
    expect(october.total.starts).toBe(1);
    expect(october.competences.map((c) => c.code)).toEqual(['2.4']);
    expect(aggregate(ROWS, { from: '2026-12-01' }).competences).toEqual([]);
  });
  it('gives a zero rate, not NaN, when nothing was started', () => {
    expect(aggregate([]).total.successRate).toBe(0);
  });
});

describe('skills map CSV', () => {
  const csv = skillsMapCsv(aggregate(ROWS), new Map([['souris-cibles', 'Cliquer sur les cibles']]));

  it('starts with a UTF-8 byte-order mark and uses ";"', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(';')}`);
  });
  it('has one row per exercise with its competence name', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ';' });
    expect(parsed.data).toHaveLength(1 + 4);
    expect(parsed.data).toContainEqual([
      '5.2',
      'Construire un environnement numérique',
      'souris-cibles',
      'Cliquer sur les cibles',
      '3',
      '2',
      '67',
      '1',
      '0',
      '',
    ]);
    expect(parsed.data).toContainEqual(expect.arrayContaining(['formulaire-identite', '2']));
  });
  it('neutralises formula injection in any text cell', () => {
    const evil = skillsMapCsv(
      aggregate([row('=cmd|calc', '5.2', 'success')]),
      new Map([['=cmd|calc', '+SUM(A1)']]),
    );
    expect(evil).toContain(`'=cmd|calc`);
    expect(evil).toContain(`'+SUM(A1)`);
    expect(evil).not.toMatch(/;=cmd/);
  });
});
