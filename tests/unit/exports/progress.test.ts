import { describe, expect, it } from 'vitest';
import {
  chunkRanges,
  forEachChunk,
  type Progress,
} from '../../../renderer/features/exports/progress';

describe('progress chunking', () => {
  it('covers every item exactly once, in order', () => {
    expect(chunkRanges(0, 3)).toEqual([]);
    expect(chunkRanges(7, 3)).toEqual([
      [0, 3],
      [3, 6],
      [6, 7],
    ]);
    expect(chunkRanges(6, 3)).toEqual([
      [0, 3],
      [3, 6],
    ]);
    expect(() => chunkRanges(5, 0)).toThrow(RangeError);
  });

  it('reports growing progress up to the total', async () => {
    const seen: Progress[] = [];
    const items = Array.from({ length: 10 }, (_, i) => i);
    const visited: number[] = [];
    await forEachChunk(items, (chunk) => void visited.push(...chunk), {
      phase: 'test',
      size: 4,
      onProgress: (p) => seen.push(p),
    });
    expect(visited).toEqual(items);
    expect(seen.map((p) => p.done)).toEqual([0, 4, 8, 10]);
    expect(seen.every((p) => p.total === 10 && p.phase === 'test')).toBe(true);
  });
});
