import type { Catalog } from '../../types';
import type { admin as fr } from '../fr/admin';

export const admin: Catalog<typeof fr> = {
  title: 'admin',
};
