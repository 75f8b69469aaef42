/**
 * The managers' side on a real PostgreSQL: two counters and a bundle summed in the report
 * views with nothing lost or doubled, small counts suppressed, the fleet view, the published
 * catalogue; and the SQL copies of the app's rules checked against the app's own code.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clientConfig } from '../../electron/hub/connection';
import { pullCatalogue, pushBatch } from '../../electron/hub/pushClient';
import { createBundle, serialiseBundle } from '../../renderer/features/exports/bundleFormat';
import { detectPersonalData } from '../../renderer/features/journal/personalData';
import * as taxonomies from '../../renderer/data/taxonomies';
import { pushBundle } from '../../scripts/hub/pushBundle';
import { entryOf, startTestbed, type Testbed } from './testbed';

let bed: Testbed;
let manager: pg.Client;
const work = mkdtempSync(path.join(tmpdir(), 'kiosque-hub-files-'));
beforeAll(async () => {
  bed = await startTestbed();
  await bed.admin.query(
    `CREATE ROLE responsable LOGIN PASSWORD 'lecture-seule' IN ROLE kiosque_lecteur`,
  );
  manager = new pg.Client(
    clientConfig({ ...bed.endpoint(bed.a), user: 'responsable', password: 'lecture-seule' }),
  );
  await manager.connect();
});
afterEach(async () => bed.endClients());
afterAll(async () => {
  await manager?.end();
  await bed?.close();
  rmSync(work, { recursive: true, force: true });
});

const month = (d: string) => `${d.slice(0, 7)}-01`;

describe('two counters and a bundle in one hub', () => {
  it('the managers’ view shows their sum, nothing lost or doubled, and the fleet shows each poste', async () => {
    const day = entryOf(bed.a).date;
    const fromA = Array.from({ length: 12 }, () => entryOf(bed.a, { thematique: 'logement' }));
    const fromB = Array.from({ length: 7 }, () => entryOf(bed.b, { thematique: 'logement' }));
    const offline = await bed.newPoste('mairie-annexe', 'poste-1');
    const fromBundle = Array.from({ length: 6 }, () =>
      entryOf(offline, { thematique: 'logement' }),
    );
    const a = await bed.connect(bed.a);
    const b = await bed.connect(bed.b);
    const status = {
      appVersion: '1.0.0',
      schemaVersion: 4,
      pending: 0,
      oldestPendingAt: null,
      lastError: null,
      storageBytes: 5,
      freeDiskBytes: 9,
    };
    await pushBatch(a, { entries: fromA, audit: [], status });
    await pushBatch(a, { entries: fromA, audit: [], status });
    await pushBatch(b, { entries: fromB, audit: [], status });

    writeFileSync(path.join(work, 'ca.crt'), bed.cluster.caPem);
    writeFileSync(path.join(work, 'password.txt'), `${offline.password}\n`);
    const configText = JSON.stringify({
      siteId: offline.site,
      posteId: offline.poste,
      hub: {
        host: 'localhost',
        port: bed.cluster.port,
        database: 'kiosque',
        role: offline.role,
        caFile: path.join(work, 'ca.crt'),
        passwordFile: path.join(work, 'password.txt'),
      },
    });
    const stranger = entryOf(bed.b);
    const bundle = serialiseBundle(
      createBundle({ siteId: offline.site, posteId: offline.poste }, [...fromBundle, stranger], []),
    );
    const first = await pushBundle(configText, bundle);
    expect([first.sent, first.inserted, first.otherPlaces, first.differingDays.length]).toEqual([
      6, 6, 1, 0,
    ]);
    const twice = await pushBundle(configText, bundle);
    expect([twice.inserted, twice.updated, twice.unchanged]).toEqual([0, 0, 6]);

    const logement = await manager.query<{ site_id: string; demarches: string | null }>(
      `SELECT site_id, demarches FROM kiosque.rapport_thematique
       WHERE mois = $1 AND thematique = 'Logement' ORDER BY site_id`,
      [month(day)],
    );
    expect(logement.rows).toEqual([
      { site_id: 'ccas-nord', demarches: '7' },
      { site_id: 'mairie-annexe', demarches: '6' },
      { site_id: 'mairie-centre', demarches: '12' },
    ]);
    const total = await manager.query<{ n: string }>(
      `SELECT sum(demarches) AS n FROM kiosque.rapport_volume WHERE mois = $1`,
      [month(day)],
    );
    expect(Number(total.rows[0]?.n)).toBe(25);

    const fleet = await manager.query<{
      site_id: string;
      app_version: string | null;
      last_seen: Date | null;
    }>('SELECT site_id, app_version, last_seen FROM kiosque.parc ORDER BY site_id');
    expect(fleet.rows.map((r) => r.site_id)).toEqual([
      'ccas-nord',
      'mairie-annexe',
      'mairie-centre',
    ]);
    expect(fleet.rows.find((r) => r.site_id === 'ccas-nord')?.app_version).toBe('1.0.0');
    expect(fleet.rows.find((r) => r.site_id === 'mairie-annexe')?.last_seen).toBeNull();
  });

  it('counts under 5 are suppressed in the managers’ views', async () => {
    const few = Array.from({ length: 3 }, () =>
      entryOf(bed.a, { thematique: 'justice', organismes: ['justice'] }),
    );
    await pushBatch(await bed.connect(bed.a), { entries: few, audit: [] });
    const row = await manager.query(
      `SELECT demarches, duree_moyenne FROM kiosque.rapport_thematique WHERE site_id = $1 AND thematique = 'Justice'`,
      [bed.a.site],
    );
    expect(row.rows).toEqual([{ demarches: null, duree_moyenne: null }]);
    const organisme = await manager.query(
      `SELECT demarches FROM kiosque.rapport_organisme WHERE site_id = $1 AND organisme = 'Justice'`,
      [bed.a.site],
    );
    expect(organisme.rows).toEqual([{ demarches: null }]);
  });

  it('managers cannot read notes, agent codes or communes, nor write anything', async () => {
    await expect(manager.query('SELECT note FROM kiosque.demarches')).rejects.toMatchObject({
      code: '42501',
    });
    await expect(manager.query('SELECT agent_code FROM kiosque.demarches')).rejects.toMatchObject({
      code: '42501',
    });
    await expect(
      manager.query(`UPDATE kiosque.demarches SET duree_minutes = 1`),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(manager.query(`SELECT kiosque.push('{}'::jsonb)`)).rejects.toMatchObject({
      code: '42501',
    });
  });
});

describe('the published catalogue', () => {
  it('a poste pulls the territory’s items and its site’s, the site overriding the territory', async () => {
    await bed.admin.query(
      `INSERT INTO kiosque.catalogue_publie (scope, code, label, thematique, organismes, ordre, favori)
      VALUES ('*', 'caf-apl', 'CAF – aide au logement', 'logement', '{caf}', 1, true),
             ('*', 'ants-cni', 'ANTS – carte d''identité', 'papiers', '{ants}', 2, false),
             ($1, 'ants-cni', 'ANTS – pré-demande CNI (mairie)', 'papiers', '{ants}', 1, true),
             ($2, 'ccas-aide', 'CCAS – aide facultative', 'social-sante', '{ccas}', 3, true)`,
      [bed.a.site, bed.b.site],
    );
    const items = await pullCatalogue(await bed.connect(bed.a));
    expect(items.map((i) => [i.code, i.label, i.favori])).toEqual([
      ['ants-cni', 'ANTS – pré-demande CNI (mairie)', true],
      ['caf-apl', 'CAF – aide au logement', true],
    ]);
  });
});

describe('the SQL copies of the app’s rules', () => {
  const samples = [
    'écrire à jean.dupont@gmail.com demain',
    'contact dupont (at) free.fr',
    'rappeler au 06 12 34 56 78',
    '06.12.34.56.78',
    '+33 (0)1 42 76 40 40',
    '0033 6 12 34 56 78',
    'NIR 1 85 05 78 006 084 36',
    '2 85 05 2A 006 084 36',
    'IBAN FR76 3000 6000 0112 3456 7890 189',
    'fr7630006000011234567890189',
    'référence 12345678',
    'code 12.34.56.78',
    'allocataire 1234567',
    'n° dossier : 54321',
    'habite 12 rue de la Paix',
    '3 bis avenue Jean Jaurès',
    'née le 12/03/1958',
    'né le 4.7.62',
    'RSA',
    'Déclaration trimestrielle faite, 15 min',
    'revenir le 12/03/2026 avec le justificatif',
    'rdv 12.03.2026 à 14h30',
    'le 2026-03-12',
    'CERFA 12100*02',
    'formulaire cerfa n°15646',
    'dossier MDPH incomplet',
    'code postal 75011',
    'rappeler la CAF au 3230',
    'a@b.fr et 0612345678',
    'Résidence les Tilleuls',
    '45 min avec interprète',
    'numéro fiscal ?',
  ];
  it('the personal-data detector finds the same kinds as the app’s', async () => {
    const result = await bed.admin.query<{ t: string; kinds: string[] }>(
      'SELECT t, kiosque.personal_data_kinds(t) AS kinds FROM unnest($1::text[]) t',
      [samples],
    );
    for (const row of result.rows)
      expect({ text: row.t, kinds: row.kinds }).toEqual({
        text: row.t,
        kinds: detectPersonalData(row.t),
      });
  });

  it('the code lists and the French labels are the app’s', async () => {
    const lists: [string, readonly taxonomies.Term[]][] = [
      ['canal', taxonomies.CANAUX],
      ['thematique', taxonomies.THEMATIQUES],
      ['organisme', taxonomies.ORGANISMES],
      ['issue', taxonomies.ISSUES],
      ['orientation', taxonomies.ORIENTATIONS],
      ['autonomie', taxonomies.AUTONOMIES],
      ['tranche_age', taxonomies.TRANCHES_AGE],
      ['demi_journee', taxonomies.DEMI_JOURNEES],
    ];
    for (const [kind, terms] of lists) {
      const codes = await bed.admin.query<{ c: string[] }>('SELECT kiosque.codes($1) AS c', [kind]);
      expect({ kind, codes: codes.rows[0]?.c }).toEqual({ kind, codes: terms.map((t) => t.code) });
      const labels = await bed.admin.query<{ code: string; libelle: string }>(
        'SELECT code, libelle FROM kiosque.libelles WHERE kind = $1',
        [kind],
      );
      for (const l of labels.rows) expect(l.libelle).toBe(terms.find((t) => t.code === l.code)?.fr);
    }
  });
});

describe('the command-line tools', () => {
  it('hub:migrate prints what it did and is idempotent; hub:add-poste prints the config snippet', () => {
    const caFile = bed.cluster.ca.cert;
    const url = bed.cluster.adminUrl.replace(/\/postgres$/, '/kiosque');
    const run = (script: string, args: string[]) =>
      execFileSync('npx', ['tsx', `scripts/hub/${script}.ts`, ...args], { encoding: 'utf8' });
    expect(run('migrate', ['--url', url, '--ca', caFile])).toContain('déjà à jour (version 3)');
    const out = run('add-poste', [
      '--url',
      url,
      '--ca',
      caFile,
      '--site',
      'pole-emploi',
      '--poste',
      'poste-9',
    ]);
    expect(out).toContain('Rôle créé : kp.pole-emploi.poste-9');
    const snippet = JSON.parse(out.slice(out.indexOf('{'))) as { hub: Record<string, unknown> };
    expect(snippet.hub).toMatchObject({
      role: 'kp.pole-emploi.poste-9',
      port: bed.cluster.port,
      database: 'kiosque',
    });
  });
});

describe('hub:push and the entries the app’s import would refuse', () => {
  it('lists each one (position, field, reason in French, never the value) and exits with 2', async () => {
    const poste = await bed.newPoste('mairie-ouest', 'poste-1');
    const dir = mkdtempSync(path.join(work, 'refus-'));
    writeFileSync(path.join(dir, 'ca.crt'), bed.cluster.caPem);
    writeFileSync(path.join(dir, 'password.txt'), `${poste.password}\n`);
    const config = path.join(dir, 'config.json');
    writeFileSync(
      config,
      JSON.stringify({
        siteId: poste.site,
        posteId: poste.poste,
        hub: {
          host: 'localhost',
          port: bed.cluster.port,
          database: 'kiosque',
          role: poste.role,
          caFile: path.join(dir, 'ca.crt'),
          passwordFile: path.join(dir, 'password.txt'),
        },
      }),
    );
    const good = entryOf(poste);
    const withEmail = entryOf(poste, { note: 'rappeler jean.dupont@example.org' });
    const tooLong = entryOf(poste, { dureeMinutes: 900 });
    const audit = [
      { entryId: good.id, at: good.createdAt, agentCode: 'ag-07', action: 'create', changes: {} },
      { entryId: good.id, at: good.createdAt, agentCode: 'ag-07', action: 'explode', changes: {} },
    ];
    const bundle = path.join(dir, 'bundle.json');
    writeFileSync(
      bundle,
      JSON.stringify({
        ...createBundle({ siteId: poste.site, posteId: poste.poste }, [], []),
        entries: [good, withEmail, tooLong],
        audit,
      }),
    );
    const run = () => {
      try {
        return {
          status: 0,
          out: execFileSync(
            'npx',
            ['tsx', 'scripts/hub/push-bundle.ts', '--config', config, '--bundle', bundle],
            {
              encoding: 'utf8',
            },
          ),
        };
      } catch (error) {
        const failed = error as { status: number; stdout: string };
        return { status: failed.status, out: failed.stdout };
      }
    };
    const { status, out } = run();
    expect(status).toBe(2);
    expect(out).toContain(
      'Refusés dans le fichier (règles de saisie, non envoyés) : 2 démarches, 1 lignes d’historique.',
    );
    expect(out).toMatch(
      /Démarche n° 2 du fichier \([^)]+\), champ « note » : semble contenir une donnée personnelle \(adresse e-mail\)\./,
    );
    expect(out).toMatch(
      /Démarche n° 3 du fichier \([^)]+\), champ « durée » : valeur hors des limites permises\./,
    );
    expect(out).toMatch(
      /Ligne d’historique n° 2 du fichier \(démarche n° 1, [^)]+\), champ « action » : valeur non reconnue\./,
    );
    expect(out).not.toContain('jean.dupont');
    expect(out).not.toContain('900');
    expect(out).toContain('Envoyées : 1 démarches — 1 nouvelles');
    const stored = await bed.admin.query('SELECT id FROM kiosque.demarches WHERE site_id = $1', [
      poste.site,
    ]);
    expect(stored.rows).toEqual([{ id: good.id }]);
  });
});
