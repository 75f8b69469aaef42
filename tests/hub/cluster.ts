/**
 * A real PostgreSQL for the hub tests: Debian's package, a fresh cluster in a temporary folder
 * on 127.0.0.1, TLS with a CA and certificates made by openssl now, `hostssl` only (plaintext
 * is rejected), torn down afterwards. As root, initdb and pg_ctl run as the `postgres` user.
 * No PostgreSQL on the machine is a failure (CI installs it: .ci/run), never a skip.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { makeCa, makeSignedCert, type CertFiles } from '../../scripts/hub/openssl';

export interface Cluster {
  port: number;
  dir: string;
  ca: CertFiles;
  caPem: string;
  adminPassword: string;
  /** Admin URL for the CLIs (TLS settings are added by them from `--ca`). */
  adminUrl: string;
  /** Connects as the superuser, TLS verified against the test CA. */
  admin(database?: string): Promise<pg.Client>;
  /** A client certificate signed by the test CA (or by `otherCa`) with this CN. */
  clientCert(commonName: string, otherCa?: boolean): CertFiles;
  /** A CA that did not sign the server's certificate. */
  wrongCa: CertFiles;
  start(): void;
  /** Stops hard, like a power cut (no checkpoint, crash recovery at the next start). */
  crash(): void;
  destroy(): void;
}

/** The newest PostgreSQL under /usr/lib/postgresql (Debian's layout), or a clear error. */
export function postgresBin(): string {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(path.join(base, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const version = versions[0];
  if (version === undefined) {
    throw new Error(
      'PostgreSQL introuvable (/usr/lib/postgresql/*/bin/initdb) : installez le paquet Debian ' +
        '« postgresql » (apt-get install -y postgresql) ; .ci/run le fait en CI.',
    );
  }
  return path.join(base, version, 'bin');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const asRoot = userInfo().uid === 0;

function runAsPostgres(bin: string, args: string[]): void {
  const [command, argv] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', bin, ...args]]
    : [bin, args];
  execFileSync(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
}

function giveToPostgres(file: string): void {
  if (!asRoot) return;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  chownSync(file, uid, gid);
}

export async function startCluster(): Promise<Cluster> {
  const bin = postgresBin();
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-hub-'));
  giveToPostgres(dir);
  const data = path.join(dir, 'data');
  const ca = makeCa(dir);
  const wrongCa = makeCa(dir, 'wrong-ca', '/CN=Another CA');
  const server = makeSignedCert(dir, ca, 'server', 'localhost', 'DNS:localhost,IP:127.0.0.1');
  for (const file of [server.cert, server.key, ca.cert]) {
    giveToPostgres(file);
    chmodSync(file, 0o600);
  }
  const adminPassword = `admin-${Math.random().toString(36).slice(2)}`;
  const pwfile = path.join(dir, 'pwfile');
  writeFileSync(pwfile, `${adminPassword}\n`, { mode: 0o600 });
  giveToPostgres(pwfile);
  runAsPostgres(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=scram-sha-256',
    `--pwfile=${pwfile}`,
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  const port = await freePort();
  appendFileSync(
    path.join(data, 'postgresql.conf'),
    [
      `listen_addresses = '127.0.0.1'`,
      `port = ${port}`,
      `unix_socket_directories = '${dir}'`,
      'fsync = off',
      'ssl = on',
      `ssl_cert_file = '${server.cert}'`,
      `ssl_key_file = '${server.key}'`,
      `ssl_ca_file = '${ca.cert}'`,
      `password_encryption = 'scram-sha-256'`,
      'max_connections = 60',
      '',
    ].join('\n'),
  );
  // hostssl only, the same lines docs/hub.md gives IT; certificate postes first.
  writeFileSync(
    path.join(data, 'pg_hba.conf'),
    [
      'local all postgres scram-sha-256',
      'hostnossl all all 0.0.0.0/0 reject',
      'hostssl all +kiosque_certificat 127.0.0.1/32 cert',
      'hostssl all all 127.0.0.1/32 scram-sha-256',
      '',
    ].join('\n'),
  );
  const log = path.join(dir, 'server.log');
  const pgCtl = path.join(bin, 'pg_ctl');
  const start = () => {
    try {
      runAsPostgres(pgCtl, ['-D', data, '-l', log, '-w', '-t', '60', 'start']);
    } catch (error) {
      const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
      throw new Error(`PostgreSQL n'a pas démarré : ${String(error)}\n${tail}`);
    }
  };
  const stop = (mode: 'fast' | 'immediate') => {
    try {
      runAsPostgres(pgCtl, ['-D', data, '-m', mode, '-w', 'stop']);
    } catch {
      // Already stopped.
    }
  };
  start();
  const caPem = readFileSync(ca.cert, 'utf8');
  return {
    port,
    dir,
    ca,
    caPem,
    wrongCa,
    adminPassword,
    adminUrl: `postgresql://postgres:${adminPassword}@localhost:${port}/postgres`,
    async admin(database = 'postgres') {
      const client = new pg.Client({
        host: 'localhost',
        port,
        user: 'postgres',
        password: adminPassword,
        database,
        ssl: { ca: caPem, servername: 'localhost', rejectUnauthorized: true },
      });
      await client.connect();
      return client;
    },
    clientCert(commonName, otherCa = false) {
      const name = `client-${commonName.replace(/[^a-z0-9-]/g, '_')}${otherCa ? '-other' : ''}`;
      return makeSignedCert(dir, otherCa ? wrongCa : ca, name, commonName);
    },
    start,
    crash: () => stop('immediate'),
    destroy() {
      stop('fast');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
