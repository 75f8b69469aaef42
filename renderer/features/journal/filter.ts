/** The journal's filters and periods, as pure functions (tested without a database). */
import type { JournalEntry } from '../../data/types';
import { localIsoDate } from '../../lib/dates';
import type { Issue, Organisme, Thematique } from '../../data/taxonomies';

export interface JournalFilter {
  /** First and last local day, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
  thematique: Thematique | null;
  organisme: Organisme | null;
  issue: Issue | null;
  agentCode: string | null;
  /** Soft-deleted entries are hidden unless asked for. */
  includeDeleted: boolean;
}

export type PeriodKind = 'today' | 'week' | 'month' | 'custom';

/** True when an entry passes every filter but the period (the index range handles that). */
export function matchesFilter(e: JournalEntry, f: JournalFilter): boolean {
  return (
    (f.includeDeleted || e.deletedAt === null) &&
    (f.thematique === null ||
      e.thematique === f.thematique ||
      e.thematiqueSecondaire === f.thematique) &&
    (f.organisme === null || e.organismes.includes(f.organisme)) &&
    (f.issue === null || e.issue === f.issue) &&
    (f.agentCode === null || e.agentCode === f.agentCode)
  );
}

/** The [from, to] days of a period containing `now`; weeks start on Monday (French usage). */
export function periodRange(
  kind: Exclude<PeriodKind, 'custom'>,
  now: Date,
): { from: string; to: string } {
  const today = localIsoDate(now);
  if (kind === 'today') return { from: today, to: today };
  if (kind === 'week') {
    const monday = new Date(
      now.getFullYear(),
      now.getMonth(),
      now.getDate() - ((now.getDay() + 6) % 7),
    );
    const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6);
    return { from: localIsoDate(monday), to: localIsoDate(sunday) };
  }
  const first = new Date(now.getFullYear(), now.getMonth(), 1);
  const last = new Date(now.getFullYear(), now.getMonth() + 1, 0);
  return { from: localIsoDate(first), to: localIsoDate(last) };
}

/** Today's entries, nothing else filtered: what the journal opens on. */
export function todayFilter(now: Date): JournalFilter {
  return {
    ...periodRange('today', now),
    thematique: null,
    organisme: null,
    issue: null,
    agentCode: null,
    includeDeleted: false,
  };
}
