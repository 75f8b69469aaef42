/**
 * The control of the profile scan in browser-kiosk-launcher.spec.ts: the leak the kiosk guards
 * against is real and the scan sees it. A page with an ordinary field, left by an ordinary
 * navigation, leaves what was typed in the profile on disk: Chromium keeps the form state of
 * each history entry in its session files, and the field's value in its autofill database. The
 * kiosk has one protection for each (the wipe replaces the history entry; every field gets
 * `autocomplete="off"`): with only one of them the scan still finds the text, with both nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium';
import { expect, test } from './fixtures';
import { scanProfile } from './profile-scan';

const ORIGIN = 'http://controle.kiosque.test';
const form = (field: string) =>
  `<!doctype html><title>Formulaire</title><form><label>Adresse ${field}</label></form><a href="/suite">Page suivante</a>`;
const NEXT = '<!doctype html><title>Suite</title><h1>Suite</h1>';

/** Types in a fresh persistent profile, leaves the page with `leave`, closes, scans the disk. */
async function typeAndLeave(field: string, leave: (page: Page) => Promise<void>) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'kiosque-profile-control-'));
  const typed = `Mme Zorglub ${Math.random().toString(36).slice(2, 10)} rue des Tests`;
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS, '--password-store=basic'],
    });
    await context.route(`${ORIGIN}/**`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: new URL(route.request().url()).pathname === '/suite' ? NEXT : form(field),
      }),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${ORIGIN}/`);
    await page.getByLabel('Adresse').fill(typed);
    await leave(page);
    await expect(page.getByRole('heading', { name: 'Suite' })).toBeVisible();
    await context.close();
    return scanProfile(profile, typed);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const ORDINARY = '<input name="adresse">';
const NO_MEMORY = '<input name="adresse" autocomplete="off">';
const byLink = (page: Page) => page.getByRole('link', { name: 'Page suivante' }).click();
/** As the kiosk's wipe leaves the citizen's page: the history entry is replaced. */
const byReplace = (page: Page) => page.evaluate(() => location.replace(`${location.origin}/suite`));

test('an ordinary field left by an ordinary navigation is found in the session files', async () => {
  const scan = await typeAndLeave(ORDINARY, byLink);
  expect(scan.hits.some((file) => file.includes('Sessions'))).toBe(true);
});

test('replacing the history entry alone still leaves the value in the autofill database', async () => {
  const scan = await typeAndLeave(ORDINARY, byReplace);
  expect(scan.sessionBytes).toBeGreaterThan(0);
  expect(scan.unreadSessionFiles).toEqual([]);
  expect(scan.hits).toEqual(['Default/Web Data']);
});

test('with autocomplete="off" and the entry replaced, as in the kiosk, nothing is left', async () => {
  const scan = await typeAndLeave(NO_MEMORY, byReplace);
  expect(scan.sessionBytes).toBeGreaterThan(0);
  expect(scan.unreadSessionFiles).toEqual([]);
  expect(scan.hits).toEqual([]);
});
