/**
 * The audit trail of journal entries: what changed, when, by which agent code. The note's
 * text never enters the trail, only whether there was one before and after.
 */
import { EDITABLE_FIELDS } from './model';
import { type AuditRecord, type JournalEntry } from '../../data/types';

type AuditValue = string | number | boolean | null | string[];

/** Fields an agent can change; ids, place and timestamps are not "changes". */
const TRACKED: readonly (keyof JournalEntry)[] = EDITABLE_FIELDS;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The note is reduced to "present or not" so its words never reach the trail; an edited note
 * shows as [true, true]: the trail says it changed, not how.
 */
const forTrail = (field: keyof JournalEntry, value: unknown): AuditValue =>
  field === 'note' ? value !== null && value !== '' : (value as AuditValue);

/** Field → [before, after] for every tracked field that differs. */
export function diffEntries(before: JournalEntry, after: JournalEntry): AuditRecord['changes'] {
  const changes: AuditRecord['changes'] = {};
  for (const field of TRACKED) {
    if (!same(before[field], after[field]))
      changes[field] = [forTrail(field, before[field]), forTrail(field, after[field])];
  }
  return changes;
}
