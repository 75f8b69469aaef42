/**
 * What the quick-log form fills in (the rest of an entry comes from the machine config, the
 * signed-in agent and the clock), and how a draft becomes a full entry.
 */
import type { EditableField } from './model';
import type { JournalEntry } from '../../data/types';
import { JOURNAL_SCHEMA_VERSION } from '../../data/types';
import type { DemiJournee } from '../../data/taxonomies';
import { localIsoDate } from '../../lib/dates';

export type JournalDraft = Pick<JournalEntry, EditableField>;

/** Who and where: the signed-in agent and the machine config. */
export interface EntryContext {
  siteId: string;
  posteId: string;
  agentCode: string;
}

/** The defaults of a new démarche: a walk-in, completed, one person. */
export const DEFAULT_DRAFT: Omit<
  JournalDraft,
  'thematique' | 'organismes' | 'demarche' | 'dureeMinutes'
> = {
  canal: 'physique-spontane',
  thematiqueSecondaire: null,
  issue: 'finalisee',
  orientation: null,
  autonomie: null,
  nbPersonnes: 1,
  premiereVenue: 'nsp',
  trancheAge: null,
  communeResidence: null,
  note: null,
};

/** Morning until noon, counter-local time. */
export function demiJourneeAt(at: Date): DemiJournee {
  return at.getHours() < 12 ? 'matin' : 'apres-midi';
}

/** A full entry from a draft, before validation. */
export function entryFromDraft(
  draft: JournalDraft,
  context: EntryContext,
  now: Date,
  id: string,
): JournalEntry {
  const at = now.toISOString();
  return {
    id,
    schemaVersion: JOURNAL_SCHEMA_VERSION,
    siteId: context.siteId,
    posteId: context.posteId,
    agentCode: context.agentCode,
    date: localIsoDate(now),
    demiJournee: demiJourneeAt(now),
    ...draft,
    // An orientation only makes sense for a redirected person: dropped otherwise.
    orientation: draft.issue === 'oriente' ? draft.orientation : null,
    note: draft.note?.trim() ? draft.note.trim() : null,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
}
