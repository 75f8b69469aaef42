import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsOfSarif } from '../../../scripts/electronegativity';

describe('Electronegativity report parsing', () => {
  it('reads rule, level, file, line:column and message of each SARIF result', () => {
    const sarif = JSON.stringify({
      runs: [
        {
          results: [
            {
              ruleId: 'PRELOAD_JS_CHECK',
              level: 'note',
              message: { text: 'Review the use of preload scripts' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: '/app/electron/window.ts' },
                    region: { startLine: 34, startColumn: 7 },
                  },
                },
              ],
            },
            {
              ruleId: 'CSP_GLOBAL_CHECK',
              level: 'warning',
              message: { text: 'No CSP' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///' } } }],
            },
          ],
        },
      ],
    });
    expect(findingsOfSarif(sarif)).toEqual([
      {
        check: 'PRELOAD_JS_CHECK',
        severity: 'note',
        file: '/app/electron/window.ts',
        location: '34:6',
        description: 'Review the use of preload scripts',
      },
      {
        check: 'CSP_GLOBAL_CHECK',
        severity: 'warning',
        file: 'N/A',
        location: '0:0',
        description: 'No CSP',
      },
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
