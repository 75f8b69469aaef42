import type { TFunction } from 'i18next';
import type { Mismatch } from './explain';

/** One plain sentence naming the mistake `firstMismatch` found, in the UI language. */
export function mismatchText(t: TFunction<'mistakes'>, m: Mismatch): string {
  switch (m.kind) {
    case 'capital':
    case 'lowercase':
    case 'accent':
    case 'different':
      return t(`typed.${m.kind}`, { word: m.word, given: m.given, expected: m.expected });
    case 'missing':
      if (m.expected === ' ') return t('typed.missingSpace', { after: m.after });
      return m.after
        ? t('typed.missing', { expected: m.expected, after: m.after })
        : t('typed.missingAtStart', { expected: m.expected });
    case 'extra':
      if (m.given === ' ') return t('typed.extraSpace', { after: m.after });
      return m.after
        ? t('typed.extra', { given: m.given, after: m.after })
        : t('typed.extraAtStart', { given: m.given });
  }
}
