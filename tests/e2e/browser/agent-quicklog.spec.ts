import { test, expect, openKiosk, expectNoSeriousA11yViolations, keepScreenshot } from './fixtures';
import { counterWithAgent, MENU, openSection } from './agent-helpers';

test.describe('quick log', () => {
  test('logs a favourite démarche in four taps and finds it in the journal', async ({ page }) => {
    await openKiosk(page);
    await counterWithAgent(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle démarche' })).toBeVisible();
    await keepScreenshot(page, 'agent-quicklog');
    await expectNoSeriousA11yViolations(page, 'quick log');

    // Count every tap from the agent home (the menu), with no typing.
    let taps = 0;
    const tap = async (locator: ReturnType<typeof page.getByRole>) => {
      await locator.click();
      taps += 1;
    };
    await tap(
      page
        .getByRole('navigation', { name: MENU })
        .getByRole('button', { name: 'Nouvelle démarche' }),
    );
    await tap(page.getByRole('radio', { name: /CAF – déclaration trimestrielle RSA/ }));
    await tap(page.getByRole('radio', { name: '15 min', exact: true }));
    await tap(page.getByRole('button', { name: 'Enregistrer', exact: true }));
    expect(taps).toBeLessThanOrEqual(4);

    await expect(
      page.getByRole('status').filter({ hasText: 'Démarche enregistrée' }),
    ).toContainText('CAF – déclaration trimestrielle RSA, 15 min, Démarche finalisée');
    await keepScreenshot(page, 'agent-quicklog-saved');

    await openSection(page, 'Journal');
    const list = page.getByRole('list', { name: /Démarches de la période/ });
    await expect(
      list.getByRole('button', {
        name: /CAF – déclaration trimestrielle RSA · 15 min · Démarche finalisée · ag-07/,
      }),
    ).toBeVisible();
    await expect(page.getByText('1 démarche', { exact: true })).toBeVisible();
    await keepScreenshot(page, 'agent-journal');
    await expectNoSeriousA11yViolations(page, 'journal');
  });
});
