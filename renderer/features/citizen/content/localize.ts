/**
 * The text of a content text in a language: its own text, else the French one (languages
 * added as content have theirs merged in at load time, see overlay.ts).
 */
import type { Language } from '../../../../electron/shared/config-schema';
import type { LocalizedText } from '../interactions/types';
import type { SpokenTextData } from './primitives';

/** Also takes a text with recorded files (`audio`), whose other fields are texts. */
export const textIn =
  (lang: Language) =>
  (value: LocalizedText | SpokenTextData): string => {
    const own: unknown = (value as Record<string, unknown>)[lang];
    return typeof own === 'string' && own !== '' ? own : value.fr;
  };
