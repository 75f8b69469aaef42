import type { Page } from '@playwright/test';
import { test, expect, openKiosk, expectNoSeriousA11yViolations, keepScreenshot } from './fixtures';
import { AGENT, counterWithAgent, MENU, openSection } from './agent-helpers';

/** Logs one démarche from the quick log: a favourite, a duration, optionally an outcome. */
async function logDemarche(
  page: Page,
  favourite: RegExp,
  minutes: string,
  outcome?: string,
  orientation?: string,
): Promise<void> {
  await page
    .getByRole('navigation', { name: MENU })
    .getByRole('button', { name: 'Nouvelle démarche' })
    .click();
  await page.getByRole('radio', { name: favourite }).click();
  await page.getByRole('radio', { name: minutes, exact: true }).click();
  if (outcome) await page.getByRole('radio', { name: outcome, exact: true }).click();
  if (orientation) await page.getByRole('radio', { name: orientation, exact: true }).click();
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Démarche enregistrée' })).toBeVisible();
}

const journalList = (page: Page) => page.getByRole('list', { name: /Démarches de la période/ });

test.describe('journal', () => {
  test('edits and deletes an entry, with the audit trail of who changed what', async ({ page }) => {
    await openKiosk(page);
    await counterWithAgent(page);
    await logDemarche(page, /CAF – déclaration trimestrielle RSA/, '15 min');

    await openSection(page, 'Journal');
    await journalList(page)
      .getByRole('button', { name: /CAF – déclaration trimestrielle RSA · 15 min/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /^Démarche du / })).toBeVisible();
    await expect(page.getByRole('radio', { name: '15 min', exact: true })).toBeChecked();

    // Edit: a longer duration, a redirection (the orientation appears only then), a note.
    await page.getByRole('radio', { name: '30 min', exact: true }).click();
    await expect(page.getByRole('group', { name: 'Orienté vers' })).toHaveCount(0);
    await page.getByRole('radio', { name: 'Orienté vers une autre structure' }).click();
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await expect(page.getByText('Indiquez vers quel type de structure')).toBeVisible();
    await page
      .getByRole('group', { name: 'Orienté vers' })
      .getByRole('radio', { name: 'Structure d’aide sociale' })
      .click();
    await page.getByText('Détails facultatifs').click();
    await page.getByLabel(/Note courte/).fill('Revenir avec l’avis d’imposition');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await expect(page.getByText('Modifications enregistrées.')).toBeVisible();

    const trail = page.getByRole('table');
    await expect(trail.getByRole('row')).toHaveCount(3); // header, creation, modification
    const update = trail.getByRole('row').nth(2);
    await expect(update).toContainText(AGENT.code);
    await expect(update).toContainText('durée : 15 min → 30 min');
    await expect(update).toContainText(
      'résultat : Démarche finalisée → Orienté vers une autre structure',
    );
    await expect(update).toContainText('note ajoutée (texte non conservé)');
    await expect(trail).not.toContainText('avis d’imposition');
    await keepScreenshot(page, 'agent-entry-edit');
    await expectNoSeriousA11yViolations(page, 'journal entry');

    // Delete, after a confirmation whose safe answer is focused.
    await page.getByRole('button', { name: 'Supprimer cette démarche' }).click();
    await expect(page.getByRole('button', { name: 'Non, garder' })).toBeFocused();
    await page.getByRole('button', { name: 'Oui, supprimer' }).click();
    await expect(page.getByText(/Cette démarche a été supprimée le/)).toBeVisible();
    await expect(trail.getByRole('row')).toHaveCount(4);
    await expect(trail.getByRole('row').nth(3)).toContainText('Suppression');

    await page.getByRole('button', { name: 'Retour au journal' }).click();
    await expect(page.getByText('Aucune démarche pour ces filtres.')).toBeVisible();
    await expect(journalList(page).getByRole('button')).toHaveCount(0);
  });

  test('filters by period, thématique, organisme, outcome and agent', async ({ page }) => {
    await openKiosk(page);
    await counterWithAgent(page);
    await logDemarche(page, /CAF – déclaration trimestrielle RSA/, '15 min');
    await logDemarche(
      page,
      /ANTS – pré-demande de carte d’identité/,
      '20 min',
      'Orienté vers une autre structure',
      'Administration (mairie, préfecture…)',
    );
    await logDemarche(page, /Impôts – déclaration en ligne/, '45 min', 'L’usager doit revenir');

    await openSection(page, 'Journal');
    await expect(page.getByText('3 démarches')).toBeVisible();
    await page
      .getByLabel('Thématique')
      .selectOption({ label: 'Papiers - Élections - Citoyenneté' });
    await expect(page.getByText('1 démarche', { exact: true })).toBeVisible();
    await expect(journalList(page).getByRole('button')).toHaveText([
      /ANTS – pré-demande de carte d’identité/,
    ]);
    await page.getByLabel('Thématique').selectOption({ label: 'Toutes' });

    await page.getByLabel('Organisme').selectOption({ label: 'Finances publiques (DGFiP)' });
    await expect(journalList(page).getByRole('button')).toHaveText([
      /Impôts – déclaration en ligne/,
    ]);
    await page.getByLabel('Organisme').selectOption({ label: 'Tous' });

    await page.getByLabel('Résultat').selectOption({ label: 'Démarche finalisée' });
    await expect(journalList(page).getByRole('button')).toHaveText([
      /CAF – déclaration trimestrielle RSA/,
    ]);
    await page.getByLabel('Résultat').selectOption({ label: 'Tous' });

    await page
      .getByLabel('Agent', { exact: true })
      .selectOption({ label: `${AGENT.name} (${AGENT.code})` });
    await expect(page.getByText('3 démarches')).toBeVisible();

    await page.getByRole('radio', { name: 'Cette semaine' }).click();
    await expect(page.getByText('3 démarches')).toBeVisible();
    await page.getByRole('radio', { name: 'Dates choisies' }).click();
    await page.getByLabel('Du', { exact: true }).fill('2020-01-01');
    await page.getByLabel('Au', { exact: true }).fill('2020-12-31');
    await expect(page.getByText('Aucune démarche pour ces filtres.')).toBeVisible();
    await keepScreenshot(page, 'agent-journal-filters');
    await expectNoSeriousA11yViolations(page, 'journal filters');
    await page.getByRole('button', { name: 'Réinitialiser les filtres' }).click();
    await expect(page.getByText('3 démarches')).toBeVisible();
  });
});

