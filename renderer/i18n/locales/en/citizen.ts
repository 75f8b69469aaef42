import type { Catalog } from '../../types';
import type { citizen as fr } from '../fr/citizen';

export const citizen: Catalog<typeof fr> = {
  title: 'citizen',
};
