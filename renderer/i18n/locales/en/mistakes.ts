import type { Catalog } from '../../types';
import type { mistakes as fr } from '../fr/mistakes';

export const mistakes: Catalog<typeof fr> = {
  typed: {
    capital: 'In “{{word}}”, the “{{given}}” must be a capital: “{{expected}}”.',
    lowercase: 'In “{{word}}”, the “{{given}}” must be a small letter: “{{expected}}”.',
    accent: 'In “{{word}}”, type “{{expected}}”, not “{{given}}”: the accent matters.',
    missing: '“{{expected}}” is missing after “{{after}}”.',
    missingAtStart: '“{{expected}}” is missing at the start.',
    missingSpace: 'A space is missing after “{{after}}”.',
    extra: 'There is one “{{given}}” too many after “{{after}}”.',
    extraAtStart: 'There is one “{{given}}” too many at the start.',
    extraSpace: 'There is one space too many after “{{after}}”.',
    different: 'In “{{word}}”, type “{{expected}}”, not “{{given}}”.',
  },
};
