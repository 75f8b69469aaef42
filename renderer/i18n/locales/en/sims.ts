import type { Catalog } from '../../types';
import type { sims as fr } from '../fr/sims';

export const sims: Catalog<typeof fr> = {
  section: { title: 'sims' },
};
