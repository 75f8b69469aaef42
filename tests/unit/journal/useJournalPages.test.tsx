// @vitest-environment jsdom
/** The journal list's loading: late answers for a filter no longer on screen are dropped. */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { KioskContext, type KioskContextValue } from '../../../renderer/app/KioskContext';
import type { Services } from '../../../renderer/app/services';
import { readyServices } from '../../../renderer/app/servicesHandle';
import { useJournalPages } from '../../../renderer/features/journal/ui/useJournalPages';
import { todayFilter, type JournalFilter } from '../../../renderer/features/journal/filter';
import type { JournalPage } from '../../../renderer/features/journal/repository';
import { validEntry } from './entryFixture';

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
}
const deferred = <T,>(): Deferred<T> => {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

const pages = new Map<string, Deferred<JournalPage>>();
const counts = new Map<string, Deferred<number>>();
const keyOf = (f: JournalFilter) => `${f.from}…${f.to}`;
const pending = <T,>(map: Map<string, Deferred<T>>, f: JournalFilter): Deferred<T> => {
  let d = map.get(keyOf(f));
  if (!d) map.set(keyOf(f), (d = deferred<T>()));
  return d;
};

// The journal the hook reaches through the kiosk context's services: answers on demand.
const journal = {
  page: (f: JournalFilter) => pending(pages, f).promise,
  count: (f: JournalFilter) => pending(counts, f).promise,
};
const context = {
  services: readyServices({ journal } as unknown as Services),
} as unknown as KioskContextValue;
const wrapper = ({ children }: { children: ReactNode }) => (
  <KioskContext.Provider value={context}>{children}</KioskContext.Provider>
);

describe('useJournalPages', () => {
  it('keeps the rows of the filter on screen when an older filter answers late', async () => {
    const old: JournalFilter = { ...todayFilter(new Date()), from: '2026-01-01', to: '2026-12-31' };
    const now: JournalFilter = { ...old, from: '2026-03-01', to: '2026-03-31' };
    const { result, rerender } = renderHook(({ filter }) => useJournalPages(filter), {
      initialProps: { filter: old },
      wrapper,
    });
    rerender({ filter: now });

    const shown = validEntry({ date: '2026-03-05' });
    await act(async () => {
      pending(pages, now).resolve({ entries: [shown], next: null });
      pending(counts, now).resolve(1);
    });
    await waitFor(() => expect(result.current.entries).toEqual([shown]));

    // The old filter's answers arrive last: nothing on screen may change.
    await act(async () => {
      pending(pages, old).resolve({ entries: [validEntry({ date: '2026-06-01' })], next: null });
      pending(counts, old).resolve(500);
    });
    expect(result.current.entries).toEqual([shown]);
    expect(result.current.total).toBe(1);
    expect(result.current.hasMore).toBe(false);
  });
});
