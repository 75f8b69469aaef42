import type { Catalog } from '../../types';
import type { stats as fr } from '../fr/stats';

export const stats: Catalog<typeof fr> = {
  section: { title: 'stats' },
};
