/**
 * Every namespace, per language. French is the source of truth: each English namespace is
 * typed `Catalog<typeof fr.…>`, so a missing or extra key fails the typecheck, and
 * tests/unit/renderer/i18n.test.ts checks the same at run time.
 * Namespaces: common (shell), citizen (parcours and player), sims (simulators), agent (agent
 * area, quick log, journal), admin (admin screens), stats (statistics, exports, data),
 * deploy (diagnostics), learning (parcours order and levels, lessons).
 */
import * as frLocales from './locales/fr';
import * as enLocales from './locales/en';

export const fr = { ...frLocales } as const;
export const en = { ...enLocales } as const;

export const resources = { fr, en } as const;
export type Namespace = keyof typeof fr;
