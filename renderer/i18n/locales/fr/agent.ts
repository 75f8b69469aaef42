/** Textes de l'espace « agent » (source de vérité). */
export const agent = {
  title: 'agent',
} as const;
