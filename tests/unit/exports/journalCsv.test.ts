import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  JOURNAL_CSV_HEADERS,
  journalCsv,
  journalCsvWriter,
} from '../../../renderer/features/exports/journalCsv';
import {
  csvLines,
  neutraliseFormula,
  frenchNumber,
} from '../../../renderer/features/exports/spreadsheetCells';
import { statsCsv } from '../../../renderer/features/exports/statsCsv';
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
} from '../../../renderer/data/taxonomies';
import { frenchDate } from '../../../renderer/lib/dates';
import { computeStats } from '../../../renderer/features/stats/computeStats';
import { periodContaining } from '../../../renderer/features/stats/period';
import type { JournalEntry } from '../../../renderer/data/types';
import { randomEntries } from '../stats/helpers';

const one = (patch: Partial<JournalEntry> = {}): JournalEntry => {
  const [entry] = randomEntries(1, 11, '2026-03-09', 1, 0);
  if (!entry) throw new Error('no entry');
  return { ...entry, ...patch };
};

describe('formula injection', () => {
  it('prefixes an apostrophe to every dangerous first character', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(neutraliseFormula(`${start}SOMME(A1)`)).toBe(`'${start}SOMME(A1)`);
    expect(neutraliseFormula('=1+1\n=2')).toBe("'=1+1\n=2");
    expect(neutraliseFormula('CAF – RSA')).toBe('CAF – RSA');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('')).toBe('');
  });

  it('writes French decimals', () => {
    expect(frenchNumber(12.345)).toBe('12,3');
    expect(frenchNumber(15)).toBe('15');
  });
});

