/**
 * The CSV of the journal, one row per démarche, for French Excel: `;` separator, UTF-8 with a
 * BOM, CRLF line ends, French headers and labels, dates as JJ/MM/AAAA. The agent appears by
 * pseudonymous code only, never by display name; soft-deleted entries are not démarches.
 */
import type { JournalEntry } from '../../data/types';
import {
  AUTONOMIES,
  CANAUX,
  DEMI_JOURNEES,
  ISSUES,
  ORGANISMES,
  ORIENTATIONS,
  THEMATIQUES,
  TRANCHES_AGE,
  labelOf,
} from '../../data/taxonomies';
import { frenchDate } from '../../lib/dates';
import { BOM, csvLines, neutraliseFormula } from './spreadsheetCells';

export const JOURNAL_CSV_HEADERS = [
  'Identifiant',
  'Date',
  'Demi-journée',
  'Site',
  'Poste',
  'Code agent',
  'Canal',
  'Thématique',
  'Thématique secondaire',
  'Organismes',
  'Démarche',
  'Durée (minutes)',
  'Issue',
  'Orientation',
  'Autonomie',
  'Nombre de personnes',
  'Première venue',
  'Tranche d’âge',
  'Commune (code INSEE)',
  'Note',
] as const;

const PREMIERE_VENUE: Record<JournalEntry['premiereVenue'], string> = {
  oui: 'Oui',
  non: 'Non',
  nsp: 'Ne sait pas',
};

type Cell = string | number;

/** One CSV row (cells in header order), every text cell neutralised against formulas. */
export function journalCsvRow(
  entry: JournalEntry,
  demarcheLabels: ReadonlyMap<string, string>,
): Cell[] {
  const cells: Cell[] = [
    entry.id,
    frenchDate(entry.date),
    labelOf(DEMI_JOURNEES, entry.demiJournee),
    entry.siteId,
    entry.posteId,
    entry.agentCode,
    labelOf(CANAUX, entry.canal),
    labelOf(THEMATIQUES, entry.thematique),
    entry.thematiqueSecondaire ? labelOf(THEMATIQUES, entry.thematiqueSecondaire) : '',
    entry.organismes.map((o) => labelOf(ORGANISMES, o)).join(', '),
    demarcheLabels.get(entry.demarche) ?? entry.demarche,
    entry.dureeMinutes,
    labelOf(ISSUES, entry.issue),
    entry.orientation ? labelOf(ORIENTATIONS, entry.orientation) : '',
    entry.autonomie ? labelOf(AUTONOMIES, entry.autonomie) : '',
    entry.nbPersonnes,
    PREMIERE_VENUE[entry.premiereVenue] ?? '',
    entry.trancheAge ? labelOf(TRANCHES_AGE, entry.trancheAge) : '',
    entry.communeResidence ?? '',
    entry.note ?? '',
  ];
  return cells.map((c) => (typeof c === 'string' ? neutraliseFormula(c) : c));
}

/** CSV text of some rows; the header (with the BOM) only when `withHeader`. */
export function journalCsvChunk(
  entries: readonly JournalEntry[],
  demarcheLabels: ReadonlyMap<string, string>,
  withHeader: boolean,
): string {
  const rows: Cell[][] = [];
  for (const e of entries) if (e.deletedAt === null) rows.push(journalCsvRow(e, demarcheLabels));
  const body = csvLines(rows);
  return withHeader ? `${BOM}${csvLines([[...JOURNAL_CSV_HEADERS]])}${body}` : body;
}

/** The whole CSV file of `entries`. */
export function journalCsv(
  entries: readonly JournalEntry[],
  demarcheLabels: ReadonlyMap<string, string> = new Map(),
): string {
  return journalCsvChunk(entries, demarcheLabels, true);
}
