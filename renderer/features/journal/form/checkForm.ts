/**
 * Checks the form with the same zod schema the repository uses, and names the fields to fix.
 * Returns message keys (namespace `agent`) so the caller translates them.
 */
import { entryFromDraft, type EntryContext, type JournalDraft } from '../draft';
import type { JournalEntry } from '../../../data/types';
import { detectPersonalData } from '../personalData';
import { validateJournalEntry } from '../validation';
import { draftFromForm, type FormState } from './formState';

/** Form fields that can carry an error message. */
export type FormField =
  | 'demarche'
  | 'dureeMinutes'
  | 'orientation'
  | 'organismes'
  | 'communeResidence'
  | 'nbPersonnes'
  | 'note'
  | 'thematiqueSecondaire'
  | 'other';

export type FormErrors = Partial<Record<FormField, true>>;

const KNOWN: readonly FormField[] = [
  'demarche',
  'dureeMinutes',
  'orientation',
  'organismes',
  'communeResidence',
  'nbPersonnes',
  'note',
  'thematiqueSecondaire',
];

// A fixed, valid UUID: checking a form must not consume randomness or pretend to be an entry.
const PROBE_ID = '00000000-0000-4000-8000-000000000000';

function fieldOf(key: keyof JournalEntry): FormField {
  if (key === 'thematique') return 'demarche';
  return (KNOWN as readonly string[]).includes(key) ? (key as FormField) : 'other';
}

/** The draft when the form is valid, else the fields to fix. */
export function checkForm(
  state: FormState,
  context: EntryContext,
): { ok: true; draft: JournalDraft } | { ok: false; errors: FormErrors } {
  const draft = draftFromForm(state);
  const errors: FormErrors = {};
  if (state.note && detectPersonalData(state.note).length > 0) errors.note = true;
  const result = validateJournalEntry(entryFromDraft(draft, context, new Date(), PROBE_ID));
  if (!result.ok)
    for (const key of Object.keys(result.issues) as (keyof JournalEntry)[])
      errors[fieldOf(key)] = true;
  return Object.keys(errors).length === 0 ? { ok: true, draft } : { ok: false, errors };
}
