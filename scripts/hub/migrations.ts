/**
 * The hub's schema migrations: numbered SQL files in resources/hub (001_init.sql …), each
 * applied once inside its own transaction and recorded with its checksum in
 * kiosque.schema_migrations. Re-running changes nothing; a database newer than the files
 * known here is refused (no downgrade); an applied file that was edited since is refused too.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../resources/hub');

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationReport {
  from: number;
  to: number;
  applied: string[];
}

export class MigrationRefused extends Error {}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .map((file) => /^(\d{3})_[a-z0-9_]+\.sql$/.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => {
      const sql = readFileSync(path.join(dir, m[0]), 'utf8');
      return {
        version: Number(m[1]),
        name: m[0],
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    })
    .sort((a, b) => a.version - b.version);
}

/** The versions already applied (empty on a fresh database). */
async function appliedVersions(client: pg.Client): Promise<Map<number, string>> {
  const exists = await client.query<{ t: string | null }>(
    `SELECT to_regclass('kiosque.schema_migrations')::text AS t`,
  );
  if (!exists.rows[0]?.t) return new Map();
  const rows = await client.query<{ version: number; checksum: string }>(
    'SELECT version, checksum FROM kiosque.schema_migrations ORDER BY version',
  );
  return new Map(rows.rows.map((r) => [r.version, r.checksum]));
}

/** Brings the database to `target` (default: the newest file). */
export async function migrate(
  client: pg.Client,
  options: { target?: number; migrations?: Migration[]; log?: (line: string) => void } = {},
): Promise<MigrationReport> {
  const migrations = options.migrations ?? listMigrations();
  const log = options.log ?? (() => undefined);
  const newest = migrations.at(-1)?.version ?? 0;
  const target = options.target ?? newest;
  // One migrator at a time (two IT people running it at once must not interleave).
  await client.query('SELECT pg_advisory_lock(74736001)');
  try {
    const applied = await appliedVersions(client);
    const from = Math.max(0, ...applied.keys());
    if (from > target) {
      throw new MigrationRefused(
        `La base est en version ${from}, plus récente que la version demandée (${target}) : ` +
          'refus de revenir en arrière. Utilisez la version de Kiosque Numérique qui l’a migrée.',
      );
    }
    for (const m of migrations) {
      const checksum = applied.get(m.version);
      if (checksum !== undefined && checksum !== m.checksum) {
        throw new MigrationRefused(
          `La migration ${m.name} a été modifiée après avoir été appliquée : refus. ` +
            'Une migration appliquée ne change plus ; ajoutez-en une nouvelle.',
        );
      }
    }
    const done: string[] = [];
    for (const m of migrations) {
      if (m.version > target || applied.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query(
          'INSERT INTO kiosque.schema_migrations (version, name, checksum) VALUES ($1, $2, $3)',
          [m.version, m.name, m.checksum],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      log(`appliquée : ${m.name}`);
      done.push(m.name);
    }
    const to = done.length > 0 ? Math.max(from, ...done.map((n) => Number(n.slice(0, 3)))) : from;
    log(
      done.length > 0
        ? `schéma du hub : version ${from} → ${to}`
        : `schéma du hub déjà à jour (version ${from}) : rien à faire`,
    );
    return { from, to, applied: done };
  } finally {
    await client.query('SELECT pg_advisory_unlock(74736001)');
  }
}
