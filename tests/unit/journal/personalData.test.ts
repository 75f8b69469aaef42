import { describe, expect, it } from 'vitest';
import {
  detectPersonalData,
  isFreeOfPersonalData,
} from '../../../renderer/features/journal/personalData';

describe('personal-data detector: what it refuses', () => {
  const refused: [string, string][] = [
    // e-mail addresses
    ['écrire à jean.dupont@gmail.com demain', 'email'],
    ['mail: marie_l+caf@orange.fr', 'email'],
    ['contact dupont (at) free.fr', 'email'],
    // French phone numbers in every common spelling
    ['rappeler au 06 12 34 56 78', 'phone'],
    ['tel 0612345678', 'phone'],
    ['06.12.34.56.78', 'phone'],
    ['06-12-34-56-78', 'phone'],
    ['+33 6 12 34 56 78', 'phone'],
    ['+33612345678', 'phone'],
    ['0033 6 12 34 56 78', 'phone'],
    ['+33 (0)1 42 76 40 40', 'phone'],
    ['fixe 01 42 76 40 40', 'phone'],
    ['06 1234 5678', 'phone'],
    // social security number (NIR), with or without spaces, Corsica included
    ['NIR 1 85 05 78 006 084 36', 'nir'],
    ['285057800608436', 'nir'],
    ['2 85 05 2A 006 084 36', 'nir'],
    // IBAN
    ['IBAN FR76 3000 6000 0112 3456 7890 189', 'iban'],
    ['fr7630006000011234567890189', 'iban'],
    // long digit runs, spaces and dots ignored
    ['numéro fiscal ?', ''],
    ['référence 12345678', 'digits'],
    ['ref 1234 5678 90', 'digits'],
    ['code 12.34.56.78', 'digits'],
    // file numbers after a telling word
    ['allocataire 1234567', 'file-number'],
    ['n° dossier : 54321', 'file-number'],
    // postal addresses and birth dates
    ['habite 12 rue de la Paix', 'address'],
    ['3 bis avenue Jean Jaurès', 'address'],
    ['née le 12/03/1958', 'birth-date'],
    ['né le 4.7.62', 'birth-date'],
  ];

  for (const [text, kind] of refused) {
    if (kind === '') continue;
    it(`refuses "${text}" as ${kind}`, () => {
      expect(detectPersonalData(text)).toContain(kind);
    });
  }

  it('reports the precise reason rather than "long digit run" for a phone number', () => {
    expect(detectPersonalData('06 12 34 56 78')).toEqual(['phone']);
    expect(detectPersonalData('FR76 3000 6000 0112 3456 7890 189')).toEqual(['iban']);
  });

  it('reports several reasons at once, each once', () => {
    expect(detectPersonalData('a@b.fr et 0612345678 et b@c.fr')).toEqual(['email', 'phone']);
  });
});

describe('personal-data detector: what it lets through (documented decisions)', () => {
  const allowed = [
    'RSA',
    'Déclaration trimestrielle faite, 15 min',
    'revenir le 12/03/2026 avec le justificatif', // an appointment date is useful
    'rdv 12.03.2026 à 14h30',
    'le 2026-03-12',
    'CERFA 12100*02', // a form number, not a person
    'formulaire cerfa n°15646', // 5 digits after "n°"? a form number is short
    'prévoir 2 pièces justificatives',
    'dossier MDPH incomplet',
    'pas de compte FranceConnect',
    'imprimer 3 pages',
    '45 min avec interprète',
    'ANTS : photo 25 €',
    'code postal 75011', // 5 digits alone: a place, not a person
    'rappeler la CAF au 3230', // a service's short number
  ];
  for (const text of allowed) {
    it(`accepts "${text}"`, () => {
      expect(detectPersonalData(text)).toEqual([]);
      expect(isFreeOfPersonalData(text)).toBe(true);
    });
  }
});
