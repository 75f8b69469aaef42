/**
 * From the agent's screen to the métropole's PostgreSQL, the whole path: a real PostgreSQL
 * started by the hub tests' harness (TLS, SCRAM, the migrations, a registered poste), the real
 * browser kiosk launcher (`npm start -- --browser`) with a machine config that has a `hub`
 * block, its Chromium driven over DevTools as in browser-kiosk-launcher.spec.ts. An agent
 * saves a démarche with the mouse; it is read back in PostgreSQL; after a citizen session is
 * wiped (storages cleared, page reloaded) the next one still arrives; the Diagnostic and
 * Données screens say the hub was reached, nothing waits, and the server agrees.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startTestbed, type Testbed } from '../../hub/testbed';
import {
  ATTRACT_HEADLINE,
  chooseAdminPinAtFirstRun,
  expect,
  expectNoSeriousA11yViolations,
  keepScreenshot,
  test,
} from './fixtures';
import { addAgent, lock, openSection, signInAsAdmin, signInAsAgent } from './agent-helpers';
import { startRealLauncher, stopRealLauncher, writeChromiumWrapper } from './launcher-helpers';

/** Ports derived from the run's E2E_PORT (4310 → 4385 and 4395), apart from the launcher spec's. */
const base = Number(process.env.E2E_PORT ?? 4310) + 75;
const KIOSK_PORT = base;
const CDP_PORT = base + 10;
const KIOSK_URL = `http://127.0.0.1:${KIOSK_PORT}/`;

let dir = '';
let bed: Testbed;
let launcher: ChildProcess | null = null;
let browser: Browser | null = null;
let output = () => '';

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

test.beforeAll(async () => {
  test.setTimeout(180_000);
  bed = await startTestbed();
  dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-hub-e2e-'));
  writeChromiumWrapper(dir, CDP_PORT);
  const passwordFile = path.join(dir, 'hub-password.txt');
  writeFileSync(passwordFile, `${bed.a.password}\n`, { mode: 0o600 });
  writeFileSync(
    path.join(dir, 'config.json'),
    JSON.stringify({
      siteId: bed.a.site,
      siteName: 'Mairie centre',
      posteId: bed.a.poste,
      hub: {
        host: 'localhost',
        port: bed.cluster.port,
        database: 'kiosque',
        role: bed.a.role,
        caFile: bed.cluster.ca.cert,
        passwordFile,
        pushIntervalMinutes: 1,
      },
    }),
  );
});

test.afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await stopRealLauncher(launcher);
  await bed?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function startLauncher(): Promise<Page> {
  const running = await startRealLauncher({ dir, kioskPort: KIOSK_PORT, cdpPort: CDP_PORT });
  launcher = running.child;
  browser = running.browser;
  output = running.output;
  return running.page;
}

/** The démarches of this poste as the hub's admin reads them. */
async function hubRows(): Promise<{ demarche: string; duree_minutes: number }[]> {
  const result = await bed.admin.query<{ demarche: string; duree_minutes: number }>(
    'SELECT demarche, duree_minutes FROM kiosque.demarches WHERE site_id = $1 AND poste_id = $2 ORDER BY duree_minutes',
    [bed.a.site, bed.a.poste],
  );
  return result.rows;
}

async function saveDemarche(page: Page, minutes: string): Promise<void> {
  await page.getByRole('radio', { name: /CAF – déclaration trimestrielle RSA/ }).click();
  await page.getByRole('radio', { name: minutes, exact: true }).click();
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Démarche enregistrée' })).toBeVisible();
}

test('a démarche saved by an agent reaches the métropole’s PostgreSQL, also after a wipe', async () => {
  const page = await startLauncher();
  expect(output()).toContain(`Serveur central : localhost:${bed.cluster.port}`);
  // The page never holds the hub's credential nor its session.
  expect(page.url()).not.toContain('__hub');
  expect(await page.evaluate(() => document.cookie)).toBe('');

  await chooseAdminPinAtFirstRun(page);
  await signInAsAdmin(page);
  await addAgent(page);
  await lock(page);
  await signInAsAgent(page);
  await saveDemarche(page, '15 min');
  await expect
    .poll(hubRows, { timeout: 60_000, message: 'the démarche is in the hub' })
    .toEqual([{ demarche: 'caf-rsa-trimestrielle', duree_minutes: 15 }]);
  await lock(page);

  // A citizen comes and goes: the wipe clears the page's storages and reloads it.
  await page.getByRole('button', { name: /Touchez l’écran pour commencer/ }).click();
  await page.getByRole('button', { name: 'Quitter' }).first().click();
  await page.getByRole('button', { name: 'Oui, quitter' }).click(); // « Quitter » asks first
  await expect(page.getByRole('heading', { level: 1, name: ATTRACT_HEADLINE })).toBeVisible();

  await signInAsAgent(page);
  await saveDemarche(page, '30 min');
  await expect
    .poll(hubRows, { timeout: 60_000, message: 'the second démarche is in the hub' })
    .toEqual([
      { demarche: 'caf-rsa-trimestrielle', duree_minutes: 15 },
      { demarche: 'caf-rsa-trimestrielle', duree_minutes: 30 },
    ]);
  await lock(page);
});

test('Diagnostic and Données show the hub reached, nothing waiting, in agreement', async () => {
  const context = browser?.contexts()[0];
  const page = context?.pages().find((p) => p.url().startsWith(KIOSK_URL));
  if (!page) throw new Error('no kiosk page');
  await signInAsAdmin(page);
  await openSection(page, 'Diagnostic');
  const panel = page.getByRole('region', { name: 'Serveur central de la métropole' });
  await expect(panel.getByText(`localhost:${bed.cluster.port}`)).toBeVisible();
  await expect(panel.getByRole('definition').filter({ hasText: /^oui$/ })).toBeVisible();
  await expect(panel.getByText('0 démarche', { exact: true })).toBeVisible();
  await expect(panel.getByText('En accord avec le serveur (30 derniers jours).')).toBeVisible();
  await expect(panel.getByText('jamais')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'Diagnostic with the hub');
  await keepScreenshot(page, 'hub-diagnostic');
  // The server's fleet view sees this poste too.
  const fleet = await bed.admin.query<{ pending: number }>(
    'SELECT pending FROM kiosque.parc WHERE site_id = $1 AND poste_id = $2',
    [bed.a.site, bed.a.poste],
  );
  expect(fleet.rows).toEqual([{ pending: 0 }]);

  await openSection(page, 'Données');
  const data = page.getByRole('region', { name: 'Serveur central de la métropole' });
  await expect(data.getByText('En accord avec le serveur (30 derniers jours).')).toBeVisible();
  await data.getByRole('button', { name: 'Envoyer maintenant' }).click();
  await expect(data.getByRole('button', { name: 'Envoyer maintenant' })).toBeEnabled();
  await expect(data.getByText('aucune', { exact: true })).toBeVisible();
});
