/**
 * The counter's side of the push on a real PostgreSQL: the app's own data layer (Dexie over
 * fake-indexeddb, the services the screens use) drained by the hub feature's round through
 * the same hub service as Electron's main and the browser kiosk's launcher (credential files,
 * TLS verified, authorisation of the place), then read back as the hub's admin.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../renderer/app/services';
import { openDb } from '../../renderer/data/db';
import type { Place } from '../../renderer/data/types';
import { pushRound } from '../../renderer/features/hub/pushRound';
import { createHubService, type HubService } from '../../electron/hub/service';
import type { HubConfig } from '../../electron/shared/config-schema';
import type { PushRequest } from '../../electron/shared/hub/protocol';
import { VALID_DRAFT } from '../unit/journal/entryFixture';
import { freePort } from './cluster';
import { startTestbed, type Poste, type Testbed } from './testbed';

let bed: Testbed;
let files = '';
const services: HubService[] = [];
beforeAll(async () => {
  bed = await startTestbed();
  files = mkdtempSync(path.join(tmpdir(), 'kiosque-counter-'));
});
afterEach(async () => {
  for (const s of services.splice(0)) await s.close();
});
afterAll(async () => {
  await bed?.close();
  rmSync(files, { recursive: true, force: true });
});

/** The machine config's hub block for `poste`, with its password in a file, as IT writes it. */
function hubConfig(poste: Poste, port = bed.cluster.port): HubConfig {
  const passwordFile = path.join(files, `${poste.role}.txt`);
  writeFileSync(passwordFile, `${poste.password}\n`);
  return {
    host: 'localhost',
    port,
    database: 'kiosque',
    role: poste.role,
    caFile: bed.cluster.ca.cert,
    certFile: null,
    keyFile: null,
    passwordFile,
    storedPassword: false,
    pushIntervalMinutes: 15,
  };
}

let n = 0;
function counter(poste: Poste, port?: number) {
  const place: Place = { siteId: poste.site, posteId: poste.poste };
  n += 1;
  const data: Services = createServices(openDb(`hub-counter-${n}`), place);
  const hub = createHubService(hubConfig(poste, port), {
    appVersion: 'test',
    dataFolder: files,
    place,
  });
  services.push(hub);
  const context = { ...place, agentCode: 'ag-07' };
  return {
    data,
    place,
    hub,
    save: (minutes = 15) => data.journal.add({ ...VALID_DRAFT, dureeMinutes: minutes }, context),
    round: (send: (r: PushRequest) => ReturnType<HubService['push']> = (r) => hub.push(r)) =>
      pushRound(data, place, send),
  };
}

const stored = async (ids: string[]) =>
  (
    await bed.admin.query<{ id: string; duree_minutes: number }>(
      'SELECT id, duree_minutes FROM kiosque.demarches WHERE id = ANY($1) ORDER BY id',
      [ids],
    )
  ).rows;

