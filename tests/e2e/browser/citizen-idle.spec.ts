import type { Page } from '@playwright/test';
import { test, expect, keepScreenshot, expectNoSeriousA11yViolations } from './fixtures';
import { openParcoursList, skipTo, startParcours } from './citizen-helpers';

const IDLE = { idle: { timeoutSeconds: 30, warningSeconds: 5 } };
const SECRET = 'zq-Secret-Usager-7741';

/** Everything the browser holds for this origin, as text: DOM (with field values) and every storage. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [document.documentElement.outerHTML];
    document
      .querySelectorAll('input, textarea')
      .forEach((el) => parts.push((el as HTMLInputElement).value));
    for (const store of [localStorage, sessionStorage]) {
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i) ?? '';
        parts.push(key, store.getItem(key) ?? '');
      }
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        parts.push(request.url, (await (await cache.match(request))?.text()) ?? '');
      }
    }
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name as string);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve) => {
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => resolve([]);
        });
        parts.push(info.name, storeName, JSON.stringify(rows));
      }
      db.close();
    }
    return parts.join('\n');
  });
}

/** Leaves the secret in every storage, as a careless component might, to prove the wipe reaches them. */
async function leakEverywhere(page: Page, secret: string): Promise<void> {
  await page.evaluate(async (value) => {
    localStorage.setItem('brouillon', value);
    sessionStorage.setItem('brouillon', value);
    const cache = await caches.open('brouillons');
    await cache.put('/brouillon', new Response(value));
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('brouillons-usager');
      open.onupgradeneeded = () =>
        open.result.createObjectStore('saisies', { autoIncrement: true });
      open.onsuccess = () => {
        const tx = open.result.transaction('saisies', 'readwrite');
        tx.objectStore('saisies').add({ value });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
      open.onerror = () => reject(open.error);
    });
  }, secret);
}

/** Jumps 31 s ahead (past the 30 s idle timeout) and holds the clock there. */
async function idleFor31Seconds(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 31_000);
}

async function typeSecret(page: Page, config: Record<string, unknown> = IDLE): Promise<void> {
  await openParcoursList(page, { config });
  await startParcours(page, /Je découvre le clavier/);
  await skipTo(page, 'Taper un premier mot');
  await page.getByLabel('Votre mot').click();
  await page.keyboard.type(SECRET);
}

test.describe('idle reset', () => {
  test('"Je suis toujours là" keeps the session', async ({ page }) => {
    await page.clock.install();
    // A long warning here, so the clock can run normally while axe checks the dialog.
    await typeSecret(page, { idle: { timeoutSeconds: 30, warningSeconds: 120 } });
    await idleFor31Seconds(page);
    const dialog = page.getByRole('alertdialog', { name: 'Vous êtes toujours là ?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('dans 119 secondes');
    await expect(page.getByRole('button', { name: 'Je suis toujours là' })).toBeFocused();
    await page.clock.resume();
    await expectNoSeriousA11yViolations(page, 'idle warning');
    await keepScreenshot(page, 'citizen-idle-warning');
    await page.getByRole('button', { name: 'Je suis toujours là' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel('Votre mot')).toHaveValue(SECRET);
  });

  test('after the countdown, what the citizen typed is nowhere: DOM, storages, IndexedDB, caches', async ({
    page,
  }) => {
    await page.clock.install();
    await typeSecret(page);
    await leakEverywhere(page, SECRET);
    expect(await everythingStored(page)).toContain(SECRET); // The search below can find it.

    await idleFor31Seconds(page);
    const dialog = page.getByRole('alertdialog', { name: 'Vous êtes toujours là ?' });
    await expect(dialog).toContainText('dans 4 secondes');
    await page.clock.runFor(2_000);
    await expect(dialog).toContainText('dans 2 secondes');
    await page.clock.runFor(3_000);

    await expect(
      page.getByRole('heading', { level: 1, name: 'Entraînez-vous aux gestes du numérique' }),
    ).toBeVisible();
    // The wipe reloads home in place of the history entry: a read cut by that reload is retried.
    await expect.poll(() => everythingStored(page).catch(() => SECRET)).not.toContain(SECRET);
    let after = '';
    await expect
      .poll(async () => (after = await everythingStored(page).catch(() => '')))
      .not.toBe('');
    expect(after).not.toContain('brouillon');
    // The anonymous practice row of the abandoned exercise is kept.
    expect(after).toContain('"exerciseId":"clavier-premier-mot"');
    expect(after).toContain('"result":"abandoned"');
  });

  test('the display options and the language go back to their defaults', async ({ page }) => {
    await page.clock.install();
    await openParcoursList(page, { config: IDLE, lang: 'en' });
    await page.getByRole('button', { name: 'High contrast' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await idleFor31Seconds(page);
    await expect(page.getByRole('alertdialog', { name: 'Are you still there?' })).toBeVisible();
    await page.clock.runFor(6_000);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Entraînez-vous aux gestes du numérique' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'normal');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });
});
