import { afterEach, describe, expect, it } from 'vitest';
import type { KiosqueDb } from '../../../renderer/data/db';
import {
  previewPurge,
  purgeBefore,
  retentionCutoff,
} from '../../../renderer/features/backup/retention';
import { mergeBundle } from '../../../renderer/features/exports/mergeBundle';
import { randomEntries } from '../stats/helpers';
import { bundleOf, freshDb, storeOf } from '../exports/bundles';
import { storedAudit, storedEntries } from '../journal/storedRows';

const opened: KiosqueDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('retention cut-off', () => {
  it('keeps the same calendar day N months ago', () => {
    expect(retentionCutoff('2026-11-28', 24)).toBe('2024-11-28');
    expect(retentionCutoff('2026-03-31', 1)).toBe('2026-02-28');
    expect(retentionCutoff('2028-02-29', 12)).toBe('2027-02-28');
    expect(retentionCutoff('2026-01-15', 1)).toBe('2025-12-15');
  });
});

describe('retention purge', () => {
  it('previews exactly what it deletes, entries and audit records, and keeps the rest', async () => {
    const db = freshDb();
    opened.push(db);
    const entries = randomEntries(600, 12, '2024-01-01', 730, 0.05);
    await mergeBundle(storeOf(db), bundleOf(entries));
    const cutoff = '2025-01-01';
    const expected = entries.filter((e) => e.date < cutoff);
    const preview = await previewPurge(storeOf(db), cutoff);
    expect(preview.entries).toBe(expected.length);
    expect(preview.oldest).toBe(expected.map((e) => e.date).sort()[0]);
    expect(preview.newest).toBe(
      expected
        .map((e) => e.date)
        .sort()
        .at(-1),
    );

    const report = await purgeBefore(storeOf(db), cutoff);
    expect(report).toMatchObject({
      cutoff,
      entries: expected.length,
      auditRecords: expected.length,
    });
    const kept = await storedEntries(db);
    expect(kept).toHaveLength(entries.length - expected.length);
    expect(kept.filter((e) => e.date < cutoff)).toEqual([]);
    expect(await storedAudit(db)).toHaveLength(entries.length - expected.length);
    expect((await db.dayStats.toArray()).filter((s) => s.date < cutoff)).toEqual([]);
    expect((await previewPurge(storeOf(db), cutoff)).entries).toBe(0);
  });

  it('an import does not bring purged entries back', async () => {
    const db = freshDb();
    opened.push(db);
    const entries = randomEntries(50, 13, '2024-06-01', 30, 0);
    const summary = await mergeBundle(storeOf(db), bundleOf(entries), { notBefore: '2025-01-01' });
    expect(summary).toMatchObject({ added: 0, ignoredExpired: 50, auditAdded: 0 });
    expect(await storedEntries(db)).toEqual([]);
  });
});
