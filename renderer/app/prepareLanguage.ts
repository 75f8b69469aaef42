/**
 * Everything a language needs before it is shown: its UI catalogue and, for a language added
 * as content, its exercise and parcours texts (the citizen content loads on demand, so the
 * attract screen's bundle stays small for French and English). Both load side by side before
 * i18next switches (changeLanguage then finds the catalogue loaded), so the screens drawn in the
 * new language have their exercise texts from the first frame.
 */
import type { Language } from '../../electron/shared/config-schema';
import { changeLanguage } from '../i18n';
import { BUILTIN_LANGUAGES, loadUiLanguage } from '../i18n/contentLanguages';

export async function prepareLanguage(language: Language, preview: boolean): Promise<void> {
  if (!BUILTIN_LANGUAGES.includes(language)) {
    const { prepareContentLanguage } = await import('../features/citizen/content/load');
    await Promise.all([
      loadUiLanguage(language, preview),
      prepareContentLanguage(language, preview),
    ]);
  }
  await changeLanguage(language, preview);
}
