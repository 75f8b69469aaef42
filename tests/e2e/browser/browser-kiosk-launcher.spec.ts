/**
 * The browser kiosk as a new counter lives it, through the real launcher (`npm start`'s code
 * path with `--browser`): a first start chooses the admin PIN, an agent saves a démarche, a
 * citizen types in the webmail simulator and leaves; the launcher is stopped and started again
 * and the journal is still there. Then, as an attacker: the profile files on disk hold nothing
 * the citizen typed (read in UTF-8 and UTF-16), the server gives no secret away and answers no
 * foreign Host.
 *
 * Chromium runs headless through a wrapper given as CHROME_PATH (the launcher's own way to pick
 * a browser) that adds a DevTools port for Playwright to drive the launcher's window.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { ATTRACT_HEADLINE, chooseAdminPinAtFirstRun, expect, test } from './fixtures';
import { AGENT, addAgent, lock, openSection, signInAsAdmin, signInAsAgent } from './agent-helpers';
import { startParcours, skipTo } from './citizen-helpers';
import { PARCOURS } from './sims-helpers';
import { scanProfile } from './profile-scan';
import { startRealLauncher, stopRealLauncher, writeChromiumWrapper } from './launcher-helpers';

/** Ports derived from the run's E2E_PORT (4310 → 4380 and 4390). */
const base = Number(process.env.E2E_PORT ?? 4310) + 70;
const KIOSK_PORT = base;
const CDP_PORT = base + 10;
const KIOSK_URL = `http://127.0.0.1:${KIOSK_PORT}/`;
const HASH = `pbkdf2-sha256$600000$${'A'.repeat(22)}==$${'B'.repeat(43)}=`;
/** What the citizen types: random, so it can only be on disk if the kiosk kept it. */
const TYPED = `Mme Zorglub ${Math.random().toString(36).slice(2, 10)} rue des Tests`;

let dir = '';
let launcher: ChildProcess | null = null;
let output = () => '';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

test.beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-launcher-'));
  // It also notes the arguments the launcher gave, to check the voice and printing flags.
  writeChromiumWrapper(dir, CDP_PORT, `echo "$@" > "${dir}/chromium-args.txt"\n`);
  writeFileSync(
    path.join(dir, 'config.json'),
    JSON.stringify({
      siteId: 'mairie-test',
      siteName: 'Mairie de Test',
      adminPinHash: HASH,
      updates: { url: 'https://maj:motdepasse@maj.exemple.fr/kiosque/' },
      takeaway: { printer: 'Accueil-HP' },
    }),
  );
});
test.afterAll(async () => {
  await stopLauncher();
  rmSync(dir, { recursive: true, force: true });
});

const profileDir = () => path.join(dir, 'xdg-config', 'kiosque-numerique', 'navigateur');

/** Starts `npm start -- --browser --no-build --port …` as IT's service would, in a fresh home. */
async function startLauncher(): Promise<{ browser: Browser; page: Page }> {
  const running = await startRealLauncher({ dir, kioskPort: KIOSK_PORT, cdpPort: CDP_PORT });
  launcher = running.child;
  output = running.output;
  expect(output()).toContain(`Kiosque navigateur ouvert dans Chromium (${KIOSK_URL}`);
  // The system voice (Linux) and silent printing of the takeaway (a printer is configured).
  const args = readFileSync(path.join(dir, 'chromium-args.txt'), 'utf8');
  expect(args).toContain('--kiosk-printing');
  if (process.platform === 'linux') expect(args).toContain('--enable-speech-dispatcher');
  // No File System Access picker in any frame (tests/e2e/browser/frame-dialogs.spec.ts).
  expect(args).toContain('--disable-blink-features=Auxclick,FileSystemAccessLocal');
  return { browser: running.browser, page: running.page };
}

async function stopLauncher(): Promise<number | null> {
  const running = launcher;
  launcher = null;
  return stopRealLauncher(running);
}

