/** Textes de l'espace « admin » (source de vérité). */
export const admin = {
  title: 'admin',
} as const;
