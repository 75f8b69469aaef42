import { readFileSync } from 'node:fs';
import { computeStats } from '../../../renderer/features/stats/computeStats';
import type { JournalBundle } from '../../../renderer/features/exports/bundleFormat';
import { expect, expectNoSeriousA11yViolations, keepScreenshot, openKiosk, test } from './fixtures';
import { addAgent, lock, openSection, signInAsAdmin, signInAsAgent } from './agent-helpers';
import {
  FIXTURE_PERIOD,
  chooseDates,
  fixturePath,
  importBundle,
  keyFigures,
  tableText,
} from './data-helpers';

const bundle = JSON.parse(
  readFileSync(fixturePath('two-sites-2026q1.json'), 'utf8'),
) as JournalBundle;
const expected = computeStats(bundle.entries, { kind: 'custom', ...FIXTURE_PERIOD });
const nbsp = (n: number) => new Intl.NumberFormat('fr-FR').format(n);

test.describe('statistics on a seeded journal', () => {
  test.beforeEach(async ({ page }) => {
    await openKiosk(page);
    await signInAsAdmin(page);
    await openSection(page, 'Exports');
    await importBundle(page, fixturePath('two-sites-2026q1.json'));
    await expect(page.getByText('Import terminé.')).toBeVisible({ timeout: 30_000 });
  });

  test('shows the period’s figures, charts with tables, sites and postes, hidden small cells', async ({
    page,
  }) => {
    await openSection(page, 'Statistiques');
    await chooseDates(page, FIXTURE_PERIOD.from, FIXTURE_PERIOD.to);
    const figures = await keyFigures(page);
    expect(figures['Démarches']).toBe(nbsp(expected.count));
    expect(figures['Durée médiane']).toBe(
      `${String(expected.medianMinutes).replace('.', ',')} min`,
    );
    expect(expected.count).toBe(232); // 240 in the file, 8 soft-deleted

    // Every chart has its table; the figures in a table match the computation.
    for (const caption of [
      'Démarches par thématique',
      'Démarches par organisme',
      'Démarches par canal',
      'Démarches par issue',
      'Autonomie des usagers',
      'Démarches par durée',
      'Démarches par semaine (du lundi)',
    ]) {
      await expect(page.getByRole('table', { name: caption })).toBeVisible();
      await expect(
        page.getByRole('img', {
          name: `Graphique : ${caption}. Les valeurs sont dans le tableau qui suit.`,
        }),
      ).toBeVisible();
    }
    const top = expected.byThematique[0];
    if (!top) throw new Error('no thématique');
    const thematiques = page.getByRole('table', { name: 'Démarches par thématique' });
    await expect(thematiques.getByRole('row').nth(1)).toContainText(String(top.count));

    // Several sites and postes: the per-site table and the filter.
    expect(await tableText(page, 'Démarches par site et poste')).toContain('ccas-sud');
    await page
      .getByLabel('Site et poste')
      .selectOption({ label: 'Site ccas-sud (tous ses postes)' });
    const ccas = computeStats(
      bundle.entries,
      { kind: 'custom', ...FIXTURE_PERIOD },
      { siteId: 'ccas-sud' },
    );
    await expect.poll(async () => (await keyFigures(page))['Démarches']).toBe(nbsp(ccas.count));

    // Public-profile cells under 5 are written "< 5", never as their count.
    const communes = page.getByRole('table', {
      name: 'Public : commune de résidence (code INSEE)',
    });
    const suppressed = expected.byCommune.filter((r) => r.suppressed).length;
    if (suppressed > 0) await expect(communes.getByText('< 5')).toHaveCount(suppressed);
    await keepScreenshot(page, 'data-stats-admin');
    await page.getByRole('table', { name: 'Démarches par thématique' }).scrollIntoViewIfNeeded();
    await keepScreenshot(page, 'data-stats-admin-charts');
    await communes.scrollIntoViewIfNeeded();
    await keepScreenshot(page, 'data-stats-admin-profile');
    await expectNoSeriousA11yViolations(page, 'statistics (admin, seeded)');
  });

  test('an agent sees the same statistics and moves between periods', async ({ page }) => {
    await addAgent(page);
    await lock(page);
    await signInAsAgent(page);
    await openSection(page, 'Statistiques');
    await chooseDates(page, FIXTURE_PERIOD.from, FIXTURE_PERIOD.to);
    expect((await keyFigures(page))['Démarches']).toBe(nbsp(expected.count));
    await page.getByRole('button', { name: 'Année' }).click();
    await page.getByRole('button', { name: 'Période précédente' }).click();
    await page.getByRole('button', { name: 'Période suivante' }).click();
    await expect(page.getByText(/^du 01\/01\/\d{4} au 31\/12\/\d{4}$/)).toBeVisible();
    await keepScreenshot(page, 'data-stats-agent');
    await expectNoSeriousA11yViolations(page, 'statistics (agent)');
  });
});
