import { describe, expect, it } from 'vitest';
import { en, fr } from '../../../renderer/i18n/resources';

/** Every leaf key of a catalogue, dotted. */
function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (typeof value !== 'object' || value === null) return [`${prefix}<not text>`];
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it('has the same namespaces in English as in French', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  for (const ns of Object.keys(fr) as (keyof typeof fr)[]) {
    it(`English "${ns}" has exactly the French keys, none empty`, () => {
      const frKeys = leafKeys(fr[ns]).sort();
      const enKeys = leafKeys(en[ns]).sort();
      expect(enKeys).toEqual(frKeys);
      const empty = enKeys.filter((k) => {
        const text = k
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en[ns]);
        return typeof text !== 'string' || text.trim() === '';
      });
      expect(empty).toEqual([]);
    });

    it(`French "${ns}" keeps its interpolation variables in English`, () => {
      const vars = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      for (const key of leafKeys(fr[ns])) {
        const read = (root: unknown) =>
          key
            .split('.')
            .reduce<unknown>(
              (node, part) => (node as Record<string, unknown>)[part],
              root,
            ) as string;
        expect(vars(read(en[ns])), `${ns}:${key}`).toEqual(vars(read(fr[ns])));
      }
    });
  }
});
