import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../electron/shared/config-schema';
import { fr, resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof fr;
  }
}

/** Right-to-left languages the layout is ready for (none shipped yet). */
const RTL = new Set<string>(['ar', 'he', 'fa', 'ur']);

export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'fr',
    defaultNS: 'common',
    ns: Object.keys(fr),
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
  document.documentElement.dir = RTL.has(language) ? 'rtl' : 'ltr';
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}
