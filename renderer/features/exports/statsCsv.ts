/**
 * The aggregate statistics CSV (French Excel): one block per table of the statistics screen,
 * each row "Tableau;Catégorie;Nombre;Part (%)", plus the headline figures. Public-profile cells
 * under 5 are written "< 5", never as their count.
 */
import Papa from 'papaparse';
import {
  AUTONOMIES,
  CANAUX,
  ISSUES,
  ORGANISMES,
  ORIENTATIONS,
  THEMATIQUES,
  TRANCHES_AGE,
  labelOf,
  type Term,
} from '../../data/taxonomies';
import { DURATION_BANDS } from '../../data/durationBands';
import { frenchDate } from '../../lib/dates';
import type { CountRow, ProfileRow, StatsResult } from '../stats';
import { BOM, CSV_OPTIONS, frenchNumber, neutraliseFormula } from './spreadsheetCells';

export const STATS_CSV_HEADERS = ['Tableau', 'Catégorie', 'Nombre', 'Part (%)'] as const;

type Row = [string, string, string, string];

const percent = (part: number, whole: number): string =>
  whole === 0 ? '' : frenchNumber((100 * part) / whole);

function block(
  title: string,
  rows: readonly CountRow[],
  list: readonly Term[] | null,
  whole: number,
): Row[] {
  return rows.map((r) => [
    title,
    list ? labelOf(list, r.code) : r.code,
    String(r.count),
    percent(r.count, whole),
  ]);
}

function profileBlock(
  title: string,
  rows: readonly ProfileRow[],
  list: readonly Term[] | null,
): Row[] {
  return rows.map((r) => [
    title,
    list ? labelOf(list, r.code) : r.code,
    r.count === null ? '< 5' : String(r.count),
    '',
  ]);
}

/** The rows of the aggregate CSV (without header), for tests and the file. */
export function statsCsvRows(
  stats: StatsResult,
  demarcheLabels: ReadonlyMap<string, string> = new Map(),
): Row[] {
  const n = stats.count;
  const minutes = (v: number | null): string => (v === null ? '' : frenchNumber(v));
  const rows: Row[] = [
    ['Période', `du ${frenchDate(stats.period.from)} au ${frenchDate(stats.period.to)}`, '', ''],
    ['Indicateurs', 'Démarches', String(n), ''],
    ['Indicateurs', 'Personnes accompagnées', String(stats.people), ''],
    ['Indicateurs', 'Durée totale (minutes)', String(stats.totalMinutes), ''],
    ['Indicateurs', 'Durée moyenne (minutes)', minutes(stats.meanMinutes), ''],
    ['Indicateurs', 'Durée médiane (minutes)', minutes(stats.medianMinutes), ''],
    ...block('Issue', stats.byIssue, ISSUES, n),
    ...block('Thématique', stats.byThematique, THEMATIQUES, n),
    ...block('Organisme', stats.byOrganisme, ORGANISMES, n),
    ...block('Canal', stats.byCanal, CANAUX, n),
    ...block('Autonomie', stats.byAutonomie, AUTONOMIES, n),
    ...block('Orientation', stats.byOrientation, ORIENTATIONS, n),
    ...block('Durée', stats.byDurationBand, DURATION_BANDS, n),
    ...stats.byDemarche.map((r): Row => [
      'Démarche',
      demarcheLabels.get(r.code) ?? r.code,
      String(r.count),
      percent(r.count, n),
    ]),
    ...stats.overTime.buckets.map((r): Row => [
      `Évolution (${granularityLabel[stats.overTime.granularity]})`,
      bucketLabel(r.code),
      String(r.count),
      percent(r.count, n),
    ]),
    ...stats.bySitePoste.map((r): Row => [
      'Site et poste',
      `${r.siteId} / ${r.posteId}`,
      String(r.count),
      percent(r.count, n),
    ]),
    ...stats.durationByThematique.map((r): Row => [
      'Durée moyenne par thématique (minutes)',
      labelOf(THEMATIQUES, r.code),
      minutes(r.mean),
      '',
    ]),
    ...stats.durationByOrganisme.map((r): Row => [
      'Durée moyenne par organisme (minutes)',
      labelOf(ORGANISMES, r.code),
      minutes(r.mean),
      '',
    ]),
    ...stats.outcomesByOrganisme.flatMap((o) =>
      ISSUES.map((i): Row => [
        `Issues : ${labelOf(ORGANISMES, o.code)}`,
        i.fr,
        String(o.byIssue[i.code] ?? 0),
        percent(o.byIssue[i.code] ?? 0, o.total),
      ]),
    ),
    ...profileBlock('Tranche d’âge', stats.byTrancheAge, TRANCHES_AGE),
    ...profileBlock('Commune (code INSEE)', stats.byCommune, null),
  ];
  return rows.map((r) => r.map(neutraliseFormula) as Row);
}

/** Day and week buckets as JJ/MM/AAAA (a week by its Monday), months as MM/AAAA. */
const bucketLabel = (code: string): string =>
  code.length === 7 ? `${code.slice(5, 7)}/${code.slice(0, 4)}` : frenchDate(code);

const granularityLabel = { day: 'par jour', week: 'par semaine', month: 'par mois' } as const;

/** The aggregate statistics CSV file. */
export function statsCsv(
  stats: StatsResult,
  demarcheLabels: ReadonlyMap<string, string> = new Map(),
): string {
  const body = Papa.unparse(
    { fields: [...STATS_CSV_HEADERS], data: statsCsvRows(stats, demarcheLabels) },
    CSV_OPTIONS,
  );
  return `${BOM}${body}${CSV_OPTIONS.newline}`;
}
