/**
 * The text of a content text in a language: its own text, else the French one (languages
 * added as content have theirs merged in at load time, see overlay.ts).
 */
import type { Language } from '../../../../electron/shared/config-schema';
import type { LocalizedText } from '../interactions/types';

export const textIn =
  (lang: Language) =>
  (value: LocalizedText): string =>
    value[lang] || value.fr;
