import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../renderer/lib/dates';
import { matchesFilter, periodRange, todayFilter } from '../../../renderer/features/journal/filter';
import { checkForm } from '../../../renderer/features/journal/form/checkForm';
import {
  EMPTY_FORM,
  formFromEntry,
  withDemarche,
} from '../../../renderer/features/journal/form/formState';
import { DUREE_PRESETS } from '../../../renderer/data/taxonomies';
import { validEntry } from './entryFixture';

const context = { siteId: 'mairie-test', posteId: 'poste-1', agentCode: 'ag-07' };

describe('journal periods', () => {
  it('weeks run Monday to Sunday, months whole', () => {
    const thursday = new Date(2026, 2, 12, 10);
    expect(periodRange('today', thursday)).toEqual({ from: '2026-03-12', to: '2026-03-12' });
    expect(periodRange('week', thursday)).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(periodRange('week', new Date(2026, 2, 15, 10))).toEqual({
      from: '2026-03-09',
      to: '2026-03-15',
    });
    expect(periodRange('month', new Date(2026, 1, 10))).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
  });

  it('uses the counter-local day, not UTC', () => {
    expect(localIsoDate(new Date(2026, 2, 12, 0, 30))).toBe('2026-03-12');
  });

  it('matches a secondary thématique and any of several organismes', () => {
    const f = todayFilter(new Date(2026, 2, 12));
    const e = validEntry({ thematiqueSecondaire: 'logement', organismes: ['caf', 'cpam'] });
    expect(matchesFilter(e, { ...f, thematique: 'logement' })).toBe(true);
    expect(matchesFilter(e, { ...f, organisme: 'cpam' })).toBe(true);
    expect(matchesFilter(e, { ...f, organisme: 'ants' })).toBe(false);
    expect(matchesFilter({ ...e, deletedAt: e.createdAt }, f)).toBe(false);
  });
});

describe('démarche form', () => {
  const item = {
    code: 'caf-rsa-trimestrielle',
    thematique: 'social-sante' as const,
    organismes: ['caf' as const],
  };

  it('a favourite plus a duration is a complete démarche with the defaults', () => {
    const result = checkForm({ ...withDemarche(EMPTY_FORM, item), dureePreset: 15 }, context);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.draft).toMatchObject({
        canal: 'physique-spontane',
        issue: 'finalisee',
        nbPersonnes: 1,
        dureeMinutes: 15,
        organismes: ['caf'],
      });
  });

  it('names what is missing or wrong', () => {
    const empty = checkForm(EMPTY_FORM, context);
    expect(empty.ok ? [] : Object.keys(empty.errors).sort()).toEqual([
      'demarche',
      'dureeMinutes',
      'organismes',
    ]);
    const redirected = checkForm(
      { ...withDemarche(EMPTY_FORM, item), dureeCustom: '25', issue: 'oriente' },
      context,
    );
    expect(redirected.ok ? [] : Object.keys(redirected.errors)).toEqual(['orientation']);
    const phone = checkForm(
      {
        ...withDemarche(EMPTY_FORM, item),
        dureePreset: 5,
        note: 'tel 0612345678',
        communeResidence: '750',
      },
      context,
    );
    expect(phone.ok ? [] : Object.keys(phone.errors).sort()).toEqual(['communeResidence', 'note']);
  });

  it('round-trips an entry through the edit form', () => {
    const entry = validEntry({
      dureeMinutes: 25,
      note: 'Pièce manquante',
      communeResidence: '2A004',
    });
    const form = formFromEntry(entry, DUREE_PRESETS);
    expect(form.dureePreset).toBeNull();
    expect(form.dureeCustom).toBe('25');
    const result = checkForm(form, context);
    expect(result.ok && result.draft.dureeMinutes).toBe(25);
    expect(result.ok && result.draft.communeResidence).toBe('2A004');
  });
});
