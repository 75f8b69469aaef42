/**
 * Certificates made with the `openssl` command: the hub's test CA, server certificates (SAN
 * 127.0.0.1 / localhost) and poste client certificates (CN = the poste's role, which is what
 * PostgreSQL's `cert` authentication compares). Used by `hub:add-poste --cert` and the tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface CertFiles {
  cert: string;
  key: string;
}

const openssl = (args: string[], cwd: string) =>
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

/** A self-signed CA in `folder` (`<name>.crt`, `<name>.key`). */
export function makeCa(folder: string, name = 'ca', subject = '/CN=Kiosque hub CA'): CertFiles {
  const cert = path.join(folder, `${name}.crt`);
  const key = path.join(folder, `${name}.key`);
  openssl(
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '3650', '-subj', subject]
      .concat(['-keyout', key, '-out', cert, '-addext', 'basicConstraints=critical,CA:TRUE'])
      .concat(['-addext', 'keyUsage=critical,keyCertSign,cRLSign']),
    folder,
  );
  return { cert, key };
}

/**
 * A certificate signed by `ca`, written as `<name>.crt` / `<name>.key` in `folder`.
 * `altNames` (e.g. `DNS:localhost,IP:127.0.0.1`) makes it a server certificate.
 */
export function makeSignedCert(
  folder: string,
  ca: CertFiles,
  name: string,
  commonName: string,
  altNames?: string,
): CertFiles {
  const cert = path.join(folder, `${name}.crt`);
  const key = path.join(folder, `${name}.key`);
  const work = mkdtempSync(path.join(tmpdir(), 'kiosque-cert-'));
  try {
    const csr = path.join(work, 'req.csr');
    const ext = path.join(work, 'ext.cnf');
    writeFileSync(
      ext,
      altNames
        ? `subjectAltName=${altNames}\nextendedKeyUsage=serverAuth\n`
        : 'extendedKeyUsage=clientAuth\n',
    );
    openssl(
      ['req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${commonName}`].concat([
        '-keyout',
        key,
        '-out',
        csr,
      ]),
      work,
    );
    openssl(
      ['x509', '-req', '-in', csr, '-CA', ca.cert, '-CAkey', ca.key, '-CAcreateserial'].concat([
        '-days',
        '825',
        '-out',
        cert,
        '-extfile',
        ext,
      ]),
      work,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { cert, key };
}

/** The certificate's subject line, for messages. */
export const subjectOf = (certFile: string): string =>
  execFileSync('openssl', ['x509', '-noout', '-subject', '-in', certFile]).toString().trim();

export const readPem = (file: string): string => readFileSync(file, 'utf8');
