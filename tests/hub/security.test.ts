/**
 * What a poste's credential can and cannot do, on a real PostgreSQL: row-level security,
 * privileges, TLS verification, hostssl only, client certificates.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clientConfig } from '../../electron/hub/connection';
import { pushBatch } from '../../electron/hub/pushClient';
import { addPoste } from '../../scripts/hub/postes';
import { entryOf, later, startTestbed, type Testbed } from './testbed';

let bed: Testbed;
beforeAll(async () => {
  bed = await startTestbed();
});
afterEach(async () => bed.endClients());
afterAll(async () => bed?.close());

const insertSql = `INSERT INTO kiosque.demarches (id, schema_version, site_id, poste_id, agent_code,
  date, demi_journee, canal, thematique, organismes, demarche, duree_minutes, issue,
  nb_personnes, premiere_venue, created_at, updated_at, pushed_by)
  VALUES (gen_random_uuid(), 2, $1, $2, 'ag-07', current_date, 'matin', 'telephone', 'logement',
  '{caf}', 'caf-apl', 10, 'finalisee', 1, 'nsp', now(), now(), $3)`;

describe('row-level security', () => {
  it('a poste cannot write rows of another site, directly or through push()', async () => {
    const client = await bed.connect(bed.a);
    await expect(
      client.query(insertSql, [bed.b.site, bed.b.poste, bed.a.role]),
    ).rejects.toMatchObject({
      code: '42501',
    });
    const foreign = entryOf(bed.b);
    const result = await pushBatch(client, { entries: [foreign], audit: [] });
    expect(result.rejected).toEqual([
      { id: foreign.id, reason: expect.stringContaining('autre site ou poste') },
    ]);
    const stored = await bed.admin.query('SELECT 1 FROM kiosque.demarches WHERE id = $1', [
      foreign.id,
    ]);
    expect(stored.rowCount).toBe(0);
  });

  it('a poste cannot fake the modifier (pushed_by must be itself)', async () => {
    const client = await bed.connect(bed.a);
    await expect(
      client.query(insertSql, [bed.a.site, bed.a.poste, bed.b.role]),
    ).rejects.toMatchObject({
      code: '42501',
    });
    await client.query(insertSql, [bed.a.site, bed.a.poste, bed.a.role]);
  });

  it("a poste cannot overwrite another site's id, even with a newer change", async () => {
    const clientB = await bed.connect(bed.b);
    const theirs = entryOf(bed.b);
    await pushBatch(clientB, { entries: [theirs], audit: [] });
    const clientA = await bed.connect(bed.a);
    const hijack = {
      ...theirs,
      siteId: bed.a.site,
      posteId: bed.a.poste,
      dureeMinutes: 99,
      updatedAt: later(theirs.updatedAt, 60_000),
    };
    const result = await pushBatch(clientA, { entries: [hijack], audit: [] });
    expect(result.rejected).toEqual([
      { id: theirs.id, reason: expect.stringContaining('autre site ou poste') },
    ]);
    const row = await bed.admin.query(
      'SELECT site_id, duree_minutes FROM kiosque.demarches WHERE id = $1',
      [theirs.id],
    );
    expect(row.rows[0]).toEqual({ site_id: bed.b.site, duree_minutes: 15 });
  });

  it('a poste cannot delete or truncate, and reads only its own rows', async () => {
    const client = await bed.connect(bed.a);
    await pushBatch(client, { entries: [entryOf(bed.a)], audit: [] });
    await expect(client.query('DELETE FROM kiosque.demarches')).rejects.toMatchObject({
      code: '42501',
    });
    await expect(client.query('TRUNCATE kiosque.demarches')).rejects.toMatchObject({
      code: '42501',
    });
    await expect(client.query('DELETE FROM kiosque.audit')).rejects.toMatchObject({
      code: '42501',
    });
    const seen = await client.query<{ site_id: string }>(
      'SELECT DISTINCT site_id FROM kiosque.demarches',
    );
    expect(seen.rows).toEqual([{ site_id: bed.a.site }]);
    const all = await bed.admin.query(
      'SELECT count(DISTINCT site_id)::int AS n FROM kiosque.demarches',
    );
    expect(all.rows[0].n).toBe(2);
  });

  it('a poste cannot read the report views nor the fleet, and has a statement timeout', async () => {
    const client = await bed.connect(bed.a);
    await expect(client.query('SELECT * FROM kiosque.rapport_volume')).rejects.toMatchObject({
      code: '42501',
    });
    await expect(client.query('SELECT * FROM kiosque.parc')).rejects.toMatchObject({
      code: '42501',
    });
    const timeout = await client.query<{ statement_timeout: string }>('SHOW statement_timeout');
    expect(timeout.rows[0]?.statement_timeout).toBe('30s');
  });
});

describe('TLS and authentication', () => {
  const connectWith = async (config: pg.ClientConfig) => {
    const client = new pg.Client(config);
    try {
      await client.connect();
      await client.query('SELECT 1');
    } finally {
      // A connection refused during the TLS handshake may never emit 'end': do not wait on it.
      await Promise.race([
        client.end().catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 2_000)),
      ]);
    }
  };

  it('refuses a server certificate not signed by the configured CA', async () => {
    const wrongCa = readFileSync(bed.wrongCaFile(), 'utf8');
    await expect(connectWith(clientConfig(bed.endpoint(bed.a, { ca: wrongCa })))).rejects.toThrow(
      /self[- ]signed|unable to verify|certificate/i,
    );
  });

  it('refuses a plaintext connection (hostnossl … reject)', async () => {
    const config = { ...clientConfig(bed.endpoint(bed.a)), ssl: false };
    await expect(connectWith(config)).rejects.toThrow(/no encryption|pg_hba/i);
  });

  it('refuses a wrong password', async () => {
    await expect(
      connectWith(clientConfig(bed.endpoint(bed.a, { password: 'nope' }))),
    ).rejects.toMatchObject({
      code: '28P01',
    });
  });

  it("accepts a poste's own certificate, refuses another poste's and one from another CA", async () => {
    const c = await addPoste(bed.admin, {
      site: 'mediatheque',
      poste: 'poste-1',
      auth: 'certificat',
    });
    const d = await addPoste(bed.admin, {
      site: 'mediatheque',
      poste: 'poste-2',
      auth: 'certificat',
    });
    const own = bed.cluster.clientCert(c.role);
    const others = bed.cluster.clientCert(d.role);
    const foreignCa = bed.cluster.clientCert(c.role, true);
    const certPoste = { site: 'mediatheque', poste: 'poste-1', role: c.role, password: '' };
    const { password: _none, ...noPassword } = bed.endpoint(certPoste);
    const withCert = (files: { cert: string; key: string }) =>
      clientConfig({
        ...noPassword,
        cert: readFileSync(files.cert, 'utf8'),
        key: readFileSync(files.key, 'utf8'),
      });
    await connectWith(withCert(own));
    await expect(connectWith(withCert(others))).rejects.toThrow(
      /certificate authentication failed/i,
    );
    await expect(connectWith(withCert(foreignCa))).rejects.toThrow();
    // A certificate poste has no password to fall back on.
    await expect(
      connectWith(
        clientConfig({
          ...bed.endpoint({ site: 'mediatheque', poste: 'poste-1', role: c.role, password: 'x' }),
        }),
      ),
    ).rejects.toThrow();
  });
});
