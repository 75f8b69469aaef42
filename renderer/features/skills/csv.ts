/**
 * The skills map as CSV for the collectivité: `;` separated (French spreadsheets), UTF-8 with
 * a byte-order mark (so accents open right), and formula injection neutralised by papaparse.
 */
import Papa from 'papaparse';
import { COMPETENCE_NAMES, type CompetenceCode } from '../citizen';
import type { SkillsMap } from './aggregate';

export const CSV_COLUMNS = [
  'competence',
  'competence_nom',
  'exercice',
  'titre',
  'commences',
  'reussis',
  'taux_reussite_pct',
  'passes',
  'abandonnes',
  'etape_abandon_frequente',
] as const;

const competenceName = (code: string): string => COMPETENCE_NAMES[code as CompetenceCode]?.fr ?? '';

/** One row per exercise, grouped by competence; `titles` gives the French exercise titles. */
export function skillsMapCsv(
  map: SkillsMap,
  titles: ReadonlyMap<string, string> = new Map(),
): string {
  const data = map.competences.flatMap((c) =>
    c.exercises.map((e) => [
      c.code,
      competenceName(c.code),
      e.exerciseId,
      titles.get(e.exerciseId) ?? '',
      e.starts,
      e.completions,
      e.successRate,
      e.skips,
      e.abandons,
      e.giveUp ? e.giveUp.step : '',
    ]),
  );
  const body = Papa.unparse(
    { fields: [...CSV_COLUMNS], data },
    { delimiter: ';', newline: '\r\n', escapeFormulae: true },
  );
  return `\uFEFF${body}\r\n`;
}
