import { describe, expect, it } from 'vitest';
import {
  assessPassword,
  characterKinds,
  containsCommonWord,
  hasObviousSequence,
} from '../../../renderer/features/citizen/interactions/password-builder/strength';

describe('password strength', () => {
  it('rates the usual weak passwords very weak or weak', () => {
    for (const pw of ['azerty', '123456', 'motdepasse', 'Soleil', 'azerty123']) {
      expect(assessPassword(pw).score, pw).toBeLessThanOrEqual(1);
    }
  });

  it('rates the example shown on screen weak when it is copied, even with a sign added', () => {
    const shown = ['Velo-Orange-Pluie-7', 'Bike-Orange-Rain-7'];
    expect(assessPassword('Velo-Orange-Pluie-7', shown).score).toBeLessThanOrEqual(1);
    expect(assessPassword('velo orange pluie 7!', shown).met.notCommon).toBe(false);
    expect(assessPassword('Tortue-Lampe-Soupe-42', shown).score).toBeGreaterThanOrEqual(3);
  });

  it('rates a long, varied passphrase strong and meets every rule', () => {
    const report = assessPassword('Velo-Orange-Pluie-7');
    expect(report.score).toBeGreaterThanOrEqual(3);
    expect(report.met).toEqual({ length: true, variety: true, notCommon: true, noSequence: true });
    expect(report.firstMissing).toBeNull();
  });

  it('explains the first rule missing, in the order to fix them', () => {
    expect(assessPassword('Ab1!').firstMissing).toBe('length');
    expect(assessPassword('chevalbleupluie').firstMissing).toBe('variety');
    expect(assessPassword('Motdepasse-2026').firstMissing).toBe('notCommon');
    expect(assessPassword('Cheval-Bleu-1234').firstMissing).toBe('noSequence');
  });

  it('does not let a common word alone pass, even padded', () => {
    expect(containsCommonWord('Azerty!!')).toBe(true);
    expect(containsCommonWord('soleil-tortue-lampe-velo')).toBe(false);
    expect(assessPassword('MotDePasse2026!').score).toBeLessThanOrEqual(1);
  });

  it('finds runs and repeats', () => {
    expect(hasObviousSequence('xx1234yy')).toBe(true);
    expect(hasObviousSequence('aaaa')).toBe(true);
    expect(hasObviousSequence('Tortue!Lampe7Soupe')).toBe(false);
  });

  it('counts kinds of characters, accents included', () => {
    expect(characterKinds('élan')).toBe(1);
    expect(characterKinds('Élan 7')).toBe(4);
  });

  it('gives 0 for an empty password', () => {
    const report = assessPassword('');
    expect(report.score).toBe(0);
    expect(report.met.notCommon).toBe(false);
  });
});
