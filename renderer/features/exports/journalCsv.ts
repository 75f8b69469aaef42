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
import { BOM, CSV_OPTIONS, csvLines, textCell } from './spreadsheetCells';

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

/**
 * A memoised cell: most columns take a few dozen values over a year (codes, labels, dates), so
 * each is looked up, neutralised and quoted once rather than once per row.
 */
function memoCell(toText: (value: string) => string): (value: string) => string {
  const cells = new Map<string, string>();
  return (value) => {
    let cell = cells.get(value);
    if (cell === undefined) cells.set(value, (cell = textCell(toText(value))));
    return cell;
  };
}

const same = (value: string): string => value;

/**
 * Writes journal rows as CSV lines (header order, text neutralised against formulas, quoted when
 * needed, CRLF); one writer serves a whole export so its memoised cells are reused. 100,000
 * rows took 850 ms as arrays of cells through `csvLines`: one string per row here.
 */
export function journalCsvWriter(demarcheLabels: ReadonlyMap<string, string>) {
  const label = (list: Parameters<typeof labelOf>[0]) => memoCell((code) => labelOf(list, code));
  const date = memoCell(frenchDate);
  const demiJournee = label(DEMI_JOURNEES);
  const place = memoCell(same);
  const canal = label(CANAUX);
  const thematique = label(THEMATIQUES);
  const organisme = label(ORGANISMES);
  // Keyed by the codes joined with a NUL, which no code holds (they are validated).
  const organismes = memoCell((codes) =>
    codes
      .split('\u0000')
      .map((o) => labelOf(ORGANISMES, o))
      .join(', '),
  );
  const demarche = memoCell((code) => demarcheLabels.get(code) ?? code);
  const issue = label(ISSUES);
  const orientation = label(ORIENTATIONS);
  const autonomie = label(AUTONOMIES);
  const premiereVenue = memoCell(
    (code) => PREMIERE_VENUE[code as JournalEntry['premiereVenue']] ?? '',
  );
  const trancheAge = label(TRANCHES_AGE);
  const commune = memoCell(same);
  const d = CSV_OPTIONS.delimiter;
  const end = CSV_OPTIONS.newline;

  /** The line of one entry. */
  const line = (e: JournalEntry): string =>
    `${textCell(e.id)}${d}${date(e.date)}${d}${demiJournee(e.demiJournee)}${d}` +
    `${place(e.siteId)}${d}${place(e.posteId)}${d}${place(e.agentCode)}${d}${canal(e.canal)}${d}` +
    `${thematique(e.thematique)}${d}` +
    `${e.thematiqueSecondaire ? thematique(e.thematiqueSecondaire) : ''}${d}` +
    `${e.organismes.length === 1 ? organisme(e.organismes[0] ?? '') : organismes(e.organismes.join('\u0000'))}${d}` +
    `${demarche(e.demarche)}${d}${e.dureeMinutes}${d}${issue(e.issue)}${d}` +
    `${e.orientation ? orientation(e.orientation) : ''}${d}` +
    `${e.autonomie ? autonomie(e.autonomie) : ''}${d}${e.nbPersonnes}${d}` +
    `${premiereVenue(e.premiereVenue)}${d}${e.trancheAge ? trancheAge(e.trancheAge) : ''}${d}` +
    `${commune(e.communeResidence ?? '')}${d}${textCell(e.note ?? '')}${end}`;

  /** CSV lines of the live entries of `entries` (soft-deleted ones are not démarches). */
  return (entries: Iterable<JournalEntry>): { text: string; rows: number } => {
    let text = '';
    let rows = 0;
    for (const e of entries) {
      if (e.deletedAt !== null) continue;
      text += line(e);
      rows += 1;
    }
    return { text, rows };
  };
}

/** The first line of the file, with the BOM. */
export const JOURNAL_CSV_HEADER = `${BOM}${csvLines([[...JOURNAL_CSV_HEADERS]])}`;

/** The whole CSV file of `entries`. */
export function journalCsv(
  entries: readonly JournalEntry[],
  demarcheLabels: ReadonlyMap<string, string> = new Map(),
): string {
  return JOURNAL_CSV_HEADER + journalCsvWriter(demarcheLabels)(entries).text;
}
