import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../electron/shared/config-schema';
import { isRightToLeft, loadUiLanguage } from './contentLanguages';
import { BOOT_NAMESPACES, BOOT_RESOURCES, loadNamespaces } from './catalogues';
import type { fr } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof fr;
  }
}

/**
 * Starts i18next with the shell's catalogues; each area adds its own when it opens
 * (`loadNamespaces`). Tests pass every catalogue (`resources` from ./resources) at once.
 */
export function initI18n(language: Language, resources: Resource = BOOT_RESOURCES): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'fr',
    defaultNS: 'common',
    ns: resources === BOOT_RESOURCES ? [...BOOT_NAMESPACES] : Object.keys(resources['fr'] ?? {}),
    interpolation: { escapeValue: false }, // React escapes already.
    returnNull: false,
    initAsync: false,
  });
  applyDocumentLanguage(language);
  return i18next;
}

/** Keeps `<html lang dir>` in step so screen readers and the layout follow the language. */
export function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = isRightToLeft(language) ? 'rtl' : 'ltr';
}

/**
 * Switches the interface language, loading its catalogues first (English's shell, content's).
 * The page's `lang` and `dir` are not set here but by the app when it draws the new language
 * (App's layout effect): set now, they would reach a frame before React's new texts do.
 */
export async function changeLanguage(language: Language, preview = false): Promise<void> {
  if (language === 'en') await loadNamespaces(BOOT_NAMESPACES);
  else await loadUiLanguage(language, preview);
  await i18next.changeLanguage(language);
}
