/**
 * Issue 9 §7 from the agent's side: a bundle from another counter with hostile records is
 * imported from the Exports screen. The agent sees what was refused and why; nothing of it
 * enters the journal, its history or a later export; the local entry a forged future date
 * aimed at is left as it was.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createBundle } from '../../../renderer/features/exports/bundleFormat';
import type { AuditRecord, JournalEntry } from '../../../renderer/data/types';
import { localIsoDate } from '../../../renderer/lib/dates';
import { validEntry } from '../../unit/journal/entryFixture';
import { expect, expectNoSeriousA11yViolations, keepScreenshot, openKiosk, test } from './fixtures';
import { openSection, signInAsAdmin } from './agent-helpers';
import { downloadOf, importBundle } from './data-helpers';

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

/** A valid entry of another counter, made `ago` minutes before now. */
function entryMade(ago: number, overrides: Partial<JournalEntry> = {}): JournalEntry {
  const at = minutesAgo(ago);
  return validEntry({
    id: randomUUID(),
    siteId: 'mairie-sud',
    date: localIsoDate(at),
    demiJournee: at.getHours() < 12 ? 'matin' : 'apres-midi',
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    ...overrides,
  });
}

const created = (e: JournalEntry): AuditRecord => ({
  entryId: e.id,
  at: e.createdAt,
  agentCode: e.agentCode,
  action: 'create',
  changes: {},
});

/** A bundle file with raw records, as a hostile or older kiosk could write them. */
function writeBundle(name: string, entries: object[], audit: object[]): string {
  const file = test.info().outputPath(name);
  const bundle = createBundle({ siteId: 'mairie-sud', posteId: 'poste-1' }, [], []);
  writeFileSync(file, JSON.stringify({ ...bundle, entries, audit }));
  return file;
}

test('a hostile bundle: the agent sees each refusal and why, nothing of it enters', async ({
  page,
}) => {
  const local = entryMade(20, { dureeMinutes: 15 });
  const honest = entryMade(10, { dureeMinutes: 30 });
  const day = new Date(`${honest.date}T12:00:00`).toLocaleDateString('fr-FR');
  const { organismes: _o, demiJournee: _d, thematiqueSecondaire: _t, ...v1Base } = entryMade(12);
  void [_o, _d, _t];
  const hostileEntries = [
    honest,
    // Shape version 1 stored premiereVenue as a boolean: text is a wrong type, not converted.
    { ...v1Base, schemaVersion: 1, organisme: 'caf', premiereVenue: 'oui' },
    entryMade(0, {
      date: '2099-01-01',
      createdAt: '2099-01-01T09:00:00.000Z',
      updatedAt: '2099-01-01T09:00:00.000Z',
    }),
    // The local entry again, "changed" in 2030: it would win every later merge.
    { ...local, dureeMinutes: 480, updatedAt: '2030-01-01T00:00:00.000Z' },
    { ...entryMade(8), note: 'rappeler au 06 12 34 56 78' },
  ];
  const hostileAudit = [
    created(honest),
    {
      entryId: honest.id,
      at: honest.updatedAt,
      agentCode: 'ag-07',
      action: 'update',
      changes: { canal: ['jean.dupont@mail.fr', 'physique-spontane'] },
    },
  ];

  await openKiosk(page);
  await signInAsAdmin(page);
  await openSection(page, 'Exports');
  await importBundle(page, writeBundle('local.json', [local], [created(local)]));
  await expect(page.getByText('Import terminé.')).toBeVisible({ timeout: 30_000 });

  await importBundle(page, writeBundle('hostile.json', hostileEntries, hostileAudit));
  const summary = page.getByText('Import terminé.').locator('..');
  await expect(summary).toContainText('Démarches ajoutées1', { timeout: 30_000 });
  await expect(summary).toContainText('Démarches mises à jour0');
  await expect(summary).toContainText('Lignes d’historique ajoutées1');
  await expect(summary).toContainText('Démarches refusées (non importées)4');
  await expect(summary).toContainText('Lignes d’historique refusées (non importées)1');

  const refusals = page.getByRole('region', { name: 'Éléments refusés' });
  await expect(refusals.getByRole('listitem')).toHaveText([
    `Démarche n° 2 du fichier (${day}), champ « première venue » : valeur d’un type incorrect (rien n’est converti).`,
    'Démarche n° 3 du fichier (01/01/2099), champ « date » : date postérieure à maintenant (l’horloge d’un poste peut avancer de 5 minutes au plus).',
    `Démarche n° 4 du fichier (${day}), champ « date de modification » : date postérieure à maintenant (l’horloge d’un poste peut avancer de 5 minutes au plus).`,
    `Démarche n° 5 du fichier (${day}), champ « note » : semble contenir une donnée personnelle (numéro de téléphone).`,
    `Ligne d’historique n° 2 du fichier (démarche n° 1, ${day}), champ « canal » : semble contenir une donnée personnelle (adresse e-mail).`,
  ]);
  await expect(refusals).not.toContainText('06 12');
  await expect(refusals).not.toContainText('dupont');
  await refusals.scrollIntoViewIfNeeded();
  await keepScreenshot(page, 'data-import-refusals');
  await expectNoSeriousA11yViolations(page, 'import report with refusals');

  // Nothing refused entered: two démarches in all, the local one as it was, no e-mail anywhere.
  await openSection(page, 'Données');
  await expect(page.getByText('2 démarches dans le journal.')).toBeVisible();
  await openSection(page, 'Journal');
  const rows = page.getByRole('list', { name: /Démarches de la période/ }).getByRole('button');
  await expect(rows).toHaveCount(2);
  await rows.first().click();
  await expect(page.getByRole('heading', { level: 1, name: `Démarche du ${day}` })).toBeVisible();
  const history = page.getByRole('region', { name: 'Historique des modifications' });
  await expect(history.getByRole('row')).toHaveCount(2); // header and the creation
  await expect(history).not.toContainText('@');

  await openSection(page, 'Exports');
  const { bytes } = await downloadOf(page, 'Tout le journal pour consolidation (JSON)');
  const exported = JSON.parse(bytes.toString('utf8')) as { entries: JournalEntry[] };
  expect(exported.entries.map((e) => e.id).sort()).toEqual([local.id, honest.id].sort());
  expect(exported.entries.find((e) => e.id === local.id)).toEqual(local);
  expect(bytes.toString('utf8')).not.toMatch(/dupont|06 12 34|2099|2030/);
});