function rawGet(rawPath: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(KIOSK_URL, { path: rawPath, headers: { Host: host } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += String(c)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('a new browser kiosk keeps its journal across a restart of the launcher', async () => {
  const first = await startLauncher();
  const { page } = first;
  // First start: IT chooses the admin PIN (the config's hash is ignored, and said so).
  await chooseAdminPinAtFirstRun(page);
  expect(output()).toContain('adminPinHash ignoré');
  expect(output()).toContain(`profil ${profileDir()}`);

  // An agent logs a démarche.
  await signInAsAdmin(page);
  await addAgent(page);
  await lock(page);
  await signInAsAgent(page);
  await page.getByRole('radio', { name: /CAF – déclaration trimestrielle RSA/ }).click();
  await page.getByRole('radio', { name: '15 min', exact: true }).click();
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Démarche enregistrée' })).toBeVisible();
  await lock(page);

  // A citizen writes an e-mail in the simulator, then leaves: the session is wiped.
  await page.getByRole('button', { name: /Touchez l’écran pour commencer/ }).click();
  await startParcours(page, new RegExp(PARCOURS.mail.fr));
  await skipTo(page, 'Envoyer un justificatif par e-mail');
  await page.getByRole('button', { name: 'Nouveau message' }).click();
  await page.getByLabel('Objet').fill(TYPED);
  await page.getByLabel('Message', { exact: true }).fill(`Bonjour, j’habite ${TYPED}.`);
  await page.getByRole('button', { name: 'Quitter' }).click();
  await page.getByRole('button', { name: 'Oui, quitter' }).click(); // « Quitter » asks first
  await expect(page.getByRole('heading', { level: 1, name: ATTRACT_HEADLINE })).toBeVisible();
  await first.browser.close();
  expect(await stopLauncher()).toBe(0);

  // Again, as the service restarts it: no first-run screen, the same journal.
  const second = await startLauncher();
  await expect(
    second.page.getByRole('heading', { level: 1, name: ATTRACT_HEADLINE }),
  ).toBeVisible();
  await expect(second.page.getByRole('heading', { name: 'Première mise en service' })).toHaveCount(
    0,
  );
  await signInAsAgent(second.page, AGENT);
  await openSection(second.page, 'Journal');
  await expect(
    second.page
      .getByRole('list', { name: /Démarches de la période/ })
      .getByRole('button', { name: /CAF – déclaration trimestrielle RSA · 15 min/ }),
  ).toBeVisible();
  await second.browser.close();
  expect(await stopLauncher()).toBe(0);
});

test('as an attacker: the profile on disk holds nothing the citizen typed', () => {
  const scan = scanProfile(profileDir(), TYPED);
  // The scan really read the profile: Chromium's files, and every session file it holds (the
  // control spec shows the scan reading them; Chromium 150 leaves this Sessions folder empty).
  expect(scan.scanned).toBeGreaterThan(20);
  expect(scan.unreadSessionFiles).toEqual([]);
  expect(statSync(path.join(profileDir(), 'Default', 'IndexedDB')).isDirectory()).toBe(true);
  expect(scan.hits).toEqual([]);
  // The control: what must stay (the kiosk's address in its history, the agent's code in the
  // journal) is found by the same scan.
  expect(scanProfile(profileDir(), KIOSK_URL).hits.length).toBeGreaterThan(0);
  expect(scanProfile(profileDir(), AGENT.code).hits.some((f) => f.includes('IndexedDB'))).toBe(
    true,
  );
});

test('as an attacker: the server answers only its own Host and never sends a secret', async () => {
  const running = await startLauncher();
  try {
    const own = `127.0.0.1:${KIOSK_PORT}`;
    const config = await rawGet('/config.json', own);
    expect(config.status).toBe(200);
    expect(JSON.parse(config.body)).toMatchObject({
      siteId: 'mairie-test',
      updates: { url: 'https://maj.exemple.fr/kiosque/' },
    });
    expect(config.body).not.toContain('pbkdf2');
    expect(config.body).not.toContain('motdepasse');
    for (const host of [`rebind.attacker.example:${KIOSK_PORT}`, `localhost:${KIOSK_PORT}`])
      expect((await rawGet('/config.json', host)).status, host).toBe(421);
  } finally {
    await running.browser.close();
    await stopLauncher();
  }
});
