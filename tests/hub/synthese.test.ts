/**
 * The monthly summaries (resources/hub/003_synthese.sql) on a real PostgreSQL: after every
 * kind of write, each report view read from them equals the same report computed row by row
 * from kiosque.rapport_base with the definitions of 002 — counts, sums, means, medians and
 * suppressed cells alike; and a hub upgraded from 002 with data in it is backfilled.
 */
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pushBatch } from '../../electron/hub/pushClient';
import type { JournalEntry } from '../../renderer/data/types';
import { migrate } from '../../scripts/hub/migrations';
import { entryOf, later, startTestbed, type Poste, type Testbed } from './testbed';

/** The report views of 002, aggregating every live row at each read: the reference. */
const REFERENCE: Record<string, string> = {
  rapport_volume: `
    SELECT b.mois, b.site_id, b.poste_id, coalesce(l.libelle, b.canal) AS canal,
           CASE WHEN count(*) >= 5 THEN count(*) END AS demarches,
           CASE WHEN count(*) >= 5 THEN sum(b.nb_personnes) END AS personnes,
           CASE WHEN count(*) >= 5 THEN round(avg(b.duree_minutes), 1) END AS duree_moyenne
    FROM kiosque.rapport_base b
    LEFT JOIN kiosque.libelles l ON l.kind = 'canal' AND l.code = b.canal
    GROUP BY b.mois, b.site_id, b.poste_id, coalesce(l.libelle, b.canal)`,
  rapport_thematique: `
    SELECT b.mois, b.site_id, coalesce(l.libelle, b.thematique) AS thematique,
           CASE WHEN count(*) >= 5 THEN count(*) END AS demarches,
           CASE WHEN count(*) >= 5 THEN round(avg(b.duree_minutes), 1) END AS duree_moyenne,
           CASE WHEN count(*) >= 5
                THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY b.duree_minutes) END AS duree_mediane
    FROM kiosque.rapport_base b
    LEFT JOIN kiosque.libelles l ON l.kind = 'thematique' AND l.code = b.thematique
    GROUP BY b.mois, b.site_id, coalesce(l.libelle, b.thematique)`,
  rapport_organisme: `
    SELECT b.mois, b.site_id, coalesce(l.libelle, o.code) AS organisme,
           CASE WHEN count(*) >= 5 THEN count(*) END AS demarches,
           CASE WHEN count(*) >= 5 THEN count(*) FILTER (WHERE b.issue = 'finalisee') END AS finalisees,
           CASE WHEN count(*) >= 5 THEN round(avg(b.duree_minutes), 1) END AS duree_moyenne
    FROM kiosque.rapport_base b
    CROSS JOIN LATERAL unnest(b.organismes) AS o(code)
    LEFT JOIN kiosque.libelles l ON l.kind = 'organisme' AND l.code = o.code
    GROUP BY b.mois, b.site_id, coalesce(l.libelle, o.code)`,
  rapport_issue: `
    SELECT b.mois, b.site_id, coalesce(l.libelle, b.issue) AS issue,
           CASE WHEN count(*) >= 5 THEN count(*) END AS demarches
    FROM kiosque.rapport_base b
    LEFT JOIN kiosque.libelles l ON l.kind = 'issue' AND l.code = b.issue
    GROUP BY b.mois, b.site_id, coalesce(l.libelle, b.issue)`,
  rapport_duree: `
    SELECT b.mois, b.site_id, b.tranche_duree,
           CASE WHEN count(*) >= 5 THEN count(*) END AS demarches
    FROM kiosque.rapport_base b
    GROUP BY b.mois, b.site_id, b.tranche_duree`,
};

