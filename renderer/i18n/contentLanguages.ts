/**
 * Languages added as content (`resources/content/locales/<code>/`): their descriptions are
 * bundled (a few bytes each), their UI catalogues load when the language is first chosen.
 * The files were checked by `npm run content:check` at build time, so a light guard is
 * enough here and zod stays out of the boot bundle.
 */
import i18next from 'i18next';
import type { CatalogueTree } from './catalogueGaps';
import type { LanguageMeta } from './languageMeta';
import { builtinCatalogue, CITIZEN_AREA_NAMESPACES } from './catalogues';

const metaFiles = import.meta.glob<unknown>('../../resources/content/locales/*/language.json', {
  eager: true,
  import: 'default',
});
const uiFiles = import.meta.glob<unknown>('../../resources/content/locales/*/ui/*.json', {
  import: 'default',
});

/** The languages built into the code; every other one comes as content. */
export const BUILTIN_LANGUAGES: readonly string[] = ['fr', 'en'];

const looksLikeMeta = (raw: unknown): raw is LanguageMeta => {
  const m = raw as Partial<LanguageMeta> | null;
  return (
    typeof m?.code === 'string' &&
    typeof m.name === 'string' &&
    (m.dir === 'ltr' || m.dir === 'rtl') &&
    (m.status === 'complete' || m.status === 'preview')
  );
};

export const CONTENT_LANGUAGES: readonly LanguageMeta[] =
  Object.values(metaFiles).filter(looksLikeMeta);

export const contentLanguage = (code: string): LanguageMeta | undefined =>
  CONTENT_LANGUAGES.find((l) => l.code === code);

export const isRightToLeft = (code: string): boolean => contentLanguage(code)?.dir === 'rtl';

/**
 * The enabled languages the kiosk can really offer: built-in ones, and content languages
 * that are complete (or in preview, in the médiateur preview mode). Others are left out.
 */
export function usableLanguages(enabled: readonly string[], preview: boolean): string[] {
  return enabled.filter((code) => {
    if (BUILTIN_LANGUAGES.includes(code)) return true;
    const meta = contentLanguage(code);
    return meta !== undefined && (meta.status === 'complete' || preview);
  });
}

/** Why an enabled language is left out, in French for IT (null when it is usable). */
export function unusableReason(code: string, preview: boolean): string | null {
  if (BUILTIN_LANGUAGES.includes(code)) return null;
  const meta = contentLanguage(code);
  if (!meta)
    return `langue « ${code} » activée mais absente du contenu (resources/content/locales/${code}/)`;
  if (meta.status === 'preview' && !preview) {
    return `langue « ${code} » encore en traduction : activez languages.preview pour la prévisualiser`;
  }
  return null;
}

const loaded = new Set<string>();

/**
 * Adds a content language's UI catalogue to i18next. A missing text falls back to French —
 * behind a visible marker in preview mode, so the médiateur sees what is left to translate.
 */
export async function loadUiLanguage(code: string, preview: boolean): Promise<void> {
  if (BUILTIN_LANGUAGES.includes(code) || loaded.has(`${code}:${String(preview)}`)) return;
  const prefix = `../../resources/content/locales/${code}/ui/`;
  // Filling gaps is for the preview mode only: its code loads then.
  const gaps = preview ? await import('./catalogueGaps') : null;
  await Promise.all(
    CITIZEN_AREA_NAMESPACES.map(async (ns) => {
      const load = uiFiles[`${prefix}${ns}.json`];
      const translated = load ? await load() : {};
      const bundle = gaps
        ? gaps.fillGaps(
            (await builtinCatalogue('fr', ns)) as CatalogueTree,
            translated,
            gaps.MISSING_MARKER,
            gaps.pluralCategories(code),
          )
        : translated;
      i18next.addResourceBundle(code, ns, bundle, true, true);
    }),
  );
  loaded.add(`${code}:${String(preview)}`);
}
