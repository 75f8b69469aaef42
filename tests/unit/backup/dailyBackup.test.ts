import { afterEach, describe, expect, it } from 'vitest';
import type { KiosqueDb } from '../../../renderer/db/db';
import type { WriteBackupRequest } from '../../../electron/ipc/contract';
import type { PathResult, Platform } from '../../../renderer/platform/types';
import { runDailyBackupIfDue } from '../../../renderer/features/backup/dailyBackup';
import { parseBundle } from '../../../renderer/features/exports/parseBundle';
import { mergeBundle } from '../../../renderer/features/exports/mergeBundle';
import { randomEntries } from '../stats/helpers';
import { bundleOf, freshDb, ORIGIN } from '../exports/bundles';

/** The two platform calls a backup makes, recorded; the rest of the platform is not reached. */
function recordingPlatform(result: () => PathResult) {
  const writes: WriteBackupRequest[] = [];
  const platform = {
    writeBackup: async (request: WriteBackupRequest) => {
      writes.push(request);
      return result();
    },
    log: async () => undefined,
  } as Pick<Platform, 'writeBackup' | 'log'> as Platform;
  return { platform, writes };
}

const opened: KiosqueDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('daily automatic backup', () => {
  it('runs once per calendar day and writes a bundle that imports back', async () => {
    const db = freshDb();
    opened.push(db);
    await mergeBundle(db, bundleOf(randomEntries(30, 2)));
    const { platform, writes } = recordingPlatform(() => ({
      ok: true,
      path: '/sauvegardes/x.json',
    }));

    const morning = new Date(2026, 2, 10, 9, 0);
    expect(await runDailyBackupIfDue(db, platform, ORIGIN, morning)).toMatchObject({
      ok: true,
      entries: 30,
    });
    expect(
      await runDailyBackupIfDue(db, platform, ORIGIN, new Date(2026, 2, 10, 17, 30)),
    ).toBeNull();
    expect(writes).toHaveLength(1);
    // How many to keep is main's decision (machine config), never sent by the renderer.
    expect(writes[0]).toEqual({
      fileName: 'journal-mairie-nord-poste-1-2026-03-10.json',
      content: expect.any(String),
    });
    const parsed = await parseBundle(writes[0]?.content ?? '');
    expect(parsed.ok && parsed.bundle.entries.length).toBe(30);

    expect(
      await runDailyBackupIfDue(db, platform, ORIGIN, new Date(2026, 2, 11, 8, 0)),
    ).toMatchObject({ ok: true });
    expect(writes).toHaveLength(2);
  });

  it('tries again at the next opening when the backup failed', async () => {
    const db = freshDb();
    opened.push(db);
    let ok = false;
    const { platform, writes } = recordingPlatform(() =>
      ok ? { ok: true, path: 'p' } : { ok: false, error: 'backup-folder-missing' },
    );
    const day = new Date(2026, 5, 1, 9, 0);
    expect(await runDailyBackupIfDue(db, platform, ORIGIN, day)).toMatchObject({
      ok: false,
      detail: 'backup-folder-missing',
    });
    ok = true;
    expect(await runDailyBackupIfDue(db, platform, ORIGIN, day)).toMatchObject({ ok: true });
    expect(await runDailyBackupIfDue(db, platform, ORIGIN, day)).toBeNull();
    expect(writes).toHaveLength(2);
  });
});
