/**
 * `npm run sign-update`: Ed25519 signatures of release artifacts, with Node's crypto.
 *
 *   npm run sign-update -- --generate-key /chemin/hors/depot/kiosque-maj
 *       writes kiosque-maj.key (private, PKCS#8 PEM, mode 0600) and prints the public key to
 *       paste into each counter's config (`updates.publicKeys`). Refuses to overwrite a key.
 *   npm run sign-update -- --key /chemin/hors/depot/kiosque-maj.key release/<fichier>...
 *       writes <fichier>.sig (base64) next to each artifact; publish it with the file.
 *
 * The private key never belongs in the repository (docs/deployment.md, "Signer les mises à
 * jour"): the script refuses a key path inside the project folder.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { publicKeyToBase64 } from '../electron/updates/signature';

const root = path.resolve(import.meta.dirname, '..');

/** True when `file` is inside the project folder (where a private key must never be). */
export function isInsideProject(file: string, project = root): boolean {
  const relative = path.relative(project, path.resolve(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Generates a key pair; returns the public key (base64) and writes `<base>.key`. */
export function generateKey(base: string, project = root): string {
  const keyFile = `${base}.key`;
  if (isInsideProject(keyFile, project)) throw new Error('la clé privée doit être hors du dépôt');
  if (existsSync(keyFile)) throw new Error(`${keyFile} existe déjà : pas d'écrasement`);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  writeFileSync(keyFile, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  return publicKeyToBase64(publicKey);
}

/** Signs each file with the private key; returns the `.sig` paths written. */
export function signFiles(keyFile: string, files: readonly string[], project = root): string[] {
  if (isInsideProject(keyFile, project)) throw new Error('la clé privée doit être hors du dépôt');
  const key = createPrivateKey(readFileSync(keyFile));
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('clé Ed25519 attendue');
  return files.map((file) => {
    const signature = sign(null, readFileSync(file), key).toString('base64');
    writeFileSync(`${file}.sig`, `${signature}\n`);
    return `${file}.sig`;
  });
}

function main(argv: string[]): number {
  const generate = argv.indexOf('--generate-key');
  if (generate >= 0 && argv[generate + 1]) {
    const publicKey = generateKey(path.resolve(argv[generate + 1] ?? ''));
    console.info(`Clé publique (updates.publicKeys) : ${publicKey}`);
    return 0;
  }
  const keyAt = argv.indexOf('--key');
  const keyFile = keyAt >= 0 ? argv[keyAt + 1] : undefined;
  const files = argv.filter((_a, i) => keyAt < 0 || (i !== keyAt && i !== keyAt + 1));
  if (!keyFile || files.length === 0) {
    console.error(
      'usage : npm run sign-update -- --generate-key CHEMIN | --key CLE.key FICHIER...',
    );
    return 2;
  }
  for (const sig of signFiles(path.resolve(keyFile), files)) console.info(`écrit : ${sig}`);
  // The public key, to check it matches the counters' config.
  console.info(
    `clé publique : ${publicKeyToBase64(createPublicKey(createPrivateKey(readFileSync(keyFile))))}`,
  );
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
