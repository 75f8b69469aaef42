/**
 * Competence names as Pix words them (French) and their English rendering, from the content
 * file `resources/content/competences.json`; languages added as content translate them in
 * `locales/<code>/competences.json` (merged in by load.ts, checked by content:check). Apart from
 * competences.ts because Node's loader (Playwright's, the scripts') imports no JSON module.
 */
import competenceFile from '../../../../resources/content/competences.json';
import type { CompetenceCode } from './competences';

export const COMPETENCE_NAMES: Readonly<Record<CompetenceCode, { fr: string; en: string }>> =
  competenceFile;
