/**
 * The three conversations a counter has with the hub, over an open pg client: which schema
 * the hub runs, one push() of a batch, and the published catalogue.
 */
import type pg from 'pg';
import { MAX_ENTRY_JSON_CHARS } from '../shared/hub/protocol';
import type { DayReport } from './dayHash';

export interface PosteStatusReport {
  appVersion: string;
  schemaVersion: number;
  pending: number;
  oldestPendingAt: string | null;
  lastError: string | null;
  storageBytes: number | null;
  freeDiskBytes: number | null;
}

export interface PushBatch {
  entries: readonly unknown[];
  audit: readonly unknown[];
  days?: readonly DayReport[];
  status?: PosteStatusReport;
  /** The counter's clock when sending: the server records the difference (clock skew). */
  clientTime?: string;
}

export interface DifferingDay {
  day: string;
  countPoste: number;
  countServeur: number;
}

export interface PushResult {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: { id: string; reason: string }[];
  auditInserted: number;
  serverTime: string;
  clockSkewMs: number | null;
  schemaVersion: number;
  differingDays: DifferingDay[];
}

export interface PublishedItem {
  code: string;
  label: string;
  thematique: string;
  organismes: string[];
  ordre: number;
  favori: boolean;
  archive: boolean;
}

/** The hub's schema version, or 0 when it has none (not migrated, or not a hub). */
export async function hubSchemaVersion(client: pg.ClientBase): Promise<number> {
  const found = await client.query<{ t: string | null }>(
    `SELECT to_regclass('kiosque.schema_migrations')::text AS t`,
  );
  if (!found.rows[0]?.t) return 0;
  const result = await client.query<{ v: number | null }>(
    'SELECT max(version) AS v FROM kiosque.schema_migrations',
  );
  return result.rows[0]?.v ?? 0;
}

/**
 * The batch as push()'s JSON argument, each entry serialised once (its size is checked on the
 * way); null when one entry is longer than MAX_ENTRY_JSON_CHARS.
 */
export function batchJson(batch: PushBatch): string | null {
  const entries: string[] = [];
  for (const entry of batch.entries) {
    const text = JSON.stringify(entry);
    if (text.length > MAX_ENTRY_JSON_CHARS) return null;
    entries.push(text);
  }
  const { entries: _entries, ...rest } = batch;
  const tail = JSON.stringify(rest);
  return `{"entries":[${entries.join(',')}]${tail === '{}' ? '' : `,${tail.slice(1, -1)}`}}`;
}

export async function pushBatch(client: pg.ClientBase, batch: PushBatch): Promise<PushResult> {
  const text = batchJson(batch);
  if (text === null) throw new Error('démarche trop longue pour être envoyée');
  return pushBatchJson(client, text);
}

/** One push() of a batch already serialised by batchJson. */
export async function pushBatchJson(client: pg.ClientBase, text: string): Promise<PushResult> {
  const result = await client.query<{ r: PushResult }>('SELECT kiosque.push($1::jsonb) AS r', [
    text,
  ]);
  const row = result.rows[0];
  if (!row) throw new Error('push() n’a rien renvoyé');
  return row.r;
}

export async function pullCatalogue(client: pg.ClientBase): Promise<PublishedItem[]> {
  const result = await client.query<PublishedItem>(
    `SELECT code, label, thematique, organismes, ordre, favori, archive
     FROM kiosque.catalogue_du_poste ORDER BY ordre, code`,
  );
  return result.rows;
}
