/**
 * The poste's hub password when IT types it once on the Diagnostic screen instead of writing it
 * to a file (`hub.storedPassword: true`): kept encrypted by the operating system through
 * Electron's safeStorage (DPAPI on Windows, Keychain on macOS, the desktop's secret service on
 * Linux), in one file of the app's data folder, readable by main only.
 *
 * On Linux without a secret service (no GNOME keyring, no KWallet: the usual kiosk session),
 * Electron falls back to the `basic_text` backend, whose key is a constant known to anyone:
 * the file would be as good as plain text. Saving is then refused, and IT is told to use a
 * password file (`hub.passwordFile`, protected by the file system's rights) or a certificate.
 * No `electron` import here: main passes its safeStorage in (tests pass a fake).
 */
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
  /** Linux only. */
  getSelectedStorageBackend(): string;
}

export type StoredPasswordError = 'encryption-unavailable' | 'no-keyring' | 'password-format';

/** One line of printable text, as `hub:add-poste` generates (and as SCRAM takes). */
const isPassword = (text: string): boolean =>
  text.length >= 8 &&
  text.length <= 200 &&
  [...text].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f);

export function createStoredPassword(file: string, safe: SafeStorageLike, platform: string) {
  /** Why the OS cannot keep a secret here, or null when it can. */
  async function refusal(): Promise<StoredPasswordError | null> {
    if (!(await safe.isAsyncEncryptionAvailable())) return 'encryption-unavailable';
    if (platform === 'linux' && safe.getSelectedStorageBackend() === 'basic_text')
      return 'no-keyring';
    return null;
  }

  async function write(password: string): Promise<void> {
    const encrypted = await safe.encryptStringAsync(password);
    // Written aside then renamed: a power cut never leaves half a file.
    const temporary = `${file}.tmp`;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, encrypted, { mode: 0o600 });
    await chmod(temporary, 0o600);
    await rename(temporary, file);
  }

  return {
    refusal,
    async save(
      password: string,
    ): Promise<{ ok: true } | { ok: false; error: StoredPasswordError }> {
      if (!isPassword(password)) return { ok: false, error: 'password-format' };
      const refused = await refusal();
      if (refused) return { ok: false, error: refused };
      await write(password);
      return { ok: true };
    },
    /** The password, or null when none was saved (or the OS can no longer decrypt it). */
    async load(): Promise<string | null> {
      let encrypted: Buffer;
      try {
        encrypted = await readFile(file);
      } catch {
        return null;
      }
      try {
        const { result, shouldReEncrypt } = await safe.decryptStringAsync(encrypted);
        // The OS rotated its key (or a better one became available): keep the file current.
        if (shouldReEncrypt) await write(result).catch(() => undefined);
        return result;
      } catch {
        return null;
      }
    },
  };
}

export type StoredPassword = ReturnType<typeof createStoredPassword>;
