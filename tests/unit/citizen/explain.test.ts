// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  closestAccepted,
  explainAnswer,
  firstMismatch,
} from '../../../renderer/features/citizen/answers/explain';
import { mismatchText } from '../../../renderer/features/citizen/answers/mismatchText';
import { initI18n } from '../../../renderer/i18n';
import { resources } from '../../../renderer/i18n/resources';

const i18n = initI18n('fr', resources);
const say = (given: string, expected: string) => {
  const m = firstMismatch(given, expected);
  return m ? mismatchText(i18n.getFixedT('fr', 'mistakes'), m) : null;
};

describe('naming the first real mistake in a typed answer', () => {
  it('says nothing when the only difference is spaces at the ends or doubled', () => {
    expect(firstMismatch('Bonjour ', 'Bonjour')).toBeNull();
    expect(firstMismatch('Élodie  Lefèvre ', 'Élodie Lefèvre')).toBeNull();
  });
  it('names a missing capital, and a capital too many, in their word', () => {
    expect(say('bonjour', 'Bonjour')).toBe(
      'Dans « Bonjour », le « b » doit être une majuscule : « B ».',
    );
    expect(say('BOnjour', 'Bonjour')).toBe(
      'Dans « Bonjour », le « O » doit être une minuscule : « o ».',
    );
  });
  it('names a missing or wrong accent, not a capital', () => {
    expect(say('Élodie Lefevre', 'Élodie Lefèvre')).toBe(
      'Dans « Lefèvre », écrivez « è » et non « e » : l’accent compte.',
    );
    expect(firstMismatch('Élodie Lefévre', 'Élodie Lefèvre')).toMatchObject({ kind: 'accent' });
  });
  it('names a missing comma, a missing space, an extra letter and a wrong one', () => {
    expect(say('Élodie Lefèvre 3 rue', 'Élodie Lefèvre, 3 rue')).toBe(
      'Il manque « , » après « Lefèvre ».',
    );
    expect(say('Élodie Lefèvre,3 rue', 'Élodie Lefèvre, 3 rue')).toBe(
      'Il manque un espace après « Lefèvre, ».',
    );
    expect(say('Bonnjour', 'Bonjour')).toBe('Il y a un « n » en trop après « Bon ».');
    expect(say('Bonjoir', 'Bonjour')).toBe('Dans « Bonjour », écrivez « u » et non « i ».');
    expect(say('onjour', 'Bonjour')).toBe('Il manque « B » au début.');
  });
  it('compares with the closest accepted variant and applies the spec’s tolerances first', () => {
    expect(closestAccepted('rue de l’Eglise', ["rue de l'Église", 'rue de l’Église'])).toBe(
      'rue de l’Église',
    );
    // T1 forgives capitals: the mistake named is the missing @, never a capital.
    expect(
      explainAnswer('Elodie.LefevreExemple.fr', {
        accepted: ['elodie.lefevre@exemple.fr'],
        tolerances: ['T1'],
      }),
    ).toMatchObject({ kind: 'missing', expected: '@' });
  });
});
