import { test, expect, openKiosk, keepScreenshot } from './fixtures';
import { openSection, signInAsAdmin } from './agent-helpers';

const ROWS = 100_000;

test.describe('journal at scale', () => {
  test('pages over 100,000 entries: the first page shows, only visible rows are in the DOM (times: npm run bench)', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await openKiosk(page);
    await expect(page.getByRole('button', { name: 'Espace agent' })).toBeVisible();

    // Seed straight into IndexedDB (the app already created the current schema).
    const seeded = await page.evaluate(async (count) => {
      const open = indexedDB.open('kiosque-numerique');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const now = new Date();
      const year = now.getFullYear();
      const month = now.getMonth();
      const days = new Date(year, month + 1, 0).getDate();
      const pad = (n: number) => String(n).padStart(2, '0');
      const chunk = 10_000;
      for (let start = 0; start < count; start += chunk) {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('journal', 'readwrite');
          const store = tx.objectStore('journal');
          for (let i = start; i < Math.min(count, start + chunk); i += 1) {
            const day = 1 + (i % days);
            const at = new Date(year, month, day, 8 + (i % 9), i % 60, i % 60);
            store.put({
              id: crypto.randomUUID(),
              schemaVersion: 2,
              siteId: 'mairie-test',
              posteId: 'poste-1',
              agentCode: `ag-0${1 + (i % 4)}`,
              date: `${year}-${pad(month + 1)}-${pad(day)}`,
              demiJournee: at.getHours() < 12 ? 'matin' : 'apres-midi',
              canal: 'physique-spontane',
              thematique: i % 3 === 0 ? 'papiers' : 'social-sante',
              thematiqueSecondaire: null,
              organismes: [i % 3 === 0 ? 'ants' : 'caf'],
              demarche: i % 3 === 0 ? 'ants-cni-predemande' : 'caf-rsa-trimestrielle',
              dureeMinutes: [5, 10, 15, 20, 30][i % 5],
              issue: 'finalisee',
              orientation: null,
              autonomie: null,
              nbPersonnes: 1,
              premiereVenue: 'nsp',
              trancheAge: null,
              communeResidence: null,
              note: null,
              createdAt: at.toISOString(),
              updatedAt: at.toISOString(),
              deletedAt: null,
            });
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
      db.close();
      return count;
    }, ROWS);
    expect(seeded).toBe(ROWS);

    await signInAsAdmin(page);
    await openSection(page, 'Journal');
    const list = page.getByRole('list', { name: /Démarches de la période/ });
    const started = Date.now();
    await page.getByRole('radio', { name: 'Ce mois-ci' }).click();
    await expect(list.getByRole('button').first()).toBeVisible();
    const firstPageMs = Date.now() - started;
    await expect(page.getByText(`${ROWS.toLocaleString('fr-FR')} démarches`)).toBeVisible({
      timeout: 30_000,
    });
    const countedMs = Date.now() - started;

    // Scroll down several screens: pages load by cursor and the DOM keeps only visible rows.
    const scroller = list.locator('xpath=..');
    for (let i = 0; i < 10; i += 1) {
      await scroller.evaluate((el) => el.scrollBy(0, el.scrollHeight));
      await page.waitForTimeout(150);
    }
    const rendered = await list.getByRole('listitem').count();
    expect(rendered).toBeLessThan(60);
    const lastPosition = await list.getByRole('listitem').last().getAttribute('aria-posinset');
    expect(Number(lastPosition)).toBeGreaterThan(500);
    await keepScreenshot(page, 'agent-journal-100k');
    test.info().annotations.push({
      type: 'measure',
      description: `first page ${firstPageMs} ms, count ${countedMs} ms, ${rendered} rows in DOM, reached row ${lastPosition}`,
    });
    console.info(
      `journal 100k: first page ${firstPageMs} ms, count ${countedMs} ms, ${rendered} rows in DOM, reached row ${lastPosition}`,
    );
  });
});
