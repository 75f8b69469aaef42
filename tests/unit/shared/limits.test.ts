/** One size cap per payload (issue 10 §5): main, the renderer and the docs say the same. */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_JOURNAL_FILE_BYTES, MAX_JOURNAL_FILE_MB } from '../../../electron/shared/limits';
import { readBackup } from '../../../electron/files/backups';
import { readAndImport } from '../../../renderer/features/exports/importBundle';
import { freshDb, storeOf } from '../exports/bundles';

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('the journal files’ cap', () => {
  it('is the one the user docs announce', () => {
    const docs = readFileSync(
      new URL('../../../docs/statistics-and-exports.md', import.meta.url),
      'utf8',
    );
    expect(docs).toContain(`plus de ${MAX_JOURNAL_FILE_MB} Mo sont refusés`);
    expect(MAX_JOURNAL_FILE_BYTES).toBe(MAX_JOURNAL_FILE_MB * 1024 * 1024);
  });

  it('main refuses a backup one byte over it, without reading it', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-limits-'));
    const file = path.join(dir, 'journal-a-b-2026-01-01.json');
    writeFileSync(file, '');
    truncateSync(file, MAX_JOURNAL_FILE_BYTES + 1); // sparse: no disk used
    await expect(readBackup(dir, 'journal-a-b-2026-01-01.json')).rejects.toThrow('too-large');
    truncateSync(file, 2);
    writeFileSync(file, '{}');
    expect(await readBackup(dir, 'journal-a-b-2026-01-01.json')).toBe('{}');
  });

  it('the renderer refuses a bigger file before reading it, with the cap in the reason', async () => {
    const db = freshDb();
    let read = false;
    const outcome = await readAndImport(
      storeOf(db),
      {
        size: MAX_JOURNAL_FILE_BYTES + 1,
        read: async () => {
          read = true;
          return '';
        },
      },
      24,
    );
    expect(outcome).toEqual({
      ok: false,
      problem: { code: 'too-large', maxMb: MAX_JOURNAL_FILE_MB },
    });
    expect(read).toBe(false);
    // Main's refusal of a backup over the cap says the same, not "could not be read".
    const refused = await readAndImport(
      storeOf(db),
      { read: () => Promise.reject(new Error('Error invoking remote method: Error: too-large')) },
      24,
    );
    expect(refused).toEqual({
      ok: false,
      problem: { code: 'too-large', maxMb: MAX_JOURNAL_FILE_MB },
    });
    await db.delete();
  });
});
