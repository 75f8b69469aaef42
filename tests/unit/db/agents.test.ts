import { beforeEach, describe, expect, it } from 'vitest';
import { createAgentsRepository } from '../../../renderer/data/agents';
import { openDb, type KiosqueDb } from '../../../renderer/data/db';

let db: KiosqueDb;
let agents: ReturnType<typeof createAgentsRepository>;
let n = 0;

beforeEach(async () => {
  n += 1;
  db = openDb(`agents-test-${n}`);
  await db.open();
  // Fewer iterations keep the test fast; the production count is checked below.
  agents = createAgentsRepository(db, 1000);
});

describe('agents repository', () => {
  it('stores only a salted PBKDF2 hash of the PIN, never the PIN', async () => {
    expect(await agents.add({ code: ' AG-07 ', displayName: 'Camille', pin: '739154' })).toEqual({
      ok: true,
    });
    const row = await db.agents.get('ag-07');
    expect(row?.pinHash).toMatch(/^pbkdf2-sha256\$1000\$/);
    expect(JSON.stringify(row)).not.toContain('739154');
    expect(await agents.verify('ag-07', '739154')).toBe(true);
    expect(await agents.verify('ag-07', '739155')).toBe(false);
  });

  it('uses 600,000 iterations by default', async () => {
    const real = createAgentsRepository(db);
    await real.add({ code: 'ag-01', displayName: 'Dominique', pin: '739154' });
    expect((await db.agents.get('ag-01'))?.pinHash).toMatch(/^pbkdf2-sha256\$600000\$/);
  });

  it('refuses bad codes, names, short or weak PINs, duplicates and the reserved "admin" code', async () => {
    expect(await agents.add({ code: 'Jean Dupont', displayName: 'Jean', pin: '739154' })).toEqual({
      ok: false,
      error: 'code-format',
    });
    expect(await agents.add({ code: 'ag-01', displayName: ' ', pin: '739154' })).toEqual({
      ok: false,
      error: 'name-format',
    });
    expect(await agents.add({ code: 'ag-01', displayName: 'Sacha', pin: '73915' })).toEqual({
      ok: false,
      error: 'pin-format',
    });
    expect(await agents.add({ code: 'ag-01', displayName: 'Sacha', pin: '123456' })).toEqual({
      ok: false,
      error: 'pin-weak',
    });
    expect(await agents.add({ code: 'admin', displayName: 'Sacha', pin: '739154' })).toEqual({
      ok: false,
      error: 'code-taken',
    });
    await agents.add({ code: 'ag-01', displayName: 'Sacha', pin: '739154' });
    expect(await agents.add({ code: 'AG-01', displayName: 'Autre', pin: '739154' })).toEqual({
      ok: false,
      error: 'code-taken',
    });
  });

  it('a deactivated agent has no tile and cannot sign in; reactivation restores both', async () => {
    await agents.add({ code: 'ag-01', displayName: 'Sacha', pin: '739154' });
    await agents.add({ code: 'ag-02', displayName: 'Alex', pin: '739154' });
    await agents.setActive('ag-01', false);
    expect((await agents.listActive()).map((a) => a.code)).toEqual(['ag-02']);
    expect(await agents.verify('ag-01', '739154')).toBe(false);
    await agents.setActive('ag-01', true);
    expect(await agents.verify('ag-01', '739154')).toBe(true);
  });

  it('resets a PIN: the old one stops working', async () => {
    await agents.add({ code: 'ag-01', displayName: 'Sacha', pin: '739154' });
    expect(await agents.resetPin('ag-01', '111111')).toEqual({ ok: false, error: 'pin-weak' });
    expect(await agents.resetPin('ag-01', '582047')).toEqual({ ok: true });
    expect(await agents.verify('ag-01', '739154')).toBe(false);
    expect(await agents.verify('ag-01', '582047')).toBe(true);
    expect(await agents.resetPin('ag-99', '582047')).toEqual({ ok: false, error: 'not-found' });
  });
});
