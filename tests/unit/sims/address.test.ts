import { describe, expect, it } from 'vitest';
import { splitAddress } from '../../../renderer/features/citizen/sims/address';

describe('simulated addresses', () => {
  it('splits the host out so it can be shown in bold', () => {
    expect(splitAddress('https://www.impots.gouv.fr/accueil')).toEqual({
      scheme: 'https://',
      host: 'www.impots.gouv.fr',
      rest: '/accueil',
    });
    expect(splitAddress('ants-gouv.info')).toEqual({
      scheme: '',
      host: 'ants-gouv.info',
      rest: '',
    });
  });
});
