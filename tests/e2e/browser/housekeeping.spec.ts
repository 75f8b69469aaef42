import type { Page } from '@playwright/test';
import { test, expect, openKiosk } from './fixtures';

/** Names of the backups the browser kiosk keeps in IndexedDB. */
const backupNames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('kiosque-numerique');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('backups').objectStore('backups').getAllKeys();
          request.onsuccess = () => {
            resolve(request.result.map(String));
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );

test.describe('daily backup while the kiosk is idle', () => {
  test('runs after three quiet minutes on the attract screen, once', async ({ page }) => {
    await page.clock.install();
    await openKiosk(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await backupNames(page)).toEqual([]);

    await page.clock.runFor(2 * 60_000);
    expect(await backupNames(page)).toEqual([]);

    await page.clock.runFor(75_000);
    await expect
      .poll(() => backupNames(page))
      .toEqual([expect.stringMatching(/^journal-mairie-test-poste-1-\d{4}-\d{2}-\d{2}\.json$/)]);

    // Still on the attract screen the next minutes: the day's backup is not written again.
    await page.clock.runFor(4 * 60_000);
    expect(await backupNames(page)).toHaveLength(1);
  });
});
