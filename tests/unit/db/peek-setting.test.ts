/**
 * The boot's Dexie-free read of one setting (renderer/data/peekSetting.ts), against databases
 * Dexie wrote, in fake-indexeddb.
 */
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../renderer/data/db';
import { peekSetting } from '../../../renderer/data/peekSetting';

let n = 0;
const freshName = () => `peek-test-${(n += 1)}`;

describe('peekSetting', () => {
  it('finds nothing where no database exists, and creates none', async () => {
    const name = freshName();
    expect(await peekSetting(name, 'adminPinHash')).toEqual({ found: false });
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(name);
    // Dexie then creates the database with its whole schema, as on a new counter.
    const db = openDb(name);
    await db.settings.put({ key: 'adminPinHash', value: 'pbkdf2-sha256$x' });
    expect(db.verno).toBeGreaterThan(1);
    db.close();
  });

  it('reads the value Dexie stored, and lets Dexie open the database afterwards', async () => {
    const name = freshName();
    const db = openDb(name);
    await db.settings.put({ key: 'adminPinHash', value: 'pbkdf2-sha256$600000$abc$def' });
    await db.settings.put({ key: 'other', value: 3 });
    db.close();
    expect(await peekSetting(name, 'adminPinHash')).toEqual({
      found: true,
      value: 'pbkdf2-sha256$600000$abc$def',
    });
    const again = openDb(name);
    expect((await again.settings.get('other'))?.value).toBe(3);
    again.close();
  });

  it('finds nothing for a setting never stored', async () => {
    const name = freshName();
    const db = openDb(name);
    await db.settings.put({ key: 'other', value: 1 });
    db.close();
    expect(await peekSetting(name, 'adminPinHash')).toEqual({ found: false });
  });

  it('reads while Dexie opens the same database', async () => {
    const name = freshName();
    const db = openDb(name);
    await db.settings.put({ key: 'adminPinHash', value: 'h' });
    db.close();
    const peeking = peekSetting(name, 'adminPinHash');
    const reopened = openDb(name);
    await reopened.open();
    expect(await peeking).toEqual({ found: true, value: 'h' });
    reopened.close();
  });
});
