/**
 * `npm run sign-update` with a throwaway key pair: what it signs verifies with the printed
 * public key (the check main runs before an install), and it keeps private keys out of the
 * repository and never overwrites one.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateKey, isInsideProject, signFiles } from '../../../scripts/sign-update';
import { verifyDetachedSignature } from '../../../electron/updates/signature';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-sign-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('sign-update', () => {
  it('signs artifacts so that main accepts them, and only them', () => {
    const publicKey = generateKey(path.join(dir, 'maj'));
    expect(statSync(path.join(dir, 'maj.key')).mode & 0o077).toBe(0);
    const artifact = path.join(dir, 'kiosque-numerique-0.2.0-x86_64.AppImage');
    writeFileSync(artifact, 'binary');
    const [sig] = signFiles(path.join(dir, 'maj.key'), [artifact]);
    const signature = readFileSync(sig ?? '', 'utf8');
    expect(verifyDetachedSignature(Buffer.from('binary'), signature, [publicKey])).toBe(true);
    expect(verifyDetachedSignature(Buffer.from('binarY'), signature, [publicKey])).toBe(false);
    const other = generateKey(path.join(dir, 'autre'));
    expect(verifyDetachedSignature(Buffer.from('binary'), signature, [other])).toBe(false);
    // During a rotation the counters hold both keys.
    expect(verifyDetachedSignature(Buffer.from('binary'), signature, [other, publicKey])).toBe(
      true,
    );
  });

  it('keeps private keys out of the repository and never overwrites one', () => {
    const project = path.resolve(import.meta.dirname, '..', '..', '..');
    expect(isInsideProject(path.join(project, 'keys', 'maj.key'), project)).toBe(true);
    expect(() => generateKey(path.join(project, 'maj'), project)).toThrow(/hors du dépôt/);
    generateKey(path.join(dir, 'maj'));
    expect(() => generateKey(path.join(dir, 'maj'))).toThrow(/existe déjà/);
  });
});
