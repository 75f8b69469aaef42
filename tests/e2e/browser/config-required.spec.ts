/**
 * No first-boot takeover, as staff and IT see it in the browser kiosk: a machine config that
 * exists but cannot be used keeps the agent area closed, and the attract screen's discreet
 * entry says "Configuration requise" with the exact reason and what IT must do. Only a
 * counter with no config file at all offers the first-run PIN setup.
 */
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  openKiosk,
  expectNoSeriousA11yViolations,
  keepScreenshot,
  ATTRACT_HEADLINE,
  chooseAdminPinAtFirstRun,
} from './fixtures';
import { openSection, signInAsAdmin } from './agent-helpers';

const MACHINE = '/etc/kiosque-numerique/config.json';
const attract = (page: Page) => page.getByRole('heading', { level: 1, name: ATTRACT_HEADLINE });

test.describe('configuration required', () => {
  test('an unreadable file (0640, wrong group) keeps the agent area closed and says why', async ({
    page,
  }) => {
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(message.text()));
    await openKiosk(page, {
      firstRun: true,
      configResponse: {
        status: 503,
        body: JSON.stringify({
          problem: { reason: 'unreadable', path: MACHINE, detail: 'EACCES' },
        }),
      },
    });
    // No first-run screen for a passer-by: the citizen's attract screen, entry relabelled.
    await expect(attract(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Première mise en service' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Configuration requise' }).click();
    const notice = page.getByRole('alert');
    await expect(notice.getByRole('heading', { name: 'Configuration requise' })).toBeVisible();
    await expect(notice).toContainText(
      `le fichier de configuration ne peut pas être lu (EACCES) : ${MACHINE}`,
    );
    await expect(notice).toContainText('chown root:kiosque et chmod 0640');
    await expectNoSeriousA11yViolations(page, 'configuration required notice');
    await keepScreenshot(page, 'config-required-unreadable');
    expect(consoleLines.join('\n')).toContain('Configuration requise : le fichier');

    // The keyboard shortcut of the agent area leads to the same notice, never to a PIN pad.
    await notice.getByRole('button', { name: 'Fermer' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.keyboard.press('Control+Shift+A');
    await expect(page.getByRole('alert')).toContainText('EACCES');
    await expect(page.getByRole('heading', { level: 1, name: 'Espace agent' })).toHaveCount(0);
  });

  test('a file that is not JSON is refused the same way, served raw by a plain web server', async ({
    page,
  }) => {
    await openKiosk(page, {
      firstRun: true,
      configResponse: { status: 200, body: '{ "siteId": "mairie-test", ' },
    });
    await expect(attract(page)).toBeVisible();
    await page.getByRole('button', { name: 'Configuration requise' }).click();
    await expect(page.getByRole('alert')).toContainText('n’est pas un JSON valide');
    await expect(page.getByRole('alert')).toContainText('/config.json');
    await expect(page.getByRole('alert')).toContainText('resources/config.example.json');
  });

  test('an error page instead of the config never counts as "no file"', async ({ page }) => {
    await openKiosk(page, {
      firstRun: true,
      configResponse: { status: 500, body: 'oops', contentType: 'text/plain' },
    });
    await expect(attract(page)).toBeVisible();
    await page.getByRole('button', { name: 'Configuration requise' }).click();
    await expect(page.getByRole('alert')).toContainText('HTTP 500');
  });

  test('with no config file at all, the first-run setup is offered (demo machine)', async ({
    page,
  }) => {
    await openKiosk(page, { noConfig: true, firstRun: true });
    await expect(page.getByRole('heading', { name: 'Première mise en service' })).toBeVisible();
  });

  test('a hash in the config is ignored, said on the Diagnostic screen', async ({ page }) => {
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(message.text()));
    await openKiosk(page, {
      firstRun: true,
      config: { adminPinHash: `pbkdf2-sha256$600000$${'A'.repeat(22)}==$${'B'.repeat(43)}=` },
    });
    // The browser never uses a hash: its admin PIN is chosen here, at first run.
    await chooseAdminPinAtFirstRun(page);
    expect(consoleLines.join('\n')).toContain('config.admin-hash-ignored');
    await signInAsAdmin(page);
    await openSection(page, 'Diagnostic');
    const config = page.getByRole('region', { name: 'Fichier de configuration' });
    await expect(config).toContainText(
      'L’empreinte adminPinHash du fichier de configuration est ignorée par le kiosque navigateur',
    );
    await expect(config).toContainText('choisi au premier démarrage, conservé haché sur ce poste');
  });
});
