import { describe, expect, it } from 'vitest';
import {
  applyT1,
  applyT2,
  checkAnswer,
  levenshtein,
  normalise,
} from '../../../renderer/features/citizen/answers/check';
import { answerSpec } from '../../../renderer/features/citizen/content/primitives';

const spec = (accepted: string[], tolerances: ('T1' | 'T2' | 'T3')[] | 'exact' = []) => ({
  accepted,
  tolerances,
});

describe('normalisation (always applied)', () => {
  it('composes to NFC and turns non-breaking spaces into spaces', () => {
    expect(normalise('E\u0301lodie')).toBe('Élodie');
    expect(normalise('3\u00A0rue')).toBe('3 rue');
  });
  it('lets a decomposed accent match a composed one even with "exact"', () => {
    expect(checkAnswer('E\u0301lodie', spec(['Élodie'], 'exact'))).toBe(true);
  });
  it('lets a non-breaking space match a space with no tolerance', () => {
    expect(checkAnswer('3\u00A0rue', spec(['3 rue']))).toBe(true);
  });
});

describe('exact', () => {
  it('accepts only the same text', () => {
    expect(checkAnswer('Bonjour', spec(['Bonjour'], 'exact'))).toBe(true);
    expect(checkAnswer('bonjour', spec(['Bonjour'], 'exact'))).toBe(false);
  });
  it('never counts spaces at the ends or doubled spaces as a mistake', () => {
    expect(checkAnswer('Bonjour ', spec(['Bonjour'], 'exact'))).toBe(true);
    expect(checkAnswer('  Bonjour', spec(['Bonjour']))).toBe(true);
    expect(
      checkAnswer(
        'Élodie  Lefèvre, 3 rue de l’Église ',
        spec(['Élodie Lefèvre, 3 rue de l’Église'], 'exact'),
      ),
    ).toBe(true);
    expect(checkAnswer('Bon jour', spec(['Bonjour'], 'exact'))).toBe(false);
  });
  it('accepts any of several variants', () => {
    const s = spec(["rue de l'Église", 'rue de l’Église']);
    expect(checkAnswer('rue de l’Église', s)).toBe(true);
    expect(checkAnswer("rue de l'Église", s)).toBe(true);
  });
});

describe('T1', () => {
  it('trims, lower-cases, removes accents and every space', () => {
    expect(applyT1('  Élodie  Lefèvre ')).toBe('elodielefevre');
    expect(applyT1('Ça\tva\n')).toBe('cava');
  });
  it('accepts capitals, accents and spacing differences', () => {
    const s = spec(['Élodie Lefèvre'], ['T1']);
    expect(checkAnswer('elodie lefevre', s)).toBe(true);
    expect(checkAnswer('ELODIELEFEVRE', s)).toBe(true);
    expect(checkAnswer('elodie lefebvre', s)).toBe(false);
  });
  it('keeps "@" and "." so an e-mail address stays checked', () => {
    const s = spec(['elodie.lefevre@exemple.fr'], ['T1']);
    expect(checkAnswer(' Elodie.Lefevre@Exemple.fr ', s)).toBe(true);
    expect(checkAnswer('elodie.lefevreexemple.fr', s)).toBe(false);
    expect(checkAnswer('elodie lefevre@exemple.fr', s)).toBe(false);
  });
});

describe('T2', () => {
  it('drops every character outside [a-zA-Z0-9 ] and collapses spaces', () => {
    expect(applyT2('Bonjour,  madame !')).toBe('Bonjour madame ');
    expect(applyT2('34-000')).toBe('34000');
  });
  it('drops accented letters entirely when used alone (no T1 before it)', () => {
    expect(applyT2('Élodie')).toBe('lodie');
  });
  it('accepts punctuation differences', () => {
    expect(checkAnswer('Bonjour madame', spec(['Bonjour, madame !'], ['T2']))).toBe(false); // "Bonjour madame " after T2
    expect(checkAnswer('Bonjour, madame', spec(['Bonjour madame'], ['T2']))).toBe(true);
  });
  it('THE E-MAIL PITFALL: T2 removes "@" and "." so a wrong address passes', () => {
    const pitfall = { accepted: ['elodie.lefevre@exemple.fr'], tolerances: ['T2' as const] };
    expect(checkAnswer('elodielefevreexemplefr', pitfall)).toBe(true);
    expect(checkAnswer('elodie@lefevre.exemple@fr', pitfall)).toBe(true);
  });
  it('is refused by the content schema on an e-mail answer', () => {
    const result = answerSpec.safeParse({
      accepted: ['elodie.lefevre@exemple.fr'],
      tolerances: ['T1', 'T2'],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['tolerances']);
    expect(
      answerSpec.safeParse({ accepted: ['elodie.lefevre@exemple.fr'], tolerances: ['T1'] }).success,
    ).toBe(true);
  });
});

describe('T3', () => {
  it('computes the Levenshtein distance', () => {
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('chat', 'chats')).toBe(1);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
  });
  it('accepts distance ÷ accepted length ≤ 0.25, and refuses above', () => {
    const s = spec(['ordinateur'], ['T3']); // 10 letters: up to 2 edits.
    expect(checkAnswer('ordinatuer', s)).toBe(true); // 2 substitutions
    expect(checkAnswer('ordinatr', s)).toBe(true); // 2 deletions
    expect(checkAnswer('ordnatr', s)).toBe(false); // 3 edits
  });
  it('divides by the length of the accepted answer, not of the given one', () => {
    const s = spec(['clé'], ['T3']); // 3 letters: 0.75 edits allowed → none.
    expect(checkAnswer('cle', s)).toBe(false);
  });
  it('checks every accepted variant', () => {
    const s = spec(['courriel', 'e-mail'], ['T3']);
    expect(checkAnswer('emai', s)).toBe(false);
    expect(checkAnswer('e-mai', s)).toBe(true);
    expect(checkAnswer('couriel', s)).toBe(true);
  });
});

describe('combinations, applied in the order T1 → T2 → T3', () => {
  it('T1 + T3: free recall of a word, capitals and accents forgiven, one typo allowed', () => {
    const s = spec(['Préfecture'], ['T1', 'T3']);
    expect(checkAnswer('PREFECTURE', s)).toBe(true);
    expect(checkAnswer('prefecure', s)).toBe(true);
    expect(checkAnswer('pref', s)).toBe(false);
  });
  it('T1 + T2: accents go by T1 before T2 could drop the letters', () => {
    const s = spec(['Élodie'], ['T1', 'T2']);
    expect(checkAnswer('elodie!', s)).toBe(true);
    expect(checkAnswer('lodie', s)).toBe(false);
  });
  it('T2 + T3: punctuation dropped then a small typo allowed', () => {
    const s = spec(['rendez-vous'], ['T2', 'T3']);
    expect(checkAnswer('rendezvou', s)).toBe(true);
  });
  it('T1 + T2 + T3 together', () => {
    const s = spec(['Caisse d’allocations familiales'], ['T1', 'T2', 'T3']);
    expect(checkAnswer('caisse dallocation familiales', s)).toBe(true);
    expect(checkAnswer('assurance maladie', s)).toBe(false);
  });
  it('an empty accepted answer after T2 only matches an equally empty answer', () => {
    const s = spec(['@@'], ['T2', 'T3']);
    expect(checkAnswer('!!', s)).toBe(true);
    expect(checkAnswer('a', s)).toBe(false);
  });
});
