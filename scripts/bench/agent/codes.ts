/** The taxonomy codes handed to `generateEntries` (kept apart so the generator imports nothing). */
import {
  AUTONOMIES,
  CANAUX,
  ISSUES,
  ORGANISMES,
  ORIENTATIONS,
  THEMATIQUES,
  TRANCHES_AGE,
} from '../../../renderer/data/taxonomies';
import type { GenerateOptions } from './generate';

const codesOf = (list: readonly { code: string }[]): string[] => list.map((t) => t.code);

export const TAXONOMY_CODES: GenerateOptions['codes'] = {
  canal: codesOf(CANAUX),
  thematique: codesOf(THEMATIQUES),
  organisme: codesOf(ORGANISMES),
  issue: codesOf(ISSUES),
  orientation: codesOf(ORIENTATIONS),
  autonomie: codesOf(AUTONOMIES),
  trancheAge: codesOf(TRANCHES_AGE),
};
