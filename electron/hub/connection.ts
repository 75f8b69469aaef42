/**
 * How the counter and the hub tools reach PostgreSQL: always TLS with full verification, given
 * as an explicit `ssl` object (CA, expected server name, rejectUnauthorized), never through a
 * connection string's `sslmode`. Plain Node: no Electron here (the browser kiosk's launcher
 * and the CLIs use it too).
 */
import { readFile } from 'node:fs/promises';
import type pg from 'pg';

export interface HubEndpoint {
  host: string;
  port: number;
  database: string;
  user: string;
  /** PEM of the CA that signed the hub's certificate. */
  ca: string;
  /** Client certificate and key (PEM), for `cert` authentication. */
  cert?: string;
  key?: string;
  password?: string;
  connectTimeoutMs?: number;
}

/** The hub block of the machine config, as far as the connection is concerned. */
export interface HubFiles {
  host: string;
  port: number;
  database: string;
  role: string;
  caFile: string;
  certFile?: string | null;
  keyFile?: string | null;
  passwordFile?: string | null;
}

export function clientConfig(endpoint: HubEndpoint): pg.ClientConfig {
  return {
    host: endpoint.host,
    port: endpoint.port,
    database: endpoint.database,
    user: endpoint.user,
    ...(endpoint.password === undefined ? {} : { password: endpoint.password }),
    connectionTimeoutMillis: endpoint.connectTimeoutMs ?? 10_000,
    application_name: 'kiosque-numerique',
    ssl: {
      ca: endpoint.ca,
      servername: endpoint.host,
      rejectUnauthorized: true,
      ...(endpoint.cert && endpoint.key ? { cert: endpoint.cert, key: endpoint.key } : {}),
    },
  };
}

/** Reads the CA, certificate, key and password files named by the machine config. */
export async function loadEndpoint(files: HubFiles): Promise<HubEndpoint> {
  const read = (file: string) => readFile(file, 'utf8');
  const endpoint: HubEndpoint = {
    host: files.host,
    port: files.port,
    database: files.database,
    user: files.role,
    ca: await read(files.caFile),
  };
  if (files.certFile && files.keyFile) {
    endpoint.cert = await read(files.certFile);
    endpoint.key = await read(files.keyFile);
  }
  // A password file holds the password on its first line (an editor may add a newline).
  if (files.passwordFile) endpoint.password = (await read(files.passwordFile)).split(/\r?\n/)[0];
  return endpoint;
}

/** An admin URL (postgresql://user:password@host:port/db) plus a CA file, for the CLIs. */
export async function endpointFromUrl(url: string, caFile: string): Promise<HubEndpoint> {
  const parsed = new URL(url);
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
    throw new Error(`URL non PostgreSQL : ${parsed.protocol}`);
  }
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    database: decodeURIComponent(parsed.pathname.slice(1)) || 'postgres',
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    ca: await readFile(caFile, 'utf8'),
  };
}
