// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_NAME } from '../../../renderer/data/schema';
import { wipeCitizenSession } from '../../../renderer/features/citizen/idle/wipe';

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
});