test.describe('privacy of the quick log', () => {
  test('the note refuses a phone number and says why; no PIN or note ever reaches the console', async ({
    page,
  }) => {
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    await openKiosk(page);
    await counterWithAgent(page);

    await page.getByRole('radio', { name: /Ameli – attestation de droits/ }).click();
    await page.getByRole('radio', { name: '10 min', exact: true }).click();
    await page.getByText('Détails facultatifs').click();
    const note = page.getByLabel(/Note courte/);
    await note.fill('Rappeler Mme au 06 12 34 56 78');
    await expect(page.getByRole('alert')).toContainText(
      'elle semble contenir une donnée personnelle (numéro de téléphone)',
    );
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Démarche enregistrée' })).toHaveCount(
      0,
    );
    await keepScreenshot(page, 'agent-note-refused');

    await note.fill('Rappeler pour la pièce manquante');
    await expect(page.getByRole('alert')).toHaveCount(0);
    // Enter in the note is a new line: the save comes from the button.
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Démarche enregistrée' }),
    ).toBeVisible();

    // "Annuler" takes the entry back out of the journal.
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect(page.getByText('Démarche annulée')).toBeVisible();
    await openSection(page, 'Journal');
    await expect(page.getByText('Aucune démarche pour ces filtres.')).toBeVisible();

    const joined = messages.join('\n');
    expect(joined).not.toContain(AGENT.pin);
    expect(joined).not.toContain('06 12 34 56 78');
    expect(joined).not.toContain('pièce manquante');
  });

  test('keyboard only: a digit picks a favourite, arrows pick a duration, Enter saves', async ({
    page,
  }) => {
    await openKiosk(page);
    await counterWithAgent(page);
    await expect(
      page.getByRole('radio', { name: /CAF – déclaration trimestrielle RSA/ }),
    ).toBeVisible();
    await page.keyboard.press('Digit2');
    await expect(
      page.getByRole('radio', { name: /ANTS – pré-demande de carte d’identité/ }),
    ).toBeChecked();
    await page.getByRole('radio', { name: '5 min', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: '10 min', exact: true })).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: 'Démarche enregistrée' }),
    ).toContainText('ANTS – pré-demande de carte d’identité, 10 min');
    // Saved once, not twice (the key and the form's own submission do not both fire).
    await openSection(page, 'Journal');
    await expect(page.getByText('1 démarche', { exact: true })).toBeVisible();
  });
});
