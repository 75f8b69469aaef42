import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../scripts/electronegativity';

describe('Electronegativity report parsing', () => {
  it('reads quoted fields holding commas, quotes and newlines', () => {
    const csv =
      'issue, severity, sample\nCHECK_A,"HIGH","new BrowserWindow({ a, b })"\nCHECK_B,"LOW","say ""hi""\nthere"\n';
    expect(parseCsv(csv)).toEqual([
      ['issue', 'severity', 'sample'],
      ['CHECK_A', 'HIGH', 'new BrowserWindow({ a, b })'],
      ['CHECK_B', 'LOW', 'say "hi"\nthere'],
    ]);
  });

  it('keeps a written reason for every exclusion', () => {
    const file = path.resolve(
      import.meta.dirname,
      '..',
      '..',
      '..',
      'scripts',
      'electronegativity-exclusions.json',
    );
    const { exclusions } = JSON.parse(readFileSync(file, 'utf8')) as {
      exclusions: { check: string; reason: string }[];
    };
    for (const e of exclusions) expect(e.reason.length, e.check).toBeGreaterThan(80);
  });
});
