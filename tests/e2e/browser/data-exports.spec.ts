import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, expectNoSeriousA11yViolations, keepScreenshot, openKiosk, test } from './fixtures';
import { openSection, signInAsAdmin } from './agent-helpers';
import {
  FIXTURE_PERIOD,
  chooseDates,
  downloadOf,
  fixturePath,
  importBundle,
  keyFigures,
  tableText,
} from './data-helpers';

const ENTRIES_IN_FIXTURE = 240;

test.describe('exports and imports', () => {
  test('the journal CSV is what French Excel expects, formulas neutralised', async ({ page }) => {
    await openKiosk(page);
    await signInAsAdmin(page);
    await openSection(page, 'Exports');
    await importBundle(page, fixturePath('two-sites-2026q1.json'));
    await expect(page.getByText('Import terminé.')).toBeVisible({ timeout: 30_000 });
    await chooseDates(page, FIXTURE_PERIOD.from, FIXTURE_PERIOD.to);
    // The year's rows are written by workers (journalCsvReaders), not by a fallback in the page.
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const warnings: string[] = [];
    page.on('console', (message) => warnings.push(message.text()));
    const { download, bytes } = await downloadOf(
      page,
      'Journal de la période (CSV, une ligne par démarche)',
    );
    expect(download.suggestedFilename()).toBe(
      'journal-mairie-test-poste-1-2026-01-01_2026-03-31.csv',
    );
    await expect(
      page.getByText(/Fichier enregistré : journal-.*\(232 démarches\)\./),
    ).toBeVisible();

    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'Identifiant;Date;Demi-journée;Site;Poste;Code agent;Canal;Thématique;Thématique secondaire;Organismes;Démarche;Durée (minutes);Issue;Orientation;Autonomie;Nombre de personnes;Première venue;Tranche d’âge;Commune (code INSEE);Note',
    );
    expect(lines).toHaveLength(232 + 2); // header, 232 rows, final CRLF
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).toMatch(/;\d{2}\/\d{2}\/2026;/);
    // A note that is a formula is quoted (it holds ;) and starts with an apostrophe.
    expect(text).toContain(';"\'=SOMME(A1;A2)"\r\n');
    expect(text).toContain(";'-2 pièces manquantes\r\n");
    expect(text).toContain(';"\'@rappel ""dossier"" complet"\r\n');
    const rows = Papa.parse<string[]>(text, { delimiter: ';' }).data;
    expect(rows.slice(1, -1).every((row) => row.length === 20)).toBe(true);
    // Three months in three spans, shared by two workers: the parts come back in date order.
    const dates = rows.slice(1, -1).map((row) => (row[1] ?? '').split('/').reverse().join('-'));
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates.map((date) => date.slice(0, 7)))).toEqual(
      new Set(['2026-01', '2026-02', '2026-03']),
    );
    expect(workers.filter((url) => url.includes('journalCsv.worker')).length).toBe(2);
    expect(warnings.filter((text) => text.includes('export.workers'))).toEqual([]);
    expect(text).not.toContain('Administrateur');
    await keepScreenshot(page, 'data-exports');
    await expectNoSeriousA11yViolations(page, 'exports (admin)');
  });

  test('export, then import twice on a fresh profile: no duplicate, identical statistics', async ({
    browser,
  }) => {
    const source = await browser.newContext();
    const page = await source.newPage();
    await openKiosk(page);
    await signInAsAdmin(page);
    await openSection(page, 'Exports');
    await importBundle(page, fixturePath('two-sites-2026q1.json'));
    await expect(page.getByText('Import terminé.')).toBeVisible({ timeout: 30_000 });
    const { bytes } = await downloadOf(page, 'Tout le journal pour consolidation (JSON)');
    await openSection(page, 'Statistiques');
    await chooseDates(page, FIXTURE_PERIOD.from, FIXTURE_PERIOD.to);
    const before = await keyFigures(page);
    const thematiquesBefore = await tableText(page, 'Démarches par thématique');
    await source.close();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await openKiosk(other);
    await signInAsAdmin(other);
    await openSection(other, 'Exports');
    const file = { name: 'journal.json', mimeType: 'application/json', buffer: bytes };
    const input = other.getByLabel('Fichier d’export d’un autre poste (JSON)');
    await input.setInputFiles(file);
    const summary = other.getByText('Import terminé.').locator('..');
    await expect(summary).toContainText(`Démarches ajoutées${ENTRIES_IN_FIXTURE}`, {
      timeout: 30_000,
    });
    await input.setInputFiles(file);
    await expect(summary).toContainText(`Démarches déjà présentes${ENTRIES_IN_FIXTURE}`, {
      timeout: 30_000,
    });
    await expect(summary).toContainText('Démarches ajoutées0');
    await expect(summary).toContainText('Lignes d’historique ajoutées0');

    await openSection(other, 'Statistiques');
    await chooseDates(other, FIXTURE_PERIOD.from, FIXTURE_PERIOD.to);
    expect(await keyFigures(other)).toEqual(before);
    expect(await tableText(other, 'Démarches par thématique')).toBe(thematiquesBefore);

    await openSection(other, 'Exports');
    await other.getByRole('button', { name: 'Afficher les sites et postes' }).click();
    const sites = other.getByRole('table', { name: 'Sites et postes du journal' });
    await expect(sites.getByRole('row')).toHaveCount(4);
    await expect(sites).toContainText('ccas-sud');
    await sites.scrollIntoViewIfNeeded();
    await keepScreenshot(other, 'data-consolidated');
    await expectNoSeriousA11yViolations(other, 'exports with import summary and consolidated view');
    await fresh.close();
  });

  for (const [file, reason] of [
    ['truncated.json', 'le fichier est incomplet (copie interrompue ?).'],
    [
      'future-version.json',
      'il vient d’une version plus récente du kiosque (format 7, ce poste lit le format 1) : mettez ce poste à jour.',
    ],
  ] as const) {
    test(`a broken import (${file}) is refused and nothing changes`, async ({ page }) => {
      await openKiosk(page);
      await signInAsAdmin(page);
      await openSection(page, 'Exports');
      await importBundle(page, fixturePath('two-sites-2026q1.json'));
      await expect(page.getByText('Import terminé.')).toBeVisible({ timeout: 30_000 });
      await openSection(page, 'Statistiques');
      await chooseDates(page, FIXTURE_PERIOD.from, FIXTURE_PERIOD.to);
      const before = await keyFigures(page);

      await openSection(page, 'Exports');
      await importBundle(page, fixturePath(file));
      await expect(page.getByRole('alert')).toHaveText(
        `Fichier refusé, rien n’a été modifié : ${reason}`,
      );
      await page.getByRole('alert').scrollIntoViewIfNeeded();
      await keepScreenshot(page, `data-import-refused-${file.replace('.json', '')}`);

      await openSection(page, 'Données');
      await expect(
        page.getByText(`${ENTRIES_IN_FIXTURE} démarches dans le journal.`),
      ).toBeVisible();
      await openSection(page, 'Statistiques');
      await chooseDates(page, FIXTURE_PERIOD.from, FIXTURE_PERIOD.to);
      expect(await keyFigures(page)).toEqual(before);
    });
  }

  test('a file that is not a bundle at all is refused', async ({ page }) => {
    await openKiosk(page);
    await signInAsAdmin(page);
    await openSection(page, 'Exports');
    await page.getByLabel('Fichier d’export d’un autre poste (JSON)').setInputFiles({
      name: 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from(readFileSync(fixturePath('make-bundles.ts'))),
    });
    await expect(page.getByRole('alert')).toHaveText(
      'Fichier refusé, rien n’a été modifié : ce n’est pas un fichier JSON lisible.',
    );
  });
});
