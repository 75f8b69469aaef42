import { describe, expect, it } from 'vitest';
import { applyOverlay, overlayGaps } from '../../../renderer/features/citizen/content/overlay';
import { MISSING_MARKER } from '../../../renderer/i18n/catalogueGaps';

const source = {
  id: 'demo',
  title: { fr: 'Titre', en: 'Title' },
  minutes: 2,
  steps: [
    {
      type: 'choice',
      prompt: { fr: 'Question ?', en: 'Question?' },
      choices: [{ id: 'a', label: { fr: 'Oui', en: 'Yes' } }],
    },
  ],
  feedback: { default: { fr: 'Non.', en: 'No.' } },
};

describe('content overlays of a language added as content', () => {
  it('finds every localized text the overlay lacks, by JSON path', () => {
    const gaps = overlayGaps(source, { title: 'عنوان', steps: [{ prompt: '' }] });
    expect(gaps.missing).toEqual([
      'steps[0].prompt',
      'steps[0].choices[0].label',
      'feedback.default',
    ]);
    expect(gaps.extra).toEqual([]);
  });

  it('reports overlay texts with no French text at that place', () => {
    const gaps = overlayGaps(source, {
      title: 'عنوان',
      minutes: 'دقيقتان',
      steps: [{ prompt: 'سؤال', choices: [{ label: 'نعم' }] }, { prompt: 'زائد' }],
      feedback: { default: 'لا', bravo: 'أحسنت' },
    });
    expect(gaps.missing).toEqual([]);
    expect(gaps.extra.sort()).toEqual(['feedback.bravo', 'minutes', 'steps[1]']);
  });

  it('merges the texts in, leaving French and English and every other field as they were', () => {
    const merged = applyOverlay(
      source,
      { title: 'عنوان', steps: [{ prompt: 'سؤال' }] },
      'ar',
      false,
    );
    expect(merged.title).toEqual({ fr: 'Titre', en: 'Title', ar: 'عنوان' });
    expect(merged.steps[0]?.prompt).toEqual({ fr: 'Question ?', en: 'Question?', ar: 'سؤال' });
    expect(merged.minutes).toBe(2);
    expect(merged.steps[0]?.choices[0]?.id).toBe('a');
    // A missing text falls back to French.
    expect((merged.feedback.default as Record<string, string>).ar).toBe('Non.');
    expect(source.title).toEqual({ fr: 'Titre', en: 'Title' });
  });

  it('marks a missing text in the médiateur preview', () => {
    const merged = applyOverlay(source, {}, 'uk', true);
    expect((merged.title as Record<string, string>).uk).toBe(`${MISSING_MARKER}Titre`);
  });
});
