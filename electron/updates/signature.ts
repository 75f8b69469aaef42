/**
 * Detached Ed25519 signatures of release artifacts (`<file>.sig`, base64, written by
 * `npm run sign-update`). electron-updater only checks a sha512 published next to the file, so
 * whoever controls the update server could ship code; main installs an update only when its
 * file verifies against one of the public keys of the machine config (`updates.publicKeys`,
 * several during a key rotation).
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** The DER header of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** A public key as written in the config: the raw 32 bytes in base64 (44 characters). */
export const PUBLIC_KEY_PATTERN = /^[A-Za-z0-9+/]{43}=$/;

export function publicKeyFromBase64(base64: string): KeyObject {
  const raw = Buffer.from(base64, 'base64');
  if (raw.length !== 32) throw new Error('ed25519-key-length');
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, raw]),
    format: 'der',
    type: 'spki',
  });
}

/** The raw public key of a KeyObject, base64: what `sign-update --generate-key` prints. */
export function publicKeyToBase64(key: KeyObject): string {
  const der = key.export({ format: 'der', type: 'spki' });
  return Buffer.from(der.subarray(ED25519_SPKI_PREFIX.length)).toString('base64');
}

/** True when `signatureText` (base64) is a valid signature of `data` by one of the keys. */
export function verifyDetachedSignature(
  data: Uint8Array,
  signatureText: string,
  publicKeys: readonly string[],
): boolean {
  const signature = Buffer.from(signatureText.trim(), 'base64');
  if (signature.length !== 64) return false;
  return publicKeys.some((base64) => {
    try {
      return verify(null, data, publicKeyFromBase64(base64), signature);
    } catch {
      return false;
    }
  });
}

/** Where the signature of an update file lives: next to it, with `.sig` appended. */
export function signatureUrl(feedUrl: string, fileUrl: string): string {
  const base = feedUrl.endsWith('/') ? feedUrl : `${feedUrl}/`;
  return new URL(`${fileUrl}.sig`, base).toString();
}

/**
 * Windows installs for all users (NSIS per-machine, MSI) live under Program Files: installing
 * an update there needs a UAC prompt nobody at a kiosk can answer; fleets use their own tools.
 */
export function isPerMachineWindowsInstall(
  execPath: string,
  env: Record<string, string | undefined>,
): boolean {
  const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.ProgramW6432, 'C:\\Program Files']
    .filter((root): root is string => Boolean(root))
    .map((root) => `${root.replace(/[\\/]+$/, '').toLowerCase()}\\`);
  const exe = execPath.replace(/\//g, '\\').toLowerCase();
  return roots.some((root) => exe.startsWith(root));
}

/** True when a systemd service runs the kiosk: it restarts the app itself after an install. */
export const isUnderSystemd = (env: Record<string, string | undefined>): boolean =>
  Boolean(env.INVOCATION_ID);
