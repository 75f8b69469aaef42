/** push() on a real PostgreSQL: idempotency, concurrency, merge rules, field rules, skew. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pushBatch } from '../../electron/hub/pushClient';
import { entryOf, later, startTestbed, type Testbed } from './testbed';

let bed: Testbed;
beforeAll(async () => {
  bed = await startTestbed();
});
afterEach(async () => bed.endClients());
afterAll(async () => bed?.close());

const serverRow = async (id: string) =>
  (await bed.admin.query('SELECT * FROM kiosque.demarches WHERE id = $1', [id])).rows[0] as
    Record<string, unknown> | undefined;

describe('the same batch more than once', () => {
  it('pushed twice: all inserted, then all unchanged, no error', async () => {
    const client = await bed.connect(bed.a);
    const entries = Array.from({ length: 50 }, () => entryOf(bed.a));
    const audit = entries.map((e) => ({
      entryId: e.id,
      at: e.createdAt,
      agentCode: 'ag-07',
      action: 'create',
      changes: {},
    }));
    const first = await pushBatch(client, { entries, audit });
    expect([first.inserted, first.updated, first.unchanged, first.auditInserted]).toEqual([
      50, 0, 0, 50,
    ]);
    const second = await pushBatch(client, { entries, audit });
    expect([second.inserted, second.updated, second.unchanged, second.auditInserted]).toEqual([
      0, 0, 50, 0,
    ]);
    expect(second.rejected).toEqual([]);
  });

  it('three identical pushes at once: one inserts, two find everything unchanged', async () => {
    const clients = await Promise.all([bed.connect(bed.a), bed.connect(bed.a), bed.connect(bed.a)]);
    const entries = Array.from({ length: 300 }, () => entryOf(bed.a));
    const results = await Promise.all(clients.map((c) => pushBatch(c, { entries, audit: [] })));
    const sum = (k: 'inserted' | 'updated' | 'unchanged') => results.reduce((n, r) => n + r[k], 0);
    expect([sum('inserted'), sum('updated'), sum('unchanged')]).toEqual([300, 0, 600]);
    expect(results.every((r) => r.rejected.length === 0)).toBe(true);
    const ids = entries.map((e) => e.id);
    const stored = await bed.admin.query(
      'SELECT count(*)::int AS n FROM kiosque.demarches WHERE id = ANY($1)',
      [ids],
    );
    expect(stored.rows[0].n).toBe(300);
  });

  it('the same id twice in one batch keeps the newer version', async () => {
    const client = await bed.connect(bed.a);
    const v1 = entryOf(bed.a);
    const v2 = { ...v1, dureeMinutes: 45, updatedAt: later(v1.updatedAt, 60_000) };
    const result = await pushBatch(client, { entries: [v1, v2], audit: [] });
    expect([result.inserted, result.unchanged]).toEqual([1, 1]);
    expect((await serverRow(v1.id))?.duree_minutes).toBe(45);
  });
});

describe('merge rules', () => {
  it('a stale edit arriving late is ignored', async () => {
    const client = await bed.connect(bed.a);
    const original = entryOf(bed.a);
    const newer = { ...original, dureeMinutes: 30, updatedAt: later(original.updatedAt, 120_000) };
    const stale = { ...original, dureeMinutes: 10, updatedAt: later(original.updatedAt, 60_000) };
    await pushBatch(client, { entries: [original], audit: [] });
    expect((await pushBatch(client, { entries: [newer], audit: [] })).updated).toBe(1);
    const late = await pushBatch(client, { entries: [stale], audit: [] });
    expect([late.updated, late.unchanged]).toEqual([0, 1]);
    expect((await serverRow(original.id))?.duree_minutes).toBe(30);
  });

  it('two versions changed at the same instant end the same whatever the order (fixed tie-break)', async () => {
    const client = await bed.connect(bed.a);
    const base = entryOf(bed.a);
    const x = { ...base, dureeMinutes: 20 };
    const y = { ...base, dureeMinutes: 25 };
    await pushBatch(client, { entries: [x], audit: [] });
    await pushBatch(client, { entries: [y], audit: [] });
    const oneOrder = (await serverRow(base.id))?.duree_minutes;
    await bed.admin.query('DELETE FROM kiosque.demarches WHERE id = $1', [base.id]);
    await pushBatch(client, { entries: [y], audit: [] });
    await pushBatch(client, { entries: [x], audit: [] });
    expect([20, 25]).toContain(oneOrder);
    expect((await serverRow(base.id))?.duree_minutes).toBe(oneOrder);
  });

  it('a soft delete travels, and a later restore too', async () => {
    const client = await bed.connect(bed.a);
    const entry = entryOf(bed.a);
    await pushBatch(client, { entries: [entry], audit: [] });
    const deleted = { ...entry, deletedAt: later(entry.updatedAt, 60_000) };
    expect((await pushBatch(client, { entries: [deleted], audit: [] })).updated).toBe(1);
    expect((await serverRow(entry.id))?.deleted_at).not.toBeNull();
    const restored = { ...entry, updatedAt: later(entry.updatedAt, 120_000), deletedAt: null };
    expect((await pushBatch(client, { entries: [restored], audit: [] })).updated).toBe(1);
    expect((await serverRow(entry.id))?.deleted_at).toBeNull();
  });
});

describe('field and personal-data rules (defence in depth)', () => {
  it('one bad row does not block the others; it is reported with its reason in French', async () => {
    const client = await bed.connect(bed.a);
    const good = Array.from({ length: 9 }, () => entryOf(bed.a));
    const bad = entryOf(bed.a, { note: 'rappeler au 06 12 34 56 78' });
    const result = await pushBatch(client, {
      entries: [...good.slice(0, 4), bad, ...good.slice(4)],
      audit: [],
    });
    expect(result.inserted).toBe(9);
    expect(result.rejected).toEqual([
      { id: bad.id, reason: expect.stringContaining('donnée personnelle (phone)') },
    ]);
    expect(await serverRow(bad.id)).toBeUndefined();
  });

  it.each([
    ['an unknown canal', { canal: 'pigeon' }, 'canal inconnu'],
    ['an orientation without redirection', { orientation: 'mediation' }, 'orientation invalide'],
    ['a duration out of bounds', { dureeMinutes: 900 }, 'durée hors limites'],
    [
      'an e-mail in the note',
      { note: 'écrire à jean.dupont@gmail.com' },
      'donnée personnelle (email)',
    ],
    ['a NIR in the note', { note: 'NIR 1 85 05 78 006 084 36' }, 'donnée personnelle (nir)'],
    ['a bad INSEE code', { communeResidence: 'Paris' }, 'code INSEE'],
    ['an unreadable date', { date: 'demain' }, 'champ illisible'],
  ])('refuses %s', async (_what, change, reason) => {
    const client = await bed.connect(bed.a);
    const row = { ...entryOf(bed.a), ...change };
    const result = await pushBatch(client, { entries: [row], audit: [] });
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]?.reason).toContain(reason);
  });

  it('an audit line holding personal data is left out alone', async () => {
    const client = await bed.connect(bed.a);
    const entry = entryOf(bed.a);
    const ok = {
      entryId: entry.id,
      at: entry.createdAt,
      agentCode: 'ag-07',
      action: 'create',
      changes: {},
    };
    const bad = { ...ok, action: 'update', changes: { demarche: ['x', 'tel 0612345678'] } };
    const result = await pushBatch(client, { entries: [entry], audit: [ok, bad] });
    expect([result.inserted, result.auditInserted]).toEqual([1, 1]);
  });
});

describe('clock skew', () => {
  it('refuses a row modified later than the server clock plus 5 minutes, and records the skew', async () => {
    const client = await bed.connect(bed.a);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const ahead = entryOf(bed.a, { updatedAt: future });
    const fine = entryOf(bed.a, { updatedAt: new Date(Date.now() + 60_000).toISOString() });
    const result = await pushBatch(client, {
      entries: [ahead, fine],
      audit: [],
      clientTime: future,
      status: {
        appVersion: '1.2.3',
        schemaVersion: 4,
        pending: 0,
        oldestPendingAt: null,
        lastError: null,
        storageBytes: 1000,
        freeDiskBytes: 2000,
      },
    });
    expect(result.inserted).toBe(1);
    expect(result.rejected).toEqual([{ id: ahead.id, reason: expect.stringContaining('horloge') }]);
    expect(result.clockSkewMs).toBeGreaterThan(3_500_000);
    const status = await bed.admin.query(
      'SELECT clock_skew_ms FROM kiosque.poste_status WHERE site_id = $1',
      [bed.a.site],
    );
    expect(Number(status.rows[0].clock_skew_ms)).toBeGreaterThan(3_500_000);
  });

  it('refuses a batch of more than 1,000 rows as a whole', async () => {
    const client = await bed.connect(bed.a);
    const entries = Array.from({ length: 1001 }, () => entryOf(bed.a));
    await expect(pushBatch(client, { entries, audit: [] })).rejects.toThrow(
      '1 000 démarches au plus',
    );
  });
});