describe('a counter’s round', () => {
  it('pushes what agents saved, empties the outbox, and agrees with the server', async () => {
    const c = counter(bed.a);
    const saved = [await c.save(10), await c.save(20), await c.save(30)];
    expect((await c.data.outbox.stats(c.place)).pending).toBe(3);
    const { ok, record } = await c.round();
    expect(ok).toBe(true);
    expect((await stored(saved.map((e) => e.id))).map((r) => r.duree_minutes).sort()).toEqual([
      10, 20, 30,
    ]);
    expect((await c.data.outbox.stats(c.place)).pending).toBe(0);
    expect(record).toMatchObject({ reachable: true, error: null, differingDays: [] });
    expect(record.lastSuccessAt).not.toBeNull();
    const audit = await bed.admin.query(
      'SELECT count(*)::int AS n FROM kiosque.audit WHERE entry_id = ANY($1)',
      [saved.map((e) => e.id)],
    );
    expect(audit.rows[0].n).toBe(3);
  });

  it('keeps an edit made while its batch was in flight, and sends it in the next round', async () => {
    const c = counter(bed.a);
    const entry = await c.save(15);
    let edited = false;
    const first = await c.round(async (request) => {
      if (!edited && request.entries.length > 0) {
        edited = true;
        await c.data.journal.update(entry.id, { ...VALID_DRAFT, dureeMinutes: 45 }, 'ag-07');
      }
      return c.hub.push(request);
    });
    expect(first.ok).toBe(true);
    expect((await stored([entry.id]))[0]?.duree_minutes).toBe(15);
    expect((await c.data.outbox.stats(c.place)).pending).toBe(1);
    expect((await c.round()).ok).toBe(true);
    expect((await stored([entry.id]))[0]?.duree_minutes).toBe(45);
    expect((await c.data.outbox.stats(c.place)).pending).toBe(0);
  });

  it('with the hub out of reach: nothing leaves the outbox, the reason is kept in plain French', async () => {
    const c = counter(bed.a, await freePort());
    await c.save();
    const { ok, record } = await c.round();
    expect(ok).toBe(false);
    expect(record.reachable).toBe(false);
    expect(record.error?.code).toBe('unreachable');
    expect(record.error?.message).toMatch(/Serveur central injoignable/);
    expect((await c.data.outbox.stats(c.place)).pending).toBe(1);
  });

  it('a batch holding another poste’s entry is refused by the counter before the hub', async () => {
    const c = counter(bed.a);
    const entry = await c.save();
    const forged = { ...entry, siteId: bed.b.site };
    const answer = await c.hub.push({ entries: [forged], audit: [] });
    expect(answer).toMatchObject({ ok: false, code: 'refused' });
    expect(await stored([entry.id])).toEqual([]);
  });
});

describe('the published catalogue', () => {
  it('is applied on each round without losing the agents’ additions or local edits', async () => {
    await bed.admin.query(
      `INSERT INTO kiosque.catalogue_publie (scope, code, label, thematique, organismes, ordre, favori)
       VALUES ('*', 'metropole-transport', 'Carte de transport métropolitaine', 'transports', '{autre}', 0, true),
              ($1, 'caf-rsa-trimestrielle', 'CAF – RSA (déclaration)', 'social-sante', '{caf}', 1, true),
              ('*', 'bad-thematique', 'Inconnue', 'pas-une-thematique', '{caf}', 2, false)`,
      [bed.a.site],
    );
    const c = counter(bed.a);
    await c.data.catalogue.ensureSeeded();
    const local = await c.data.catalogue.add({
      label: 'Permanence du conciliateur',
      thematique: 'justice',
      organismes: ['autre'],
      favourite: true,
    });
    expect(local.ok).toBe(true);
    expect((await c.round()).ok).toBe(true);
    const byCode = async (code: string) => c.data.catalogue.get(code);
    expect(await byCode('metropole-transport')).toMatchObject({
      label: 'Carte de transport métropolitaine',
      favourite: true,
      archived: false,
    });
    expect((await byCode('caf-rsa-trimestrielle'))?.label).toBe('CAF – RSA (déclaration)');
    expect(await byCode('bad-thematique')).toBeUndefined();
    expect(await byCode('permanence-du-conciliateur')).toMatchObject({ favourite: true });

    // A local edit of a published item stays while the métropole publishes it unchanged…
    await c.data.catalogue.setFavourite('metropole-transport', false);
    expect((await c.round()).ok).toBe(true);
    expect((await byCode('metropole-transport'))?.favourite).toBe(false);
    // …and gives way when the métropole publishes a new version of it.
    await bed.admin.query(
      `UPDATE kiosque.catalogue_publie SET archive = true WHERE code = 'metropole-transport'`,
    );
    expect((await c.round()).ok).toBe(true);
    expect(await byCode('metropole-transport')).toMatchObject({ archived: true, favourite: false });
    expect(await byCode('permanence-du-conciliateur')).toMatchObject({ archived: false });
  });
});
