import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalEntry } from '../../../data/types';
import { ISSUES } from '../../../data/taxonomies';
import { useTermLabel } from '../form/useTermLabel';
import type { JournalPages } from './useJournalPages';

const ROW_HEIGHT = 64;

interface JournalListProps {
  pages: JournalPages;
  labels: ReadonlyMap<string, string>;
  onOpen: (entry: JournalEntry) => void;
}

const timeOf = (iso: string, lang: string): string =>
  new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR', {
    day: '2-digit',
    month: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });

/**
 * The journal as a virtualised list: only the rows in view exist in the DOM, and the next page
 * is fetched when the end comes into view, so 100,000 entries scroll like 100.
 */
export function JournalList({ pages, labels, onOpen }: JournalListProps) {
  const { t, i18n } = useTranslation('agent');
  const label = useTermLabel();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { entries, hasMore, loadMore, total } = pages;
  // TanStack Virtual returns functions React Compiler cannot memoise; this list re-renders on scroll by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length + (hasMore ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (hasMore && lastIndex >= entries.length - 1) loadMore();
  }, [entries.length, hasMore, lastIndex, loadMore]);

  return (
    <div ref={scrollRef} className="journal-list" tabIndex={-1}>
      <ul
        aria-label={t('journal.list')}
        style={{ blockSize: virtualizer.getTotalSize() }}
        className="journal-list__inner"
      >
        {items.map((row) => {
          const entry = entries[row.index];
          return (
            <li
              key={entry?.id ?? 'loading'}
              className="journal-list__row"
              aria-setsize={total ?? -1}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start}px)`, blockSize: ROW_HEIGHT }}
            >
              {entry ? (
                <button type="button" className="journal-row" onClick={() => onOpen(entry)}>
                  <span>
                    {t('journal.row', {
                      time: timeOf(entry.createdAt, i18n.language),
                      demarche: labels.get(entry.demarche) ?? entry.demarche,
                      duree: entry.dureeMinutes,
                      issue: label(ISSUES, entry.issue),
                      agent: entry.agentCode,
                    })}
                  </span>
                  {entry.deletedAt && (
                    <span className="journal-row__deleted">{t('journal.deleted')}</span>
                  )}
                </button>
              ) : (
                <p className="journal-list__loading">{t('journal.loadingMore')}</p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
