/**
 * The interface catalogues, loaded by area: the attract screen starts with the shell's French
 * namespaces only, and each area loads its own (French and English together, French being the
 * fallback) before it first renders; the shell's English loads when English is first chosen.
 * Keeps the other areas' texts, and English, out of the first bundle.
 */
import i18next from 'i18next';
import { common } from './locales/fr/common';
import { voice } from './locales/fr/voice';
import { AGENT_NAMESPACES } from './namespaces';
import type { Namespace } from './resources';

/** What the shell needs before the first paint: attract screen, PIN pad, « Écouter ». */
export const BOOT_NAMESPACES: readonly Namespace[] = ['common', 'voice'];

export const BOOT_RESOURCES = { fr: { common, voice } };

type CatalogueModule = Record<string, Record<string, unknown>>;
const lazyFiles = import.meta.glob<CatalogueModule>([
  './locales/*/*.ts',
  '!./locales/*/index.ts',
  '!./locales/fr/common.ts',
  '!./locales/fr/voice.ts',
]);

/** Every namespace: the shell's and one per French catalogue file (a test checks the list). */
export const NAMESPACES: readonly Namespace[] = [
  ...BOOT_NAMESPACES,
  ...Object.keys(lazyFiles)
    .filter((file) => file.startsWith('./locales/fr/'))
    .map((file) => file.slice('./locales/fr/'.length, -'.ts'.length) as Namespace),
];

/** The citizen area's namespaces (the agent area's are for staff only). */
export const CITIZEN_AREA_NAMESPACES: readonly Namespace[] = NAMESPACES.filter(
  (ns) => !AGENT_NAMESPACES.includes(ns),
);

/** One built-in language's catalogue of one namespace. */
export async function builtinCatalogue(
  language: 'fr' | 'en',
  ns: Namespace,
): Promise<Record<string, unknown>> {
  if (language === 'fr') {
    const boot = (BOOT_RESOURCES.fr as Record<string, Record<string, unknown>>)[ns];
    if (boot) return boot;
  }
  const load = lazyFiles[`./locales/${language}/${ns}.ts`];
  const catalogue = load ? (await load())[ns] : undefined;
  if (!catalogue) throw new Error(`catalogue ${language}/${ns} missing`);
  return catalogue;
}

/** Adds the French and English catalogues of `namespaces` that i18next does not hold yet. */
export async function loadNamespaces(namespaces: readonly Namespace[]): Promise<void> {
  await Promise.all(
    namespaces.flatMap((ns) =>
      (['fr', 'en'] as const).map(async (language) => {
        if (i18next.hasResourceBundle(language, ns)) return;
        i18next.addResourceBundle(language, ns, await builtinCatalogue(language, ns), true, true);
      }),
    ),
  );
}

/** A lazy area's module, ready once its namespaces are loaded too (for React.lazy). */
export async function withNamespaces<T>(
  area: Promise<T>,
  namespaces: readonly Namespace[],
): Promise<T> {
  const [module] = await Promise.all([area, loadNamespaces(namespaces)]);
  return module;
}
