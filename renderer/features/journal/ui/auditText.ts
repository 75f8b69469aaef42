/** Human-readable values of the audit trail (taxonomy labels, minutes, dates). */
import {
  AUTONOMIES,
  CANAUX,
  ISSUES,
  labelOf,
  ORGANISMES,
  ORIENTATIONS,
  THEMATIQUES,
  TRANCHES_AGE,
  type Term,
} from '../../../data/taxonomies';

const LISTS: Record<string, readonly Term[]> = {
  canal: CANAUX,
  thematique: THEMATIQUES,
  thematiqueSecondaire: THEMATIQUES,
  organismes: ORGANISMES,
  issue: ISSUES,
  orientation: ORIENTATIONS,
  autonomie: AUTONOMIES,
  trancheAge: TRANCHES_AGE,
};

/** One value of a change, as shown in the trail. */
export function auditValueText(
  field: string,
  value: unknown,
  lang: 'fr' | 'en',
  demarcheLabels: ReadonlyMap<string, string>,
): string {
  if (value === null || value === undefined || value === '') return '—';
  const list = LISTS[field];
  if (list && Array.isArray(value))
    return value.map((v) => labelOf(list, String(v), lang)).join(', ');
  if (list) return labelOf(list, String(value), lang);
  if (field === 'demarche') return demarcheLabels.get(String(value)) ?? String(value);
  if (field === 'dureeMinutes') return `${String(value)} min`;
  if (field === 'deletedAt' && typeof value === 'string')
    return new Date(value).toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR');
  return String(value);
}
