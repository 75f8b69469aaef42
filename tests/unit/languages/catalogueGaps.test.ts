import { describe, expect, it } from 'vitest';
import { catalogueGaps, fillGaps, pluralCategories } from '../../../renderer/i18n/catalogueGaps';

const french = { quit: 'Quitter', end: { title: 'Bravo {{name}}', retry: 'Recommencer' } };

describe('UI catalogue of a language added as content', () => {
  it('lists missing, extra and variable-changed keys', () => {
    const gaps = catalogueGaps(french, {
      quit: 'خروج',
      end: { title: 'أحسنت', retry: ' ' },
      other: 'x',
    });
    expect(gaps.missing).toEqual(['end.retry']);
    expect(gaps.variables).toEqual(['end.title']);
    expect(gaps.extra).toEqual(['other']);
  });

  it('is complete when every key is translated with its variables', () => {
    const gaps = catalogueGaps(french, {
      quit: 'خروج',
      end: { title: 'أحسنت {{name}}', retry: 'أعد' },
    });
    expect(gaps).toEqual({ missing: [], extra: [], variables: [] });
  });

  it('fills gaps with the French text behind a marker (preview)', () => {
    expect(fillGaps(french, { quit: 'خروج' }, '⚑ ')).toEqual({
      quit: 'خروج',
      end: { title: '⚑ Bravo {{name}}', retry: '⚑ Recommencer' },
    });
  });

  it('asks for the plural forms of the target language (six in Arabic)', () => {
    const source = { files_one: '{{count}} fichier', files_other: '{{count}} fichiers' };
    const gaps = catalogueGaps(
      source,
      { files_one: 'ملف واحد', files_other: '{{count}} ملف' },
      pluralCategories('ar'),
    );
    expect(gaps.missing.sort()).toEqual(['files_few', 'files_many', 'files_two', 'files_zero']);
    expect(gaps.extra).toEqual([]);
  });
});
