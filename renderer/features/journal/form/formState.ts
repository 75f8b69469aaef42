/**
 * The state of the démarche form (quick log and edit) and its conversion to a draft. Numbers
 * typed in fields stay strings until saving, so a half-typed value never jumps.
 */
import type { JournalDraft } from '../draft';
import { DEFAULT_DRAFT } from '../draft';
import type { CatalogueItem, JournalEntry } from '../../../data/types';
import type {
  Autonomie,
  Canal,
  Issue,
  Organisme,
  Orientation,
  Thematique,
  TrancheAge,
} from '../../../data/taxonomies';

export interface FormState {
  demarche: string | null;
  thematique: Thematique | null;
  thematiqueSecondaire: Thematique | null;
  organismes: Organisme[];
  canal: Canal;
  /** A preset duration, or null when the custom field is used (or nothing chosen yet). */
  dureePreset: number | null;
  dureeCustom: string;
  issue: Issue;
  orientation: Orientation | null;
  autonomie: Autonomie | null;
  nbPersonnes: string;
  premiereVenue: JournalDraft['premiereVenue'];
  trancheAge: TrancheAge | null;
  communeResidence: string;
  note: string;
}

export const EMPTY_FORM: FormState = {
  demarche: null,
  thematique: null,
  thematiqueSecondaire: null,
  organismes: [],
  canal: DEFAULT_DRAFT.canal,
  dureePreset: null,
  dureeCustom: '',
  issue: DEFAULT_DRAFT.issue,
  orientation: null,
  autonomie: null,
  nbPersonnes: '1',
  premiereVenue: DEFAULT_DRAFT.premiereVenue,
  trancheAge: null,
  communeResidence: '',
  note: '',
};

/** The form filled from a saved entry (for editing). */
export function formFromEntry(entry: JournalEntry, presets: readonly number[]): FormState {
  const preset = presets.includes(entry.dureeMinutes);
  return {
    demarche: entry.demarche,
    thematique: entry.thematique,
    thematiqueSecondaire: entry.thematiqueSecondaire,
    organismes: [...entry.organismes],
    canal: entry.canal,
    dureePreset: preset ? entry.dureeMinutes : null,
    dureeCustom: preset ? '' : String(entry.dureeMinutes),
    issue: entry.issue,
    orientation: entry.orientation,
    autonomie: entry.autonomie,
    nbPersonnes: String(entry.nbPersonnes),
    premiereVenue: entry.premiereVenue,
    trancheAge: entry.trancheAge,
    communeResidence: entry.communeResidence ?? '',
    note: entry.note ?? '',
  };
}

/** Choosing a démarche fills its thématique and organismes (the one-tap preset). */
export function withDemarche(
  state: FormState,
  item: Pick<CatalogueItem, 'code' | 'thematique' | 'organismes'>,
): FormState {
  return {
    ...state,
    demarche: item.code,
    thematique: item.thematique,
    thematiqueSecondaire:
      state.thematiqueSecondaire === item.thematique ? null : state.thematiqueSecondaire,
    organismes: [...item.organismes],
  };
}

const toInt = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** The draft to validate; missing choices become values the schema refuses (with a message). */
export function draftFromForm(state: FormState): JournalDraft {
  const commune = state.communeResidence.trim().toUpperCase();
  return {
    canal: state.canal,
    // An empty thématique/démarche fails validation and is reported on the démarche field.
    thematique: state.thematique ?? ('' as Thematique),
    thematiqueSecondaire: state.thematiqueSecondaire,
    organismes: state.organismes,
    demarche: state.demarche ?? '',
    dureeMinutes: state.dureePreset ?? toInt(state.dureeCustom),
    issue: state.issue,
    orientation: state.issue === 'oriente' ? state.orientation : null,
    autonomie: state.autonomie,
    nbPersonnes: toInt(state.nbPersonnes),
    premiereVenue: state.premiereVenue,
    trancheAge: state.trancheAge,
    communeResidence: commune === '' ? null : commune,
    note: state.note.trim() === '' ? null : state.note.trim(),
  };
}
