import { readFileSync } from 'node:fs';
import type { JournalBundle } from '../../../renderer/features/exports/bundleFormat';
import {
  expect,
  expectNoSeriousA11yViolations,
  keepScreenshot,
  openKiosk,
  serveConfig,
  test,
} from './fixtures';
import { openSection, signInAsAdmin } from './agent-helpers';
import { fixturePath, importBundle } from './data-helpers';

const bundle = JSON.parse(
  readFileSync(fixturePath('two-sites-2026q1.json'), 'utf8'),
) as JournalBundle;
// The counter's clock is pinned so the retention cut-off falls inside the fixture's dates.
const TODAY = new Date('2026-04-15T10:00:00');

test.describe('data lifecycle (admin "Données")', () => {
  test('backup now, restore it without duplicates, and the daily backup exists', async ({
    page,
  }) => {
    await page.clock.setFixedTime(TODAY);
    await openKiosk(page);
    await signInAsAdmin(page);
    await openSection(page, 'Exports');
    await importBundle(page, fixturePath('two-sites-2026q1.json'));
    await expect(page.getByText('Import terminé.')).toBeVisible({ timeout: 30_000 });

    await openSection(page, 'Données');
    await expect(page.getByText('240 démarches dans le journal.')).toBeVisible();
    await expect(
      page.getByText(/Stockage persistant accordé|Stockage non persistant/),
    ).toBeVisible();
    await expect(page.getByText(/Espace utilisé : .+ sur .+ disponibles\./)).toBeVisible();
    // The daily backup ran when the agent area's data screens first opened today.
    const backups = page.getByRole('table', { name: 'Sauvegardes disponibles' });
    await expect(backups.getByRole('row')).toHaveCount(2);

    await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    await expect(
      page.getByText(
        /^Sauvegarde enregistrée : IndexedDB\/journal-mairie-test-poste-1-2026-04-15-\d{6}\.json$/,
      ),
    ).toBeVisible();
    await expect(
      page.getByText('Dernière sauvegarde : 15/04/2026 10:00 (240 démarches).'),
    ).toBeVisible();
    await expect(backups.getByRole('row')).toHaveCount(3);

    // Restore the newest backup: a confirmation, then nothing new (same ids, same versions).
    await backups.getByRole('button', { name: /^Restaurer journal-.*-\d{6}\.json$/ }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText('Restaurer la sauvegarde');
    await expect(confirm.getByRole('button', { name: 'Annuler' })).toBeFocused();
    await keepScreenshot(page, 'data-restore-confirm');
    await confirm.getByRole('button', { name: 'Oui, restaurer' }).click();
    const summary = page.getByText('Import terminé.').locator('..');
    await expect(summary).toContainText('Démarches déjà présentes240', { timeout: 30_000 });
    await expect(summary).toContainText('Démarches ajoutées0');
    await expect(page.getByText('240 démarches dans le journal.')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'données');
  });

  test('retention purge previews, confirms and reports what it deleted', async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
    await openKiosk(page);
    await signInAsAdmin(page);
    await openSection(page, 'Exports');
    await importBundle(page, fixturePath('two-sites-2026q1.json'));
    await expect(page.getByText('Import terminé.')).toBeVisible({ timeout: 30_000 });

    // IT shortens the retention to 2 months: the cut-off becomes 15/02/2026.
    await page.unroute('**/config.json');
    await serveConfig(page, { config: { retentionMonths: 2 } });
    await page.reload();
    await signInAsAdmin(page);
    await openSection(page, 'Données');
    const old = bundle.entries.filter((e) => e.date < '2026-02-15');
    const dates = old.map((e) => e.date).sort();
    await expect(
      page.getByText(`${old.length} démarches antérieures au 15/02/2026 seront supprimées.`),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Supprimer les démarches anciennes' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Oui, supprimer' }).click();
    const fr = (d: string | undefined) =>
      d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : '';
    await expect(
      page.getByText(
        `${old.length} démarches (du ${fr(dates[0])} au ${fr(dates.at(-1))}) et ${old.length} lignes d’historique supprimées.`,
      ),
    ).toBeVisible();
    await expect(page.getByText(`${240 - old.length} démarches dans le journal.`)).toBeVisible();
    await expect(
      page.getByText('Aucune démarche antérieure au 15/02/2026 : rien à supprimer.'),
    ).toBeVisible();
    await keepScreenshot(page, 'data-retention-done');
    await expectNoSeriousA11yViolations(page, 'données after purge');
  });
});
