/**
 * Long exports and imports run in chunks with a pause between them, so the page stays
 * responsive and a `<progress>` bar can move. Not usable inside an IndexedDB transaction
 * (a macrotask pause would let it commit): writes report progress without pausing.
 */
export interface Progress {
  /** Step shown to the agent, e.g. `checking`, `writing`. */
  phase: string;
  done: number;
  total: number;
}

export type ProgressListener = (progress: Progress) => void;

export const DEFAULT_CHUNK = 2_000;

/** Splits `length` items into `[start, end)` ranges of at most `size`. */
export function chunkRanges(length: number, size: number = DEFAULT_CHUNK): Array<[number, number]> {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError('chunk size must be a positive integer');
  const ranges: Array<[number, number]> = [];
  for (let start = 0; start < length; start += size)
    ranges.push([start, Math.min(length, start + size)]);
  return ranges;
}

/** Lets the browser paint and handle input between two chunks. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Calls `work` on each chunk of `items` in order, reporting progress after each chunk and
 * yielding to the browser between chunks. Stops at the first error (it propagates).
 */
export async function forEachChunk<T>(
  items: readonly T[],
  work: (chunk: readonly T[], start: number) => void | Promise<void>,
  options: { phase: string; size?: number; onProgress?: ProgressListener | undefined },
): Promise<void> {
  const ranges = chunkRanges(items.length, options.size);
  options.onProgress?.({ phase: options.phase, done: 0, total: items.length });
  for (const [start, end] of ranges) {
    await work(items.slice(start, end), start);
    options.onProgress?.({ phase: options.phase, done: end, total: items.length });
    if (end < items.length) await nextTask();
  }
}
