/** The pusher serialises each entry once: the text is the batch's JSON, and a huge entry stops it. */
import { describe, expect, it } from 'vitest';
import { batchJson } from '../../../electron/hub/pushClient';
import { MAX_ENTRY_JSON_CHARS } from '../../../electron/shared/hub/protocol';

const entry = (note: string) => ({
  id: 'aaaaaaaa-0000-4000-8000-000000000001',
  updatedAt: '2026-12-01T10:00:00.000Z',
  date: '2026-12-01',
  deletedAt: null,
  note,
});

describe('batchJson', () => {
  it('is the batch’s JSON text, with or without the other fields', () => {
    const full = {
      entries: [entry('a "quoted" \\ note'), entry('é')],
      audit: [{ entryId: 'x', at: 'y' }],
      days: [{ day: '2026-12-01', count: 1, hash: 'h' }],
      clientTime: '2026-12-01T10:00:00.000Z',
    };
    expect(batchJson(full)).toBe(JSON.stringify(full));
    const empty = { entries: [], audit: [] };
    expect(batchJson(empty)).toBe(JSON.stringify(empty));
  });

  it('refuses an entry longer than the limit', () => {
    const long = entry('x'.repeat(MAX_ENTRY_JSON_CHARS));
    expect(batchJson({ entries: [entry('ok'), long], audit: [] })).toBeNull();
  });
});
