import { readFileSync } from 'node:fs';
import { test, expect, openKiosk, expectNoSeriousA11yViolations, keepScreenshot } from './fixtures';
import { MENU, counterWithAgent, openSection, signInAsAdmin } from './agent-helpers';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

test.describe('diagnostics screen (admin)', () => {
  test('answers "what is wrong with this counter" and names the bad config field', async ({
    page,
  }) => {
    // A config with one wrong field: the kiosk runs on safe defaults and must say which field.
    await openKiosk(page, { config: { idle: { timeoutSeconds: 5, warningSeconds: 30 } } });
    await signInAsAdmin(page);
    await openSection(page, 'Diagnostic');

    const counter = page.getByRole('region', { name: 'Poste' });
    await expect(counter.getByText('Mairie de Test (mairie-test)')).toBeVisible();
    await expect(counter.getByText('poste-1')).toBeVisible();
    await expect(counter.getByText('Kiosque navigateur', { exact: false })).toBeVisible();
    // An invalid config forces lockdown on.
    await expect(counter.getByText('activé', { exact: true })).toBeVisible();

    const versions = page.getByRole('region', { name: 'Versions' });
    await expect(versions.getByText(pkg.version, { exact: true })).toBeVisible();
    await expect(versions.getByText(/^\d+\.\d+\.\d+\.\d+$/)).toBeVisible(); // Chromium version

    const config = page.getByRole('region', { name: 'Fichier de configuration' });
    await expect(config.getByText('/config.json', { exact: true })).toBeVisible();
    await expect(
      config.getByRole('heading', { name: 'Le fichier de configuration contient des erreurs' }),
    ).toBeVisible();
    await expect(
      config.getByRole('listitem').filter({ hasText: 'idle.timeoutSeconds' }),
    ).toBeVisible();

    const storage = page.getByRole('region', { name: 'Données et stockage' });
    await expect(
      storage.getByRole('table', { name: 'Nombre de lignes par table de la base locale' }),
    ).toBeVisible();
    await expect(
      storage.getByRole('row', {
        name: /Démarches assistées \(une ligne par jour et par poste\) journalDays 0/,
      }),
    ).toBeVisible();
    await expect(storage.getByRole('row', { name: /Réglages settings \d+/ })).toBeVisible();
    await expect(storage.getByText(/sur .* disponibles/)).toBeVisible();
    await expect(storage.getByText(/^(oui|non) :/)).toBeVisible();

    await expect(
      page
        .getByRole('region', { name: 'Dossiers et sauvegarde' })
        .getByText('aucune sauvegarde pour l’instant'),
    ).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Mises à jour' })
        .getByText(/sans objet : le kiosque navigateur/),
    ).toBeVisible();
    await expect(
      page.getByText('Le kiosque navigateur n’écrit pas de journal sur le disque', {
        exact: false,
      }),
    ).toBeVisible();

    await expectNoSeriousA11yViolations(page, 'diagnostics with a config error');
    await keepScreenshot(page, 'diagnostics-config-error');
    await storage.scrollIntoViewIfNeeded();
    await keepScreenshot(page, 'diagnostics-storage');
  });

  test('writes a support bundle with counts and no personal data, from the keyboard', async ({
    page,
  }) => {
    await openKiosk(page);
    await signInAsAdmin(page);
    await openSection(page, 'Diagnostic');
    await expect(
      page
        .getByRole('region', { name: 'Fichier de configuration' })
        .getByText('Le fichier est valide.'),
    ).toBeVisible();

    const create = page.getByRole('button', { name: 'Créer un dossier d’assistance' });
    await create.focus();
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^support-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(
      page.getByText(`Dossier d’assistance enregistré : ${download.suggestedFilename()}`),
    ).toBeVisible();

    const text = readFileSync(await download.path(), 'utf8');
    expect(text).not.toContain('pbkdf2');
    const bundle = JSON.parse(text) as { renderer: Record<string, unknown> };
    expect(bundle.renderer).toMatchObject({
      'db.journalDays': 0,
      'renderer.language': 'fr',
      'config.issueCount': 0,
    });
    expect(typeof bundle.renderer['db.agents']).toBe('number');

    await expectNoSeriousA11yViolations(page, 'diagnostics after a support bundle');
    await create.scrollIntoViewIfNeeded();
    await keepScreenshot(page, 'diagnostics-bundle');
  });

  test('stays readable in high contrast', async ({ page }) => {
    await openKiosk(page, { config: { siteId: 'Mairie Test' } });
    await page.getByRole('button', { name: 'Contraste élevé' }).click();
    await signInAsAdmin(page);
    await openSection(page, 'Diagnostic');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await expect(
      page
        .getByRole('region', { name: 'Fichier de configuration' })
        .getByRole('listitem')
        .filter({ hasText: 'siteId' }),
    ).toBeVisible();
    // The invalid site id is replaced by its safe default, and the screen says which one is used.
    await expect(
      page.getByRole('region', { name: 'Poste' }).getByText('Mairie de Test (site-principal)'),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'diagnostics in high contrast');
    await keepScreenshot(page, 'diagnostics-high-contrast');
  });

  test('is reserved to the admin: an agent’s menu has no Diagnostic', async ({ page }) => {
    await openKiosk(page);
    await counterWithAgent(page);
    const menu = page.getByRole('navigation', { name: MENU });
    await expect(menu.getByRole('button', { name: 'Journal', exact: true })).toBeVisible();
    await expect(menu.getByRole('button', { name: 'Diagnostic', exact: true })).toHaveCount(0);
  });
});
