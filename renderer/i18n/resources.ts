/**
 * Every namespace, per language. French is the source of truth: each English namespace is
 * typed `Catalog<typeof fr.…>`, so a missing or extra key fails the typecheck, and
 * tests/unit/renderer/i18n.test.ts checks the same at run time.
 * A feature adds its namespace here (one line per language).
 */
import { common as frCommon } from './locales/fr/common';
import { common as enCommon } from './locales/en/common';
import { citizen as frCitizen } from './locales/fr/citizen';
import { citizen as enCitizen } from './locales/en/citizen';
import { agent as frAgent } from './locales/fr/agent';
import { agent as enAgent } from './locales/en/agent';
import { admin as frAdmin } from './locales/fr/admin';
import { admin as enAdmin } from './locales/en/admin';

export const fr = { common: frCommon, citizen: frCitizen, agent: frAgent, admin: frAdmin } as const;
export const en = { common: enCommon, citizen: enCitizen, agent: enAgent, admin: enAdmin } as const;

export const resources = { fr, en } as const;
export type Namespace = keyof typeof fr;
