import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_FOLDER } from '../../../scripts/content-files';
import { checkLanguages } from '../../../scripts/language-check';
import type { CatalogueTree } from '../../../renderer/i18n/catalogueGaps';
import { fr } from '../../../renderer/i18n/resources';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const french = fr as unknown as Record<string, CatalogueTree>;
const temp = mkdtempSync(path.join(os.tmpdir(), 'kiosque-lang-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const runCheck = (folder: string, ...flags: string[]) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'scripts', 'content-check.ts'), folder, ...flags],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );

describe('the content check, per language', () => {
  it('finds the shipped Arabic', () => {
    const ar = checkLanguages(DEFAULT_CONTENT_FOLDER, french).find((l) => l.meta?.code === 'ar');
    expect(ar?.meta?.dir).toBe('rtl');
  });

  it('fails on one Arabic string planted missing, naming the file and the JSON path', () => {
    const copy = path.join(temp, 'content');
    cpSync(DEFAULT_CONTENT_FOLDER, copy, { recursive: true });
    const metaFile = path.join(copy, 'locales', 'ar', 'language.json');
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(metaFile, JSON.stringify({ ...meta, status: 'complete' }));
    const file = path.join(copy, 'locales', 'ar', 'exercises', 'souris-cibles.json');
    const overlay = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...overlay, title: '' }));

    const result = runCheck(copy);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'locales/ar/exercises/souris-cibles.json › title : texte à traduire',
    );
  });

  it('names a Pix competence left untranslated (its names are content too)', () => {
    const copy = path.join(temp, 'competences');
    cpSync(DEFAULT_CONTENT_FOLDER, copy, { recursive: true });
    const file = path.join(copy, 'locales', 'ar', 'competences.json');
    const names = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    writeFileSync(file, JSON.stringify({ ...names, '4.1': ' ' }));
    const ar = checkLanguages(copy, french).find((l) => l.meta?.code === 'ar');
    expect(ar?.problems.map((p) => `${p.file} › ${p.jsonPath}`)).toContain(
      'locales/ar/competences.json › 4.1',
    );
  });

  it('only warns about the gaps of a language in preview', () => {
    const copy = path.join(temp, 'preview');
    cpSync(DEFAULT_CONTENT_FOLDER, copy, { recursive: true });
    cpSync(path.join(copy, 'locales', 'ar'), path.join(copy, 'locales', 'uk'), { recursive: true });
    writeFileSync(
      path.join(copy, 'locales', 'uk', 'language.json'),
      JSON.stringify({
        code: 'uk',
        name: 'Українська',
        nameFr: 'ukrainien',
        dir: 'ltr',
        status: 'preview',
      }),
    );
    writeFileSync(path.join(copy, 'locales', 'uk', 'ui', 'common.json'), '{}');
    const quiet = runCheck(copy);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toMatch(
      /Langue locales\/uk \(ukrainien, en aperçu\) : \d+ texte\(s\) à traduire/,
    );
    expect(quiet.stderr + quiet.stdout).not.toContain('locales/uk/ui/common.json › appName');
    const result = runCheck(copy, '--langue', 'uk');
    expect(result.status).toBe(0);
    expect(result.stderr + result.stdout).toContain(
      'attention  locales/uk/ui/common.json › appName : texte à traduire',
    );
    const uk = checkLanguages(copy, french).find((l) => l.meta?.code === 'uk');
    expect(uk?.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(uk?.missing).toBeGreaterThan(0);
  });
});
