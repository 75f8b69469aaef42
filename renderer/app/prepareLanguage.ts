/**
 * Everything a language needs before it is shown: its UI catalogue and, for a language added
 * as content, its exercise and parcours texts (the citizen content loads on demand, so the
 * attract screen's bundle stays small for French and English).
 */
import type { Language } from '../../electron/shared/config-schema';
import { changeLanguage } from '../i18n';
import { BUILTIN_LANGUAGES } from '../i18n/contentLanguages';

export async function prepareLanguage(language: Language, preview: boolean): Promise<void> {
  await changeLanguage(language, preview);
  if (BUILTIN_LANGUAGES.includes(language)) return;
  const { prepareContentLanguage } = await import('../features/citizen/content/load');
  await prepareContentLanguage(language, preview);
}
