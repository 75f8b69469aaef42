import type { Catalog } from '../../types';
import type { deploy as fr } from '../fr/deploy';

export const deploy: Catalog<typeof fr> = {
  section: { title: 'deploy' },
};
