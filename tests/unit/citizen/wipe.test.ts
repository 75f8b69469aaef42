// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_NAME } from '../../../renderer/data/schema';
import { wipeCitizenSession } from '../../../renderer/features/citizen/idle/wipe';
import { STILL_KEY } from '../../../renderer/app/stillFormat';

const openDb = (name: string) =>
  new Promise<void>((resolve) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
  });

describe('wipeCitizenSession', () => {
  it('clears both web storages and every database but the app’s, quickly', async () => {
    localStorage.setItem('saisie', 'zq-secret');
    sessionStorage.setItem('saisie', 'zq-secret');
    await openDb(DB_NAME);
    await openDb('brouillons-usager');
    const report = await wipeCitizenSession();
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).toContain(DB_NAME);
    expect(names).not.toContain('brouillons-usager');
    expect(report.databases).toBe(1);
    expect(report.ms).toBeLessThan(200);
  });

  it('keeps the attract screen’s still, and nothing else under its name', async () => {
    const still = JSON.stringify({
      format: 1,
      version: __APP_VERSION__,
      lang: 'fr',
      dir: 'ltr',
      html: '<div class="screen attract"><button type="button">Commencer</button></div>',
    });
    localStorage.setItem(STILL_KEY, still);
    localStorage.setItem('saisie', 'zq-secret');
    await wipeCitizenSession();
    expect(localStorage.getItem(STILL_KEY)).toBe(still);
    expect(localStorage.length).toBe(1);

    localStorage.setItem(STILL_KEY, 'zq-secret'); // Not a still: a careless write under its name.
    await wipeCitizenSession();
    expect(localStorage.length).toBe(0);
  });
});