describe('journal CSV for French Excel', () => {
  it('starts with a BOM, uses ; and CRLF, French headers, JJ/MM/AAAA dates', () => {
    const csv = journalCsv([
      one({
        date: '2026-03-09',
        canal: 'telephone',
        thematique: 'logement',
        issue: 'finalisee',
        orientation: null,
      }),
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(JOURNAL_CSV_HEADERS.join(';'));
    expect(lines[1]).toContain(';09/03/2026;');
    expect(lines[1]).toContain(';Téléphone;Logement;');
    expect(lines[1]).toContain(';Démarche finalisée;');
    expect(lines[2]).toBe('');
    expect(csv).not.toMatch(/[^\r]\n/);
  });

  it('neutralises and quotes a note that is a formula or holds ; and quotes', () => {
    const csv = journalCsv([one({ note: '=SOMME(1;2)' }), one({ note: '-2 "urgent"; rappel' })]);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
    const noteColumn = JOURNAL_CSV_HEADERS.indexOf('Note');
    expect(parsed[1]?.[noteColumn]).toBe("'=SOMME(1;2)");
    expect(parsed[2]?.[noteColumn]).toBe('\'-2 "urgent"; rappel');
    expect(csv).toContain('"\'=SOMME(1;2)"');
  });

  it('writes the agent code, never anything else about the agent, and skips deleted entries', () => {
    const csv = journalCsv([
      one({ agentCode: 'ag-07' }),
      one({ id: '00000000-0000-4000-8000-000000000001', deletedAt: '2026-03-09T10:00:00.000Z' }),
    ]);
    expect(csv).toContain(';ag-07;');
    expect(csv).not.toContain('00000000-0000-4000-8000-000000000001');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(2);
  });

  it('names démarches from the catalogue', () => {
    const csv = journalCsv(
      [one({ demarche: 'ants-cni-predemande' })],
      new Map([['ants-cni-predemande', 'ANTS – pré-demande de carte d’identité']]),
    );
    expect(csv).toContain(';ANTS – pré-demande de carte d’identité;');
  });
});

describe('aggregate statistics CSV', () => {
  it('has the headline figures and hides small public-profile cells', () => {
    const entries = randomEntries(400, 3, '2026-01-01', 31, 0);
    const stats = computeStats(entries, periodContaining('month', '2026-01-15'));
    const csv = statsCsv(stats);
    expect(csv.startsWith('\uFEFFTableau;Catégorie;Nombre;Part (%)\r\n')).toBe(true);
    expect(csv).toContain(`Indicateurs;Démarches;${stats.count};\r\n`);
    expect(csv).toContain('Période;du 01/01/2026 au 31/01/2026;;');
    for (const row of stats.byCommune.filter((r) => r.suppressed))
      expect(csv).toContain(`Commune (code INSEE);${row.code};< 5;`);
  });
});

describe('the journal’s CSV writer', () => {
  it('writes the same bytes as papaparse, hostile cells included', () => {
    const awkward = [
      '',
      ' ',
      'a;b',
      'dit "oui"',
      'ligne\r\nsuite',
      'fin\n',
      ' avant',
      'après ',
      '\uFEFFbom',
      "'=1+1",
      'é ; è',
      '""',
      'tab\tdedans',
      'simple',
    ];
    let state = 7;
    const pick = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return awkward[state % awkward.length] ?? '';
    };
    const rows = Array.from({ length: 300 }, (_, i) => [pick(), i, pick(), pick(), i / 4]);
    const papa = Papa.unparse(rows, { delimiter: ';', newline: '\r\n' });
    expect(csvLines(rows)).toBe(`${papa}\r\n`);
  });
});

describe('the journal CSV rows', () => {
  // The columns as the issue defines them, one cell at a time, written by papaparse: what the
  // writer's memoised one-string-per-row lines must equal byte for byte.
  const reference = (e: JournalEntry, labels: ReadonlyMap<string, string>): string[] =>
    [
      e.id,
      frenchDate(e.date),
      labelOf(DEMI_JOURNEES, e.demiJournee),
      e.siteId,
      e.posteId,
      e.agentCode,
      labelOf(CANAUX, e.canal),
      labelOf(THEMATIQUES, e.thematique),
      e.thematiqueSecondaire ? labelOf(THEMATIQUES, e.thematiqueSecondaire) : '',
      e.organismes.map((o) => labelOf(ORGANISMES, o)).join(', '),
      labels.get(e.demarche) ?? e.demarche,
      String(e.dureeMinutes),
      labelOf(ISSUES, e.issue),
      e.orientation ? labelOf(ORIENTATIONS, e.orientation) : '',
      e.autonomie ? labelOf(AUTONOMIES, e.autonomie) : '',
      String(e.nbPersonnes),
      { oui: 'Oui', non: 'Non', nsp: 'Ne sait pas' }[e.premiereVenue],
      e.trancheAge ? labelOf(TRANCHES_AGE, e.trancheAge) : '',
      e.communeResidence ?? '',
      e.note ?? '',
    ].map(neutraliseFormula);

  it('equal cell-by-cell papaparse over varied entries, hostile notes and unknown codes included', () => {
    const hostile = ['=SOMME(1;2)', ' avant', 'dit "oui"', 'ligne\r\nsuite', '@x', null, '', '-1'];
    const entries = randomEntries(2_000, 5, '2026-01-01', 90, 0.1).map((e, i) => ({
      ...e,
      note: hostile[i % hostile.length] ?? null,
      communeResidence: i % 3 === 0 ? null : i % 3 === 1 ? '75056' : '+2A00',
      organismes: (i % 7 === 0
        ? []
        : i % 7 === 1
          ? ['caf', 'cpam', 'inconnu']
          : e.organismes) as JournalEntry['organismes'],
      agentCode: i % 11 === 0 ? '=ag' : e.agentCode,
      demarche: i % 5 === 0 ? 'hors-catalogue;x' : e.demarche,
      thematiqueSecondaire: i % 4 === 0 ? 'logement' : e.thematiqueSecondaire,
    }));
    const labels = new Map([['caf-rsa-trimestrielle', '-CAF "RSA"; trimestre']]);
    const live = entries.filter((e) => e.deletedAt === null);
    const papa = Papa.unparse(
      [[...JOURNAL_CSV_HEADERS], ...live.map((e) => reference(e, labels))],
      { delimiter: ';', newline: '\r\n' },
    );
    expect(journalCsv(entries, labels)).toBe(`\uFEFF${papa}\r\n`);
    const written = journalCsvWriter(labels)(entries);
    expect(written.rows).toBe(live.length);
    expect(written.rows).toBeLessThan(entries.length);
  });
});
