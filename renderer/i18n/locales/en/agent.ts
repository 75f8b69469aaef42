import type { Catalog } from '../../types';
import type { agent as fr } from '../fr/agent';

export const agent: Catalog<typeof fr> = {
  title: 'agent',
};
