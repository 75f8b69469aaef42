/**
 * A migrated hub on a real cluster with two registered postes, for the hub tests: a database
 * `kiosque`, migrations applied by the same code as `npm run hub:migrate`, postes created by
 * the same code as `npm run hub:add-poste`, and helpers to connect as each of them.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { clientConfig, type HubEndpoint } from '../../electron/hub/connection';
import type { JournalEntry } from '../../renderer/features/journal/model';
import { migrate } from '../../scripts/hub/migrations';
import { addPoste } from '../../scripts/hub/postes';
import { startCluster, type Cluster } from './cluster';

export interface Poste {
  site: string;
  poste: string;
  role: string;
  password: string;
}

export interface Testbed {
  cluster: Cluster;
  admin: pg.Client; // replaced after a crash test restarts the cluster
  a: Poste;
  b: Poste;
  wrongCaFile(): string;
  /** Registers one more SCRAM poste. */
  newPoste(site: string, poste: string): Promise<Poste>;
  endpoint(poste: Poste, extra?: Partial<HubEndpoint>): HubEndpoint;
  connect(poste: Poste, extra?: Partial<HubEndpoint>): Promise<pg.Client>;
  /** Ends the clients opened by `connect` (a poste may hold 3 connections at most). */
  endClients(): Promise<void>;
  close(): Promise<void>;
}

export async function startTestbed(options: { target?: number } = {}): Promise<Testbed> {
  const cluster = await startCluster();
  const bootstrap = await cluster.admin();
  await bootstrap.query('CREATE DATABASE kiosque');
  await bootstrap.end();
  const admin = await cluster.admin('kiosque');
  await migrate(admin, options.target === undefined ? {} : { target: options.target });
  const holder = { admin };
  const make = async (site: string, poste: string): Promise<Poste> => {
    const added = await addPoste(holder.admin, { site, poste, auth: 'scram' });
    return { site, poste, role: added.role, password: added.password ?? '' };
  };
  const a = await make('mairie-centre', 'poste-1');
  const b = await make('ccas-nord', 'poste-1');
  const endpoint = (poste: Poste, extra: Partial<HubEndpoint> = {}): HubEndpoint => ({
    host: 'localhost',
    port: cluster.port,
    database: 'kiosque',
    user: poste.role,
    password: poste.password,
    ca: cluster.caPem,
    ...extra,
  });
  const open: pg.Client[] = [];
  const bed: Testbed = {
    cluster,
    get admin() {
      return holder.admin;
    },
    set admin(client: pg.Client) {
      holder.admin = client;
    },
    a,
    b,
    endpoint,
    wrongCaFile: () => cluster.wrongCa.cert,
    newPoste: make,
    async connect(poste, extra) {
      const client = new pg.Client(clientConfig(endpoint(poste, extra)));
      await client.connect();
      open.push(client);
      return client;
    },
    async endClients() {
      for (const client of open.splice(0)) await client.end().catch(() => undefined);
    },
    async close() {
      for (const client of [...open, holder.admin]) await client.end().catch(() => undefined);
      cluster.destroy();
    },
  };
  return bed;
}

/** A valid entry of `poste`, dated yesterday so it is inside the last 30 days. */
export function entryOf(poste: Poste, overrides: Partial<JournalEntry> = {}): JournalEntry {
  const at = new Date(Date.now() - 86_400_000);
  const iso = at.toISOString();
  return {
    id: randomUUID(),
    schemaVersion: 2,
    siteId: poste.site,
    posteId: poste.poste,
    agentCode: 'ag-07',
    date: iso.slice(0, 10),
    demiJournee: 'matin',
    canal: 'physique-spontane',
    thematique: 'social-sante',
    thematiqueSecondaire: null,
    organismes: ['caf'],
    demarche: 'caf-rsa-trimestrielle',
    dureeMinutes: 15,
    issue: 'finalisee',
    orientation: null,
    autonomie: null,
    nbPersonnes: 1,
    premiereVenue: 'nsp',
    trancheAge: null,
    communeResidence: null,
    note: null,
    createdAt: iso,
    updatedAt: iso,
    deletedAt: null,
    ...overrides,
  };
}

export const later = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
