/**
 * One PostgreSQL role per poste: `hub:add-poste` creates it (SCRAM password or client
 * certificate), registers the poste in kiosque.postes, limits its connections and statement
 * time, and returns the machine-config snippet for that counter.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import type pg from 'pg';

export const PLACE_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

export interface AddPosteOptions {
  site: string;
  poste: string;
  auth: 'scram' | 'certificat';
  connectionLimit?: number;
  statementTimeout?: string;
}

export interface AddedPoste {
  role: string;
  /** The new password, only for SCRAM postes (shown once, never stored by the tool). */
  password?: string;
}

/** The poste's role: readable when it fits PostgreSQL's 63 bytes, else a stable digest. */
export function roleFor(site: string, poste: string): string {
  const readable = `kp.${site}.${poste}`;
  if (readable.length <= 63) return readable;
  return `kp.${createHash('sha256').update(`${site}/${poste}`).digest('hex').slice(0, 40)}`;
}

/**
 * The SCRAM-SHA-256 verifier of a password (RFC 5802/7677, PostgreSQL's stored format), so
 * the password itself never travels to the server nor lands in its logs.
 */
export function scramVerifier(password: string, iterations = 4096): string {
  const salt = randomBytes(16);
  const salted = pbkdf2Sync(password.normalize('NFKC'), salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  const b64 = (b: Buffer) => b.toString('base64');
  return `SCRAM-SHA-256$${iterations}:${b64(salt)}$${b64(storedKey)}:${b64(serverKey)}`;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

export async function addPoste(client: pg.Client, options: AddPosteOptions): Promise<AddedPoste> {
  if (!PLACE_ID.test(options.site) || !PLACE_ID.test(options.poste)) {
    throw new Error('site et poste : lettres minuscules, chiffres et tirets (40 au plus)');
  }
  const role = roleFor(options.site, options.poste);
  const existing = await client.query(
    'SELECT 1 FROM kiosque.postes WHERE site_id = $1 AND poste_id = $2',
    [options.site, options.poste],
  );
  if (existing.rowCount) {
    throw new Error(
      `Le poste ${options.site}/${options.poste} existe déjà (rôle ${role}). ` +
        `Pour changer son mot de passe : ALTER ROLE ${ident(role)} PASSWORD '…';`,
    );
  }
  const password = options.auth === 'scram' ? randomBytes(24).toString('base64url') : undefined;
  const limit = options.connectionLimit ?? 3;
  await client.query('BEGIN');
  try {
    const groups =
      options.auth === 'certificat' ? 'kiosque_poste, kiosque_certificat' : 'kiosque_poste';
    await client.query(
      `CREATE ROLE ${ident(role)} LOGIN CONNECTION LIMIT ${limit} ` +
        (password ? `PASSWORD ${literal(scramVerifier(password))} ` : 'PASSWORD NULL ') +
        `IN ROLE ${groups}`,
    );
    await client.query(
      `ALTER ROLE ${ident(role)} SET statement_timeout = ${literal(options.statementTimeout ?? '30s')}`,
    );
    await client.query(`ALTER ROLE ${ident(role)} SET idle_in_transaction_session_timeout = '60s'`);
    await client.query(
      'INSERT INTO kiosque.sites (site_id) VALUES ($1) ON CONFLICT (site_id) DO NOTHING',
      [options.site],
    );
    await client.query(
      'INSERT INTO kiosque.postes (site_id, poste_id, role_name, auth) VALUES ($1, $2, $3, $4)',
      [options.site, options.poste, role, options.auth],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return password ? { role, password } : { role };
}

export interface SnippetOptions {
  host: string;
  port: number;
  database: string;
  role: string;
  auth: 'scram' | 'certificat';
  folder: string;
}

/** The `hub` block to paste into the counter's machine config (docs/configuration.md). */
export function configSnippet(o: SnippetOptions): string {
  const file = (name: string) => `${o.folder}${o.folder.includes('\\') ? '\\' : '/'}${name}`;
  const hub: Record<string, unknown> = {
    host: o.host,
    port: o.port,
    database: o.database,
    role: o.role,
    caFile: file('hub-ca.crt'),
    ...(o.auth === 'certificat'
      ? { certFile: file('poste.crt'), keyFile: file('poste.key') }
      : { passwordFile: file('hub-password.txt') }),
    pushIntervalMinutes: 15,
  };
  return JSON.stringify({ hub }, null, 2);
}
