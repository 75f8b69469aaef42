// @vitest-environment jsdom
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { changeLanguage, initI18n } from '../../../renderer/i18n';
import { loadNamespaces } from '../../../renderer/i18n/catalogues';
import { describePlatformError } from '../../../renderer/lib/platformError';

const root = path.resolve(import.meta.dirname, '../../..');

/** Every `error: 'code'` the main process or the web platform can return. */
function returnedCodes(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (full.endsWith('.ts')) files.push(full);
    }
  };
  walk(path.join(root, 'electron'));
  walk(path.join(root, 'renderer/platform'));
  const codes = new Set<string>();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/error: '([a-z-]+)'/g))
      codes.add(m[1] ?? '');
  }
  return [...codes];
}

describe('platform error codes in words', () => {
  // The areas that show these sentences load their namespace first, as here.
  beforeAll(async () => {
    initI18n('fr');
    await loadNamespaces(['errors']);
  });

  it('finds the codes the host returns (the scan itself works)', () => {
    expect(returnedCodes()).toEqual(
      expect.arrayContaining(['pin-exists', 'invalid-name', 'quit-unavailable-in-browser']),
    );
  });

  it('has a French sentence for every code the host can return', async () => {
    await changeLanguage('fr');
    for (const code of returnedCodes()) {
      const text = describePlatformError(code);
      expect(text, code).not.toBe(code); // i18next's answer for a missing key
      expect(text, code).not.toContain('errors:');
      expect(text, code).not.toMatch(/erreur inattendue/);
    }
    expect(describePlatformError('disk-full')).toBe('le disque ou la clé USB est plein');
  });

  it('speaks English too, and names an unknown code rather than hiding it', async () => {
    await changeLanguage('en');
    expect(describePlatformError('disk-full')).toBe('the disk or USB drive is full');
    expect(describePlatformError('strange-thing')).toBe('unexpected error (strange-thing)');
  });
});
