import { useCallback, useEffect, useRef, useState } from 'react';
import type { JournalFilter } from '../filter';
import type { JournalCursor } from '../../../data/store/newestFirst';
import type { JournalEntry } from '../../../data/types';
import { useServices } from '../../../app/KioskContext';

const PAGE_SIZE = 100;

export interface JournalPages {
  entries: JournalEntry[];
  hasMore: boolean;
  /** Total for the filters (null while counting). */
  total: number | null;
  loadMore: () => void;
}

interface Loaded {
  /** The filter these rows belong to: rows of an older filter are never shown. */
  filter: JournalFilter | null;
  entries: JournalEntry[];
  next: JournalCursor | null;
  done: boolean;
  total: number | null;
}

const NOTHING: Loaded = { filter: null, entries: [], next: null, done: false, total: null };

/**
 * The journal's rows, loaded page by page from the index cursor as the list scrolls. A new
 * filter starts again from the top; late answers for an old filter are dropped.
 */
export function useJournalPages(filter: JournalFilter): JournalPages {
  const { journal } = useServices();
  const [loaded, setLoaded] = useState<Loaded>(NOTHING);
  const busy = useRef(false);
  // The filter on screen: an answer for any other one is dropped, never stored, or a late page
  // of an old filter would replace the current rows and leave the list waiting forever.
  const current = useRef(filter);

  const fetchPage = useCallback(
    async (from: JournalCursor | null) => {
      busy.current = true;
      try {
        const page = await journal.page(filter, from, PAGE_SIZE);
        if (current.current !== filter) return;
        setLoaded((state) => {
          const base = state.filter === filter ? state : { ...NOTHING, filter };
          if (from === null && base.entries.length > 0) return base;
          return {
            ...base,
            entries: [...base.entries, ...page.entries],
            next: page.next,
            done: page.next === null,
          };
        });
      } finally {
        busy.current = false;
      }
    },
    [filter, journal],
  );

  useEffect(() => {
    current.current = filter;
    void fetchPage(null);
    void journal.count(filter).then((total) => {
      if (current.current !== filter) return;
      setLoaded((state) =>
        state.filter === filter ? { ...state, total } : { ...NOTHING, filter, total },
      );
    });
  }, [filter, fetchPage, journal]);

  const mine = loaded.filter === filter ? loaded : NOTHING;
  const hasMore = !mine.done;
  const loadMore = useCallback(() => {
    if (busy.current || mine.done || mine.next === null) return;
    void fetchPage(mine.next);
  }, [fetchPage, mine.done, mine.next]);

  return { entries: mine.entries, hasMore, total: mine.total, loadMore };
}
