import {
  test,
  expect,
  openKiosk,
  expectNoSeriousA11yViolations,
  keepScreenshot,
  ADMIN_PIN,
} from './fixtures';
import {
  addAgent,
  AGENT,
  lock,
  MENU,
  openSection,
  openSignIn,
  signInAsAdmin,
} from './agent-helpers';

test.describe('agent area access', () => {
  test('the admin creates the first agent, who signs in with their PIN and sees only agent sections', async ({
    page,
  }) => {
    await openKiosk(page);
    await openSignIn(page);
    await expect(page.getByText('Aucun agent n’est encore enregistré')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'sign-in without agents');

    await page.getByRole('button', { name: 'Administration' }).click();
    await expect(page.getByLabel('Code administrateur')).toBeVisible();
    await keepScreenshot(page, 'agent-signin-admin-pin');
    await expectNoSeriousA11yViolations(page, 'admin PIN pad');
    await page.getByLabel('Code administrateur').fill(ADMIN_PIN);
    await page.getByRole('button', { name: 'Valider' }).click();
    const menu = page.getByRole('navigation', { name: MENU });
    await expect(menu).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
    await expect(page.getByText('Le fichier de configuration est valide.')).toBeVisible();
    await keepScreenshot(page, 'admin-home');
    await expectNoSeriousA11yViolations(page, 'admin home');

    // A weak PIN is refused with the reason, then the agent is created.
    await openSection(page, 'Agents');
    await page.getByLabel('Code agent (ex. ag-07)').fill(AGENT.code);
    await page.getByLabel('Nom affiché sur ce poste').fill(AGENT.name);
    await page.getByLabel('Code PIN initial (6 à 12 chiffres)').fill('123456');
    await page.getByRole('button', { name: 'Ajouter l’agent' }).click();
    await expect(page.getByRole('alert')).toContainText('trop facile à deviner');
    await addAgent(page);
    await expect(page.getByRole('listitem').filter({ hasText: AGENT.name })).toContainText('Actif');
    await keepScreenshot(page, 'admin-agents');
    await expectNoSeriousA11yViolations(page, 'admin agents');
    await lock(page);

    await openSignIn(page);
    await keepScreenshot(page, 'agent-signin-tiles');
    await expectNoSeriousA11yViolations(page, 'sign-in tiles');
    await page.getByRole('button', { name: AGENT.name }).click();
    await expect(page.getByLabel(`Code de ${AGENT.name}`)).toBeVisible();
    await page.getByRole('button', { name: 'Choisir un autre profil' }).click();
    await page.getByRole('button', { name: AGENT.name }).click();
    // Touch only: the on-screen digits, then "Valider".
    for (const digit of AGENT.pin)
      await page.getByRole('button', { name: `Chiffre ${digit}`, exact: true }).click();
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle démarche' })).toBeVisible();
    await expect(page.getByText(`Connecté : ${AGENT.name}`)).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: MENU }).getByRole('button', { name: 'Agents' }),
    ).toHaveCount(0);
    await lock(page);
  });

  test('five wrong PINs lock entry for five minutes, and a reload does not unlock it', async ({
    page,
  }) => {
    await openKiosk(page);
    await openSignIn(page);
    await page.getByRole('button', { name: 'Administration' }).click();
    const field = page.getByLabel('Code administrateur');
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await field.fill('000001');
      await page.getByRole('button', { name: 'Valider' }).click();
      const left = 5 - attempt;
      await expect(page.getByRole('alert')).toHaveText(
        `Code incorrect. Encore ${left} essai${left > 1 ? 's' : ''} avant le blocage.`,
      );
    }
    await field.fill('000001');
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Trop de codes incorrects : l’accès est bloqué. Réessayez dans 5 min.',
    );
    await expect(field).toBeDisabled();
    await keepScreenshot(page, 'agent-signin-locked');

    await page.reload();
    await openSignIn(page);
    await expect(page.getByRole('alert')).toContainText('l’accès est bloqué');
    await page.getByRole('button', { name: 'Administration' }).click();
    await expect(page.getByLabel('Code administrateur')).toBeDisabled();
    // Even the right PIN cannot be typed while locked.
    await expect(page.getByRole('button', { name: 'Valider' })).toBeDisabled();
  });

  test('the area locks itself after the configured idle time', async ({ page }) => {
    await openKiosk(page, { config: { agentLockSeconds: 30 } });
    await page.clock.install();
    await signInAsAdmin(page);
    await page.clock.fastForward(40_000);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Entraînez-vous aux gestes du numérique' }),
    ).toBeVisible();
    await expect(page.getByRole('navigation', { name: MENU })).toHaveCount(0);
  });

  test('admin screens: catalogue favourites reorder by buttons, quitting explained in the browser', async ({
    page,
  }) => {
    await openKiosk(page);
    await signInAsAdmin(page);
    await openSection(page, 'Catalogue des démarches');
    const favourites = page
      .getByRole('list')
      .filter({ has: page.getByRole('button', { name: /^Monter / }) });
    await expect(favourites.getByRole('listitem').first()).toContainText(
      'CAF – déclaration trimestrielle RSA',
    );
    await page
      .getByRole('button', { name: 'Monter ANTS – pré-demande de carte d’identité' })
      .click();
    await expect(favourites.getByRole('listitem').first()).toContainText(
      'ANTS – pré-demande de carte d’identité',
    );
    // Keyboard only: focus the "down" button and press Enter.
    await page
      .getByRole('button', { name: 'Descendre ANTS – pré-demande de carte d’identité' })
      .focus();
    await page.keyboard.press('Enter');
    await expect(favourites.getByRole('listitem').first()).toContainText(
      'CAF – déclaration trimestrielle RSA',
    );
    // The focus follows the moved row, so a second Enter moves it again.
    await expect(
      page.getByRole('button', { name: 'Descendre ANTS – pré-demande de carte d’identité' }),
    ).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(favourites.getByRole('listitem').nth(2)).toContainText(
      'ANTS – pré-demande de carte d’identité',
    );

    await page
      .getByLabel('Intitulé (ex. CAF – déclaration trimestrielle RSA)')
      .fill('Pass Culture – inscription');
    await page.getByRole('checkbox', { name: 'Favori' }).check();
    await page.getByRole('button', { name: 'Ajouter la démarche' }).click();
    await expect(page.getByRole('status')).toContainText(
      'Démarche « Pass Culture – inscription » ajoutée.',
    );
    await expect(favourites.getByRole('listitem').last()).toContainText(
      'Pass Culture – inscription',
    );
    await page.getByRole('button', { name: 'Archiver Pass Culture – inscription' }).click();
    await expect(
      page.getByRole('button', { name: 'Rétablir Pass Culture – inscription' }),
    ).toBeVisible();
    await keepScreenshot(page, 'admin-catalogue');
    await expectNoSeriousA11yViolations(page, 'admin catalogue');

    await openSection(page, 'Quitter le kiosque');
    await expect(page.getByText('il ne peut pas se fermer lui-même')).toBeVisible();
    await keepScreenshot(page, 'admin-quit');
    await expectNoSeriousA11yViolations(page, 'admin quit');
  });

  test('the agent area in English and in high contrast has no serious accessibility violation', async ({
    page,
  }) => {
    await openKiosk(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: /contrast/i }).click();
    await page.getByRole('button', { name: 'Staff area' }).click();
    await page.getByRole('button', { name: 'Administration' }).click();
    await page.getByLabel('Administrator code').fill(ADMIN_PIN);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByRole('navigation', { name: 'Staff area menu' })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Staff area menu' })
      .getByRole('button', { name: 'Procedure catalogue' })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Procedure catalogue' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'catalogue, English, high contrast');
    await page
      .getByRole('navigation', { name: 'Staff area menu' })
      .getByRole('button', { name: 'Log', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Log' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'journal, English, high contrast');
    await keepScreenshot(page, 'agent-journal-en-high');
  });

  test('the admin home lists the config file’s problems', async ({ page }) => {
    await openKiosk(page, { config: { agentLockSeconds: 5 } });
    await signInAsAdmin(page);
    await expect(
      page.getByRole('heading', { name: 'Le fichier de configuration contient des erreurs' }),
    ).toBeVisible();
    await expect(page.getByText('agentLockSeconds', { exact: true })).toBeVisible();
    await expect(page.getByText('Le fichier de configuration est valide.')).toHaveCount(0);
  });
});
