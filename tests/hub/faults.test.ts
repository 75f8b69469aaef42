/**
 * Faults on a real PostgreSQL: the server stopped hard during a push, a lost acknowledgement,
 * an edit made during a push, the hub down, a hub on an older schema; migrations.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pushBatch } from '../../electron/hub/pushClient';
import { createHubPusher } from '../../electron/hub/pusher';
import { drainOutbox } from '../../electron/shared/hub/drain';
import { migrate, MigrationRefused } from '../../scripts/hub/migrations';
import { memoryCounter } from './memoryOutbox';
import { entryOf, later, startTestbed, type Testbed } from './testbed';

let bed: Testbed;
beforeAll(async () => {
  bed = await startTestbed();
});
afterEach(async () => bed.endClients());
afterAll(async () => bed?.close());

const count = async (ids: string[]) =>
  (
    await bed.admin.query('SELECT count(*)::int AS n FROM kiosque.demarches WHERE id = ANY($1)', [
      ids,
    ])
  ).rows[0].n as number;

const days = () => {
  const to = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
  return { from, to, lastError: null, storageBytes: null, schemaVersion: 4 };
};

describe('the server stopped hard during a push', () => {
  it('writes nothing of the interrupted batch; the retry brings all; a re-sent batch changes nothing', async () => {
    const entries = Array.from({ length: 1000 }, () => entryOf(bed.a));
    const ids = entries.map((e) => e.id);
    // Hold the status row so the push stops after writing its entries, inside its transaction.
    const blocker = await bed.cluster.admin('kiosque');
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE kiosque.poste_status IN EXCLUSIVE MODE');
    const client = await bed.connect(bed.a);
    client.on('error', () => undefined);
    const status = {
      appVersion: 't',
      schemaVersion: 4,
      pending: 1000,
      oldestPendingAt: null,
      lastError: null,
      storageBytes: null,
      freeDiskBytes: null,
    };
    const inFlight = pushBatch(client, { entries, audit: [], status });
    for (;;) {
      const waiting = await bed.admin.query(
        `SELECT 1 FROM pg_stat_activity WHERE usename = $1 AND wait_event_type = 'Lock'`,
        [bed.a.role],
      );
      if (waiting.rowCount) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    blocker.on('error', () => undefined);
    bed.admin.on('error', () => undefined);
    bed.cluster.crash();
    await expect(inFlight).rejects.toThrow();
    await blocker.end().catch(() => undefined);
    await bed.admin.end().catch(() => undefined);
    bed.cluster.start();
    bed.admin = await bed.cluster.admin('kiosque');
    expect(await count(ids)).toBe(0);

    await bed.endClients();
    const retry = await bed.connect(bed.a);
    const first = await pushBatch(retry, { entries, audit: [], status });
    expect([first.inserted, first.unchanged]).toEqual([1000, 0]);
    expect(await count(ids)).toBe(1000);
    // The acknowledgement of that push is lost: the counter sends the batch again.
    const again = await pushBatch(retry, { entries, audit: [], status });
    expect([again.inserted, again.updated, again.unchanged]).toEqual([0, 0, 1000]);
  });
});

describe('the counter side of a round (drainOutbox)', () => {
  it('an edit made during a push stays pending and lands on the next round', async () => {
    const counter = memoryCounter();
    const poste = await bed.newPoste('maison-france-services', 'poste-3');
    const entry = entryOf(poste);
    counter.save(entry);
    const pusher = createHubPusher(async () => bed.endpoint(poste), {
      appVersion: 't',
    });
    const edited = { ...entry, dureeMinutes: 60, updatedAt: later(entry.updatedAt, 30_000) };
    const send = async (request: Parameters<typeof pusher.push>[0]) => {
      const answer = await pusher.push(request);
      // The agent saves an edit while the first batch is on the wire.
      if (counter.journal.get(entry.id) === entry) counter.save(edited);
      return answer;
    };
    const round = await drainOutbox(counter.source, send, { ...days(), maxBatches: 1 });
    expect(round.ok && round.inserted).toBe(1);
    expect(counter.pending()).toBe(1);
    const next = await drainOutbox(counter.source, pusher.push, days());
    expect(next.ok && [next.updated, next.pending]).toEqual([1, 0]);
    const row = await bed.admin.query('SELECT duree_minutes FROM kiosque.demarches WHERE id = $1', [
      entry.id,
    ]);
    expect(row.rows[0].duree_minutes).toBe(60);
    expect(next.ok && next.last.differingDays).toEqual([]);
    // Proof of no loss: a row missing on the server shows as a day that differs.
    await bed.admin.query('DELETE FROM kiosque.demarches WHERE id = $1', [entry.id]);
    const check = await drainOutbox(counter.source, pusher.push, days());
    expect(check.ok && check.last.differingDays).toEqual([
      { day: entry.date, countPoste: 1, countServeur: 0 },
    ]);
    await pusher.close();
  });

  it('a bad row is reported and acknowledged; the rows behind it still go', async () => {
    const counter = memoryCounter();
    const bad = entryOf(bed.a, { note: 'allocataire 1234567' });
    counter.save(bad);
    const good = Array.from({ length: 5 }, () => entryOf(bed.a));
    good.forEach(counter.save);
    const pusher = createHubPusher(async () => bed.endpoint(bed.a), {
      appVersion: 't',
    });
    const round = await drainOutbox(counter.source, pusher.push, { ...days(), batchSize: 2 });
    expect(round.ok && [round.inserted, round.rejected.length, round.pending]).toEqual([5, 1, 0]);
    expect(await count(good.map((e) => e.id))).toBe(5);
    await pusher.close();
  });

  it('the hub down: the round fails in plain French and the outbox keeps everything', async () => {
    const counter = memoryCounter();
    counter.save(entryOf(bed.a));
    const pusher = createHubPusher(async () => bed.endpoint(bed.a, { port: 1 }), {
      appVersion: 't',
    });
    const round = await drainOutbox(counter.source, pusher.push, days());
    expect(round).toMatchObject({
      ok: false,
      code: 'unreachable',
      message: expect.stringContaining('injoignable'),
    });
    expect(counter.pending()).toBe(1);
    expect(pusher.state()).toMatchObject({ reachable: false, lastSuccessAt: null });
  });
});

describe('schema versions', () => {
  it('migrating again does nothing; a target below the database is refused (no downgrade)', async () => {
    const lines: string[] = [];
    const report = await migrate(bed.admin, { log: (l) => lines.push(l) });
    expect(report.applied).toEqual([]);
    expect(lines.join('\n')).toContain('déjà à jour');
    await expect(migrate(bed.admin, { target: 1 })).rejects.toBeInstanceOf(MigrationRefused);
  });

  it('an applied migration edited since is refused', async () => {
    const { listMigrations } = await import('../../scripts/hub/migrations');
    const edited = listMigrations().map((m) => (m.version === 1 ? { ...m, checksum: 'x' } : m));
    await expect(migrate(bed.admin, { migrations: edited })).rejects.toThrow('modifiée');
  });

  it('a hub on an older schema version is detected and reported', async () => {
    const old = await startTestbed({ target: 1 });
    try {
      const pusher = createHubPusher(async () => old.endpoint(old.a), {
        appVersion: 't',
      });
      const answer = await pusher.push({ entries: [], audit: [] });
      expect(answer).toMatchObject({
        ok: false,
        code: 'schema-old',
        message: expect.stringContaining('version 1, il faut la version 2'),
      });
      await pusher.close();
      const lines: string[] = [];
      await migrate(old.admin, { log: (l) => lines.push(l) });
      expect(lines).toContain('schéma du hub : version 1 → 3');
      const pusher2 = createHubPusher(async () => old.endpoint(old.a), {
        appVersion: 't',
      });
      expect((await pusher2.push({ entries: [], audit: [] })).ok).toBe(true);
      await pusher2.close();
    } finally {
      await old.close();
    }
  });
});