/** Every report view equals its row-by-row reference, and no summary count went negative. */
async function expectExact(admin: pg.Client) {
  for (const [view, reference] of Object.entries(REFERENCE)) {
    const got = await admin.query(`SELECT * FROM kiosque.${view} ORDER BY 1, 2, 3, 4`);
    const want = await admin.query(`SELECT * FROM (${reference}) r ORDER BY 1, 2, 3, 4`);
    expect(got.rows, view).toEqual(want.rows);
  }
  const negative = await admin.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM kiosque.synthese_volume WHERE demarches < 0 OR personnes < 0)
          + (SELECT count(*) FROM kiosque.synthese_thematique WHERE demarches < 0)
          + (SELECT count(*) FROM kiosque.synthese_organisme WHERE demarches < 0 OR finalisees < 0)
          AS n`,
  );
  expect(Number(negative.rows[0]?.n)).toBe(0);
}

const thematiques = ['papiers', 'logement', 'social-sante', 'famille'] as const;
const issues = ['finalisee', 'a-finaliser', 'doit-revenir'] as const;

/** `n` varied entries of a poste: several thématiques, durations, organismes and outcomes. */
function varied(poste: Poste, n: number, overrides: Partial<JournalEntry> = {}): JournalEntry[] {
  return Array.from({ length: n }, (_, i) =>
    entryOf(poste, {
      thematique: thematiques[i % thematiques.length] ?? 'autre',
      dureeMinutes: 3 + ((i * 7) % 70),
      organismes: i % 3 === 0 ? ['caf', 'cpam'] : ['caf'],
      issue: issues[i % issues.length] ?? 'finalisee',
      nbPersonnes: 1 + (i % 2),
      canal: i % 4 === 0 ? 'telephone' : 'physique-spontane',
      ...overrides,
    }),
  );
}

let bed: Testbed;
beforeAll(async () => {
  bed = await startTestbed();
});
afterEach(async () => bed.endClients());
afterAll(async () => bed?.close());

describe('the summaries stay exact', () => {
  it('the same batch pushed twice counts once', async () => {
    const client = await bed.connect(bed.a);
    const entries = varied(bed.a, 60);
    expect((await pushBatch(client, { entries, audit: [] })).inserted).toBe(60);
    await expectExact(bed.admin);
    const again = await pushBatch(client, { entries, audit: [] });
    expect([again.inserted, again.updated, again.unchanged]).toEqual([0, 0, 60]);
    await expectExact(bed.admin);
    const total = await bed.admin.query<{ n: string }>(
      `SELECT sum(demarches) AS n FROM kiosque.synthese_volume WHERE poste_id = $1 AND site_id = $2`,
      [bed.a.poste, bed.a.site],
    );
    expect(Number(total.rows[0]?.n)).toBeGreaterThanOrEqual(60);
  });

  it('a stale edit arriving late changes nothing', async () => {
    const client = await bed.connect(bed.a);
    const entries = varied(bed.a, 20, { thematique: 'travail' });
    await pushBatch(client, { entries, audit: [] });
    const newer = entries.map((e) => ({
      ...e,
      dureeMinutes: 90,
      updatedAt: later(e.updatedAt, 120_000),
    }));
    const stale = entries.map((e) => ({
      ...e,
      thematique: 'justice' as const,
      dureeMinutes: 4,
      updatedAt: later(e.updatedAt, 60_000),
    }));
    expect((await pushBatch(client, { entries: newer, audit: [] })).updated).toBe(20);
    const late = await pushBatch(client, { entries: stale, audit: [] });
    expect([late.updated, late.unchanged]).toEqual([0, 20]);
    await expectExact(bed.admin);
    const justice = await bed.admin.query(
      `SELECT 1 FROM kiosque.synthese_thematique
       WHERE site_id = $1 AND thematique = 'justice' AND demarches <> 0`,
      [bed.a.site],
    );
    expect(justice.rowCount).toBe(0);
  });

  it('an edit that moves rows to another month, thématique, organisme and outcome', async () => {
    const client = await bed.connect(bed.a);
    const entries = varied(bed.a, 30, { thematique: 'transports' });
    await pushBatch(client, { entries, audit: [] });
    const moved = entries.slice(0, 17).map((e, i) => ({
      ...e,
      date: '2026-03-14',
      thematique: 'loisirs' as const,
      organismes: ['mairie'],
      issue: 'finalisee' as const,
      dureeMinutes: 10 + i,
      canal: 'visio' as const,
      updatedAt: later(e.updatedAt, 60_000),
    }));
    expect((await pushBatch(client, { entries: moved, audit: [] })).updated).toBe(17);
    await expectExact(bed.admin);
    const march = await bed.admin.query<{ demarches: string; duree_mediane: number }>(
      `SELECT demarches, duree_mediane FROM kiosque.rapport_thematique
       WHERE mois = '2026-03-01' AND site_id = $1 AND thematique = 'Loisirs - Sports - Culture'`,
      [bed.a.site],
    );
    expect(march.rows).toEqual([{ demarches: '17', duree_mediane: 18 }]);
    const left = await bed.admin.query<{ demarches: string }>(
      `SELECT sum(demarches) AS demarches FROM kiosque.synthese_thematique
       WHERE site_id = $1 AND thematique = 'transports'`,
      [bed.a.site],
    );
    expect(left.rows[0]?.demarches).toBe('13');
  });

  it('a soft delete leaves the reports, a restore comes back', async () => {
    const client = await bed.connect(bed.a);
    const entries = varied(bed.a, 12, { thematique: 'associations', dureeMinutes: 25 });
    await pushBatch(client, { entries, audit: [] });
    const deleted = entries.slice(0, 8).map((e) => ({
      ...e,
      updatedAt: later(e.updatedAt, 60_000),
      deletedAt: later(e.updatedAt, 60_000),
    }));
    expect((await pushBatch(client, { entries: deleted, audit: [] })).updated).toBe(8);
    await expectExact(bed.admin);
    const after = await bed.admin.query<{ n: string }>(
      `SELECT sum(demarches) AS n FROM kiosque.synthese_thematique
       WHERE site_id = $1 AND thematique = 'associations'`,
      [bed.a.site],
    );
    expect(after.rows[0]?.n).toBe('4');
    const restored = deleted.slice(0, 3).map((e) => ({
      ...e,
      deletedAt: null,
      updatedAt: later(e.updatedAt, 60_000),
    }));
    expect((await pushBatch(client, { entries: restored, audit: [] })).updated).toBe(3);
    await expectExact(bed.admin);
  });

  it('three identical pushes at once count once, and two postes at once both count', async () => {
    const clients = await Promise.all([bed.connect(bed.a), bed.connect(bed.a), bed.connect(bed.a)]);
    const other = await bed.connect(bed.b);
    const entries = varied(bed.a, 400);
    const fromB = varied(bed.b, 300);
    const [results, b] = await Promise.all([
      Promise.all(clients.map((c) => pushBatch(c, { entries, audit: [] }))),
      pushBatch(other, { entries: fromB, audit: [] }),
    ]);
    const sum = (k: 'inserted' | 'updated' | 'unchanged') => results.reduce((n, r) => n + r[k], 0);
    expect([sum('inserted'), sum('updated'), sum('unchanged')]).toEqual([400, 0, 800]);
    expect(b.inserted).toBe(300);
    await expectExact(bed.admin);
  });

  it('a poste cannot write the summaries itself, only through its démarches', async () => {
    const client = await bed.connect(bed.a);
    await expect(
      client.query(
        `INSERT INTO kiosque.synthese_volume VALUES ('2026-01-01', $1, $2, 'visio', 'finalisee', 999, 1, 1)`,
        [bed.a.site, bed.a.poste],
      ),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      client.query('UPDATE kiosque.synthese_thematique SET demarches = 0'),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('an administrator’s direct update, delete and truncate keep them exact too', async () => {
    await bed.admin.query(
      `UPDATE kiosque.demarches SET thematique = 'autre', duree_minutes = duree_minutes + 1
       WHERE canal = 'telephone'`,
    );
    await expectExact(bed.admin);
    await bed.admin.query(`DELETE FROM kiosque.demarches WHERE issue = 'doit-revenir'`);
    await expectExact(bed.admin);
    await bed.admin.query('TRUNCATE kiosque.demarches');
    const left = await bed.admin.query<{ n: string }>(
      'SELECT count(*) AS n FROM kiosque.synthese_volume',
    );
    expect(left.rows[0]?.n).toBe('0');
    await expectExact(bed.admin);
  });
});

describe('upgrading a hub at 002 that already has démarches', () => {
  it('003 backfills the summaries, then pushes keep them exact; a second run does nothing', async () => {
    const old = await startTestbed({ target: 2 });
    try {
      const client = await old.connect(old.a);
      const entries = [...varied(old.a, 45), ...varied(old.a, 10, { date: '2026-02-02' })];
      await pushBatch(client, { entries, audit: [] });
      await pushBatch(await old.connect(old.b), { entries: varied(old.b, 25), audit: [] });
      const gone = entries.slice(0, 6).map((e) => ({
        ...e,
        updatedAt: later(e.updatedAt, 1000),
        deletedAt: later(e.updatedAt, 1000),
      }));
      await pushBatch(client, { entries: gone, audit: [] });
      await old.endClients();

      const lines: string[] = [];
      await migrate(old.admin, { log: (l) => lines.push(l) });
      expect(lines).toEqual(['appliquée : 003_synthese.sql', 'schéma du hub : version 2 → 3']);
      const live = await old.admin.query<{ n: string }>(
        'SELECT sum(demarches) AS n FROM kiosque.synthese_volume',
      );
      expect(live.rows[0]?.n).toBe(String(45 + 10 + 25 - 6));
      await expectExact(old.admin);

      const after = await old.connect(old.a);
      const edit = entries.slice(10, 20).map((e) => ({
        ...e,
        thematique: 'justice' as const,
        updatedAt: later(e.updatedAt, 5000),
      }));
      expect((await pushBatch(after, { entries: edit, audit: [] })).updated).toBe(10);
      await expectExact(old.admin);

      const again: string[] = [];
      await migrate(old.admin, { log: (l) => again.push(l) });
      expect(again).toEqual(['schéma du hub déjà à jour (version 3) : rien à faire']);
    } finally {
      await old.close();
    }
  });
});
