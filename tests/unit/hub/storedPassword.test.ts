/**
 * The hub password kept with Electron's safeStorage, against a fake safeStorage that behaves
 * as the Electron documentation describes: unavailable before `ready`, `basic_text` on a Linux
 * session without a secret service (a constant key: refused here), key rotation reported by
 * `shouldReEncrypt`.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStoredPassword, type SafeStorageLike } from '../../../electron/hub/storedPassword';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-secret-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Encrypts by XOR with a key; `key` changes to simulate a rotation. */
function fakeSafeStorage(options: { available?: boolean; backend?: string } = {}) {
  const state = { key: 0x5a, rotated: false };
  const xor = (b: Buffer, k: number) => Buffer.from(b.map((x) => x ^ k));
  const safe: SafeStorageLike = {
    isAsyncEncryptionAvailable: async () => options.available ?? true,
    encryptStringAsync: async (text) =>
      Buffer.concat([Buffer.from([state.key]), xor(Buffer.from(text), state.key)]),
    async decryptStringAsync(encrypted) {
      const key = encrypted[0] ?? 0;
      return {
        result: xor(encrypted.subarray(1), key).toString('utf8'),
        shouldReEncrypt: key !== state.key,
      };
    },
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
  };
  return { safe, state };
}

const PASSWORD = 'Xq7-rT2pLm9wZa4KcV8bN3sD';

describe('the stored hub password', () => {
  it('is kept encrypted, owner-only, and read back', async () => {
    const file = path.join(dir, 'hub-password.bin');
    const stored = createStoredPassword(file, fakeSafeStorage().safe, 'linux');
    expect(await stored.load()).toBeNull();
    expect(await stored.save(PASSWORD)).toEqual({ ok: true });
    expect(readFileSync(file).toString('utf8')).not.toContain(PASSWORD);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await stored.load()).toBe(PASSWORD);
  });

  it('is refused on Linux without a secret service (basic_text: a constant key)', async () => {
    const file = path.join(dir, 'hub-password.bin');
    const stored = createStoredPassword(
      file,
      fakeSafeStorage({ backend: 'basic_text' }).safe,
      'linux',
    );
    expect(await stored.save(PASSWORD)).toEqual({ ok: false, error: 'no-keyring' });
    expect(await stored.load()).toBeNull();
    // The same backend name means nothing on Windows (DPAPI).
    const windows = createStoredPassword(
      file,
      fakeSafeStorage({ backend: 'basic_text' }).safe,
      'win32',
    );
    expect(await windows.save(PASSWORD)).toEqual({ ok: true });
  });

  it('is refused when the OS offers no encryption, and when it is not one line of text', async () => {
    const file = path.join(dir, 'hub-password.bin');
    const none = createStoredPassword(file, fakeSafeStorage({ available: false }).safe, 'darwin');
    expect(await none.save(PASSWORD)).toEqual({ ok: false, error: 'encryption-unavailable' });
    const stored = createStoredPassword(file, fakeSafeStorage().safe, 'linux');
    expect(await stored.save('court')).toEqual({ ok: false, error: 'password-format' });
    expect(await stored.save(`${PASSWORD}\nsecond line`)).toEqual({
      ok: false,
      error: 'password-format',
    });
  });

  it('is encrypted again when the OS rotated its key', async () => {
    const file = path.join(dir, 'hub-password.bin');
    const fake = fakeSafeStorage();
    const stored = createStoredPassword(file, fake.safe, 'linux');
    await stored.save(PASSWORD);
    fake.state.key = 0x33;
    expect(await stored.load()).toBe(PASSWORD);
    expect(readFileSync(file)[0]).toBe(0x33);
    expect(await stored.load()).toBe(PASSWORD);
  });
});
